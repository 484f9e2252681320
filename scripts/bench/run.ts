/**
 * `npm run bench`: every performance figure of the project, measured side by side
 * with the peers on this machine in one run, printed as one markdown table and
 * written as JSON (default bench-results.json at the repo root).
 *
 *   --only <row,row>   generate, generate-both, typecheck, validation, bundle, overhead, diff, scale
 *   --quick            fewer repetitions (development; noisier)
 *   --out <file>       JSON results file
 *   --readme <file>    also replace the table between <!-- bench:start --> and <!-- bench:end --> in <file>
 */
import { readFile, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BenchContext } from "./context.js";
import { describeMachine, machineLine } from "./machine.js";
import { stopRunningTools } from "./measure.js";
import { datedSnapshotSpec, ROOT, snapshotSpec } from "./paths.js";
import { replaceBetweenMarkers } from "./readme.js";
import { bundleRow } from "./rows/bundle.js";
import { diffRow } from "./rows/diff.js";
import { generateRow } from "./rows/generate.js";
import { generateBothRow } from "./rows/generate-both.js";
import { overheadRow } from "./rows/overhead.js";
import { type ScaleSummary, scaleRow } from "./rows/scale.js";
import { typecheckRow } from "./rows/typecheck.js";
import { validationRow } from "./rows/validation.js";
import { failed, type Line, renderTable } from "./table.js";

const ROWS = {
  generate: generateRow,
  "generate-both": generateBothRow,
  typecheck: typecheckRow,
  validation: validationRow,
  bundle: bundleRow,
  overhead: overheadRow,
  diff: diffRow,
  scale: scaleRow,
} as const;
type RowName = keyof typeof ROWS;
const ROW_NAMES = Object.keys(ROWS) as RowName[];

const HELP = `Usage: npm run bench -- [--only ${ROW_NAMES.join(",")}] [--quick] [--out <file>] [--readme <file>]

Measures ours and the peers side by side; prints one markdown table, writes the figures as JSON
(default bench-results.json). Performance claims are the ratios, never the absolute times.`;

function parseOptions(argv: string[]): { rows: RowName[]; quick: boolean; out: string; readme: string | undefined } | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      only: { type: "string" },
      quick: { type: "boolean", default: false },
      out: { type: "string", default: "bench-results.json" },
      readme: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return null;
  const rows =
    values.only === undefined
      ? ROW_NAMES
      : values.only
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean);
  const unknown = rows.filter((r) => !(ROW_NAMES as string[]).includes(r));
  if (unknown.length > 0)
    throw new Error(`--only: unknown row ${unknown.map((r) => JSON.stringify(r)).join(", ")}; choose from ${ROW_NAMES.join(", ")}.`);
  return {
    rows: rows as RowName[],
    quick: values.quick,
    out: resolve(ROOT, values.out),
    readme: values.readme === undefined ? undefined : resolve(ROOT, values.readme),
  };
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${HELP}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.readme) {
    // Check the markers before spending minutes measuring.
    try {
      replaceBetweenMarkers(await readFile(options.readme, "utf8"), "", relative(ROOT, options.readme));
    } catch (error) {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const started = Date.now();
  const machine = describeMachine();
  const context: BenchContext = {
    quick: options.quick,
    spec: snapshotSpec(),
    datedSpec: datedSnapshotSpec(),
    // Progress goes to stderr so stdout carries only the table.
    log: (text) => process.stderr.write(`${text}\n`),
  };
  context.log(`bench: spec ${relative(ROOT, context.spec)}; rows ${options.rows.join(", ")}${options.quick ? " (quick)" : ""}`);
  const lines: Line[] = [];
  let scale: ScaleSummary | undefined;
  for (const name of options.rows) {
    context.log(`bench: ${name}…`);
    const rowStarted = Date.now();
    try {
      if (name === "scale") {
        const result = await scaleRow(context);
        lines.push(...result.lines);
        scale = result.summary;
      } else {
        lines.push(...(await ROWS[name](context)));
      }
    } catch (error) {
      // One broken row must not hide the others' figures.
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error);
      lines.push({ row: name, measured: "(row failed)", unit: "ms", better: "lower", ours: failed(reason), peers: [] });
    }
    context.log(`bench: ${name} took ${((Date.now() - rowStarted) / 1000).toFixed(1)} s`);
  }
  const date = new Date().toISOString();
  const table = renderTable(lines);
  const notes = [
    `Measured ${date.slice(0, 16).replace("T", " ")} UTC on ${machineLine(machine)}; spec ${relative(ROOT, context.spec)}; ${options.rows.length === ROW_NAMES.length ? "all rows" : `rows ${options.rows.join(", ")}`}, ${options.quick ? "--quick" : "standard"} repetitions, ${Math.round((Date.now() - started) / 1000)} s.`,
  ];
  if (scale) notes.push(scale.verdict);
  process.stdout.write(`${table}\n${notes.join("\n\n")}\n`);
  const json = {
    date,
    machine,
    spec: relative(ROOT, context.spec),
    quick: options.quick,
    rows: options.rows,
    durationMs: Date.now() - started,
    lines,
    scale: scale ?? null,
  };
  await writeFile(options.out, `${JSON.stringify(json, null, 2)}\n`);
  context.log(`bench: wrote ${relative(ROOT, options.out) || options.out}`);
  if (options.readme) {
    const readme = await readFile(options.readme, "utf8");
    await writeFile(options.readme, replaceBetweenMarkers(readme, `${table}\n${notes.join("\n\n")}\n`, relative(ROOT, options.readme)));
    context.log(`bench: updated the table in ${relative(ROOT, options.readme)}`);
  }
  return 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopRunningTools();
    process.exit(130);
  });
}

process.exitCode = await main(process.argv.slice(2));
