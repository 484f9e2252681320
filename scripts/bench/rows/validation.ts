/**
 * Row "validation": throughput of response validation on the same payloads — a
 * sendMessage 202 body and a listMessages 200 body with 100 items, built from the
 * spec's own schemas (example.ts). Each validator must accept the payload before it
 * is timed; one that rejects is reported as such. Each (validator, payload) is timed
 * in its own process (validation-worker.ts), rounds interleaved across validators;
 * the figure is the median ops/s over all batches.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { JsonObject } from "../../../generator/core.js";
import type { BenchContext } from "../context.js";
import { firstLines, runProcess } from "../measure.js";
import { BIN, ROOT, TMP } from "../paths.js";
import { ensurePeerOutputs } from "../peers.js";
import { median } from "../stats.js";
import { type Cell, failed, type Line, notAvailable, ok } from "../table.js";
import { buildPayload, CASES, VALIDATORS, type ValidatorName } from "../validators.js";

type WorkerResult = { rates: number[] } | { rejected: true } | { notBuilt: string } | { error: string };

export async function validationRow(context: BenchContext): Promise<Line[]> {
  await ensurePeerOutputs(context);
  const spec = JSON.parse(await readFile(context.spec, "utf8")) as JsonObject;
  const dir = join(TMP, "validation");
  await mkdir(dir, { recursive: true });
  const rounds = context.quick ? 1 : 3;
  const batches = context.quick ? 3 : 5;
  const batchMs = context.quick ? 60 : 120;
  const worker = join(ROOT, "scripts", "bench", "validation-worker.ts");
  const lines: Line[] = [];
  for (const c of CASES) {
    const payloadFile = join(dir, `${c.id}.json`);
    await writeFile(payloadFile, JSON.stringify(buildPayload(spec, c)));
    const rates = new Map<ValidatorName, number[]>(VALIDATORS.map((v) => [v, []]));
    const cells = new Map<ValidatorName, Cell>();
    for (let round = 0; round < rounds; round++) {
      for (const name of VALIDATORS) {
        if (cells.has(name)) continue;
        const run = await runProcess(
          process.execPath,
          [BIN.tsx, worker, name, c.id, payloadFile, context.spec, String(batches), String(batchMs)],
          { cwd: ROOT },
        );
        const result = parseWorker(run.stdout);
        if (!result) cells.set(name, failed(`worker exit ${run.exitCode}: ${firstLines(run.stderr || run.stdout)}`));
        else if ("notBuilt" in result) cells.set(name, notAvailable(result.notBuilt));
        else if ("rejected" in result) cells.set(name, failed(`rejects the ${c.label} payload; not timed`));
        else if ("error" in result) cells.set(name, failed(result.error));
        else rates.get(name)?.push(...result.rates);
      }
    }
    for (const name of VALIDATORS) {
      const samples = rates.get(name) ?? [];
      if (!cells.has(name)) cells.set(name, samples.length ? ok(median(samples), { samples }) : failed("no samples"));
    }
    context.log(`  ${c.label}: ${VALIDATORS.map((v) => `${v} ${cells.get(v)?.status}`).join(", ")}`);
    lines.push({
      row: "validation",
      measured: `throughput, ${c.label} (valid payload)`,
      unit: "ops/s",
      better: "higher",
      ours: cells.get("ours") ?? failed("missing"),
      peers: VALIDATORS.filter((v) => v !== "ours").map((name) => ({ name, cell: cells.get(name) ?? failed("missing") })),
    });
  }
  return lines;
}

function parseWorker(stdout: string): WorkerResult | null {
  const line = stdout.trim().split("\n").pop();
  if (!line) return null;
  try {
    return JSON.parse(line) as WorkerResult;
  } catch {
    return null;
  }
}
