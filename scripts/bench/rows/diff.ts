/**
 * Row "diff": whole-process diff of the two shared specs (2025-06-16 → 2025-12-15), and of
 * the first against itself (no change: what most CI runs meet). Ours: `npm run diff -- <base>
 * <rev>` (exit 0 or 1 = it ran). Peer: openapi-diff, the npm registry's OpenAPI diff tool; it
 * is reported with its own error when it cannot read the documents (it rejects OpenAPI 3.1).
 * `node -e 0` runs beside them: the start-up no Node command can go under, for scale.
 */
import type { BenchContext } from "../context.js";
import { processRepetitions } from "../context.js";
import { exitCheck, firstLines, interleave, type ProcessRun, runProcess, type Task } from "../measure.js";
import { DIFF_OK_EXIT_CODES, oursDiff } from "../ours.js";
import { BIN, ROOT, SPEC_2025_06, SPEC_2025_12 } from "../paths.js";
import { type Cell, failed, type Goal, type Line, notAvailable } from "../table.js";
import { errorCell, medianCell, peak, wall } from "./common.js";

const NODE_START = "node -e 0 (start-up alone)";
const WITHIN_250_MS = { text: "≤ 250 ms", within: 250 } as const;
/** The goal for a diff that finds a change: what the surface diff costs and what meeting it would take. */
const CHANGE_GOAL: Goal = {
  ...WITHIN_250_MS,
  unmet:
    "the surface diff (what the change does to code) loads TypeScript through ts-morph and reads both generated packages, about 0.55 s of CPU; reading the surface from the model instead of the emitted code would remove it",
};

export async function diffRow(context: BenchContext): Promise<Line[]> {
  const tasks: Task<ProcessRun>[] = [];
  let oursProblem: Cell | undefined;
  try {
    const { command, args } = oursDiff(SPEC_2025_06, SPEC_2025_12);
    // Probe once: until the diff command lands, the CLI answers "unknown command" with exit 2.
    const probe = await runProcess(command, args, { cwd: ROOT });
    if (!(DIFF_OK_EXIT_CODES as readonly number[]).includes(probe.exitCode)) {
      const notBuilt = probe.exitCode === 2 && /usage/i.test(probe.stdout + probe.stderr);
      oursProblem = notBuilt
        ? notAvailable("not built yet: npm run diff")
        : failed(`exit ${probe.exitCode}: ${firstLines(probe.stderr || probe.stdout)}`);
    } else {
      tasks.push({ name: "ours", run: () => runProcess(command, args, { cwd: ROOT }), check: exitCheck(DIFF_OK_EXIT_CODES) });
      const same = oursDiff(SPEC_2025_06, SPEC_2025_06);
      tasks.push({ name: "ours (no change)", run: () => runProcess(same.command, same.args, { cwd: ROOT }), check: exitCheck([0]) });
    }
  } catch (error) {
    oursProblem = errorCell(error);
  }
  const peerName = "openapi-diff 0.24";
  tasks.push({
    name: peerName,
    run: () => runProcess(process.execPath, [BIN.openapiDiff, SPEC_2025_06, SPEC_2025_12], { cwd: ROOT }),
    // openapi-diff exits 1 for breaking changes too; an error without its JSON result means it did not run.
    check: (run) =>
      run.exitCode === 0 || (run.exitCode === 1 && run.stdout.includes('"breakingDifferencesFound"'))
        ? null
        : `does not run here: ${peerReason(run)}`,
  });
  tasks.push({ name: NODE_START, run: () => runProcess(process.execPath, ["-e", "0"], { cwd: ROOT }), check: exitCheck() });
  const { warmups, runs } = processRepetitions(context);
  const outcomes = await interleave(tasks, warmups, runs, context.log);
  const oursCell = (pick: (run: ProcessRun) => number | null, name = "ours"): Cell => oursProblem ?? medianCell(outcomes.get(name), pick);
  const nodeStart = { name: NODE_START, cell: medianCell(outcomes.get(NODE_START), wall) };
  return [
    {
      row: "diff",
      measured: "wall time, whole process, 2025-06-16 → 2025-12-15",
      unit: "ms",
      better: "lower",
      ours: oursCell(wall),
      peers: [{ name: peerName, cell: medianCell(outcomes.get(peerName), wall) }, nodeStart],
      goal: CHANGE_GOAL,
    },
    {
      row: "diff",
      measured: "wall time, whole process, 2025-06-16 against itself (no change)",
      unit: "ms",
      better: "lower",
      ours: oursCell(wall, "ours (no change)"),
      peers: [nodeStart],
      goal: WITHIN_250_MS,
    },
    {
      row: "diff",
      measured: "peak memory (max RSS)",
      unit: "bytes",
      better: "lower",
      ours: oursCell(peak),
      peers: [{ name: peerName, cell: medianCell(outcomes.get(peerName), peak) }],
    },
  ];
}

/** openapi-diff prints a long VError; its useful part is the parser's message. */
function peerReason(run: ProcessRun): string {
  const text = run.stderr + run.stdout;
  const unsupported = /Unsupported OpenAPI version: [^\n.]+(\.\d+)*/.exec(text);
  if (unsupported) return unsupported[0];
  return `exit ${run.exitCode}: ${firstLines(text)}`;
}
