/**
 * Row "generate-both": one `npm run generate -- --offline` covering every configured upstream
 * (v1 and the dated 2026-03-30 API), whole process, against the openapi-typescript CLI run on
 * the same documents one after the other as one task (its wall time is the sum of its
 * processes, its peak memory the largest of them). Ours runs in a scratch folder seeded with
 * the upstreams file, the correction files it names and both snapshots, so the repository's
 * packages are never touched and every run writes both packages in full.
 */
import { join } from "node:path";
import type { BenchContext } from "../context.js";
import { processRepetitions } from "../context.js";
import { exitCheck, interleave, type ProcessRun, runProcess, type Task } from "../measure.js";
import { oursGenerateAllOffline, oursUpstreamSnapshots } from "../ours.js";
import { TMP } from "../paths.js";
import { freshFolder, openapiTypescriptCommand, runGenerator } from "../peers.js";
import { type Cell, type Line, notAvailable } from "../table.js";
import { errorCell, medianCell, peak, wall } from "./common.js";

const PEER = "openapi-typescript CLI (both documents)";

/** Several successful runs as one: wall times add up, peak memory is the largest. */
function inSequence(runs: ProcessRun[]): ProcessRun {
  const peaks = runs.map((run) => run.peakBytes);
  return {
    wallMs: runs.reduce((total, run) => total + run.wallMs, 0),
    peakBytes: peaks.some((p) => p === null) ? null : Math.max(...(peaks as number[])),
    exitCode: 0,
    timedOut: false,
    stdout: "",
    stderr: "",
  };
}

export async function generateBothRow(context: BenchContext): Promise<Line[]> {
  const base = join(TMP, "generate-both");
  const tasks: Task<ProcessRun>[] = [];
  let oursProblem: Cell | undefined;
  let peerProblem: Cell | undefined;

  try {
    const oursDir = join(base, "ours");
    const { command, args, seed } = oursGenerateAllOffline(oursDir);
    tasks.push({
      name: "ours",
      prepare: async () => {
        await freshFolder(oursDir);
        await seed();
      },
      run: () => runProcess(command, args, { cwd: oursDir }),
      check: exitCheck(),
    });
  } catch (error) {
    oursProblem = errorCell(error);
  }

  try {
    const commands = oursUpstreamSnapshots().map(({ name, spec }) =>
      openapiTypescriptCommand(spec, join(base, "openapi-typescript", name)),
    );
    tasks.push({
      name: PEER,
      prepare: async () => {
        for (const command of commands) await freshFolder(command.outDir);
      },
      run: async () => {
        const runs: ProcessRun[] = [];
        for (const command of commands) {
          const run = await runGenerator(command);
          // A failing run stands for the task: its exit code and message are reported.
          if (exitCheck()(run)) return run;
          runs.push(run);
        }
        return inSequence(runs);
      },
      check: exitCheck(),
    });
  } catch (error) {
    peerProblem = errorCell(error);
  }

  const { warmups, runs } = processRepetitions(context);
  const outcomes = await interleave(tasks, warmups, runs, context.log);
  const oursCell = (pick: (run: ProcessRun) => number | null): Cell => oursProblem ?? medianCell(outcomes.get("ours"), pick);
  const peerCell = (pick: (run: ProcessRun) => number | null): Cell =>
    peerProblem ?? (outcomes.has(PEER) ? medianCell(outcomes.get(PEER), pick) : notAvailable("not run"));
  return [
    {
      row: "generate-both",
      measured: "wall time, whole process, v1 + 2026-03-30 snapshots (ours: one generate --offline)",
      unit: "ms",
      better: "lower",
      ours: oursCell(wall),
      peers: [{ name: PEER, cell: peerCell(wall) }],
      goal: { text: "≤ ×1.0 the openapi-typescript CLI on both documents, while emitting everything", peer: PEER, max: 1 },
    },
    {
      row: "generate-both",
      measured: "peak memory (max RSS; peer: the larger of its two runs)",
      unit: "bytes",
      better: "lower",
      ours: oursCell(peak),
      peers: [{ name: PEER, cell: peerCell(peak) }],
    },
  ];
}
