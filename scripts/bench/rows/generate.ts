/**
 * Row "generate": whole process, on the snapshot. Ours is `generate --upstream v1 --offline`
 * in a scratch folder seeded as a user's repository is (the upstreams file, the overlay,
 * names and webhooks files, the snapshot), so generated/ is never touched, every run writes
 * the full package and the corrections are applied as in `npm run generate`; peers generate
 * from the same snapshot.
 */
import { join } from "node:path";
import type { BenchContext } from "../context.js";
import { processRepetitions } from "../context.js";
import { exitCheck, folderBytes, interleave, type ProcessRun, runProcess, type Task } from "../measure.js";
import { oursGenerateAllOffline } from "../ours.js";
import { TMP } from "../paths.js";
import { freshFolder, type GeneratorCommand, heyApiCommand, openapiTypescriptCommand, orvalCommand, runGenerator } from "../peers.js";
import { type Cell, type Line, notAvailable, ok } from "../table.js";
import { errorCell, medianCell, peak, wall } from "./common.js";

export async function generateRow(context: BenchContext): Promise<Line[]> {
  const base = join(TMP, "generate");
  const peers: GeneratorCommand[] = [
    openapiTypescriptCommand(context.spec, join(base, "openapi-typescript")),
    heyApiCommand(context.spec, join(base, "hey-api")),
    orvalCommand(context.spec, join(base, "orval")),
  ];
  const tasks: Task<ProcessRun>[] = peers.map((command) => ({
    name: command.name,
    prepare: async () => {
      await freshFolder(command.outDir);
      await command.setup?.();
    },
    run: () => runGenerator(command),
    check: exitCheck(),
  }));

  const oursRoot = join(base, "ours");
  // What the run writes: the v1 package folder inside the seeded scratch repository.
  let oursDir = join(oursRoot, "generated");
  let oursProblem: Cell | undefined;
  try {
    const { command, args, seed, outOf } = oursGenerateAllOffline(oursRoot);
    oursDir = outOf("v1");
    tasks.unshift({
      name: "ours",
      prepare: async () => {
        await freshFolder(oursRoot);
        await seed();
      },
      run: () => runProcess(command, [...args, "--upstream", "v1"], { cwd: oursRoot }),
      check: exitCheck(),
    });
  } catch (error) {
    oursProblem = errorCell(error);
  }

  const { warmups, runs } = processRepetitions(context);
  const outcomes = await interleave(tasks, warmups, runs, context.log);
  const sizes = new Map<string, Cell>();
  for (const task of tasks) {
    const outcome = outcomes.get(task.name);
    const folder = task.name === "ours" ? oursDir : (peers.find((p) => p.name === task.name)?.outDir ?? "");
    sizes.set(task.name, outcome?.ok ? ok(await folderBytes(folder)) : medianCell(outcome, () => null));
  }
  const oursCell = (pick: (run: ProcessRun) => number | null): Cell => oursProblem ?? medianCell(outcomes.get("ours"), pick);
  const peerCells = (pick: (run: ProcessRun) => number | null) =>
    peers.map((p) => ({ name: p.name, cell: medianCell(outcomes.get(p.name), pick) }));
  return [
    {
      row: "generate",
      measured: "wall time, whole process, on the snapshot (ours: --offline)",
      unit: "ms",
      better: "lower",
      ours: oursCell(wall),
      peers: peerCells(wall),
      goal: { text: "≤ ×1.0 the openapi-typescript CLI alone, while emitting everything", peer: "openapi-typescript CLI", max: 1 },
    },
    { row: "generate", measured: "peak memory (max RSS)", unit: "bytes", better: "lower", ours: oursCell(peak), peers: peerCells(peak) },
    {
      row: "generate",
      measured: "output size (all files written)",
      unit: "bytes",
      better: "neither",
      ours: oursProblem ?? sizes.get("ours") ?? notAvailable("not run"),
      peers: peers.map((p) => ({ name: p.name, cell: sizes.get(p.name) ?? notAvailable("not run") })),
    },
  ];
}
