/**
 * How each peer generator is invoked on a spec, and the one-off peer outputs the
 * later rows (type-check, validation, bundle, overhead) consume. Versions are the
 * devDependencies pinned in package-lock.json.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { BenchContext } from "./context.js";
import { exitCheck, firstLines, type ProcessRun, runProcess } from "./measure.js";
import { NotBuilt } from "./ours.js";
import { BIN, GENERATED_2026_03_30, ROOT, TMP } from "./paths.js";

export interface GeneratorCommand {
  name: string;
  /** Folder whose files count as the output (removed and recreated before each run). */
  outDir: string;
  command: string;
  args: string[];
  cwd: string;
  /** Written before the run (config files). */
  setup?: () => Promise<void>;
}

export function openapiTypescriptCommand(spec: string, outDir: string): GeneratorCommand {
  return {
    name: "openapi-typescript CLI",
    outDir,
    command: process.execPath,
    args: [BIN.openapiTypescript, spec, "-o", join(outDir, "schema.d.ts")],
    cwd: TMP,
  };
}

export function heyApiCommand(spec: string, outDir: string): GeneratorCommand {
  return {
    name: "hey-api (typescript+sdk+zod)",
    outDir,
    command: process.execPath,
    // 0.95 bundles the fetch client into the output (client/ and core/ folders): no runtime package needed.
    args: [
      BIN.heyApi,
      "-i",
      spec,
      "-o",
      outDir,
      "-c",
      "@hey-api/client-fetch",
      "-p",
      "@hey-api/typescript",
      "@hey-api/sdk",
      "zod",
      "--no-log-file",
      "-s",
    ],
    cwd: TMP,
  };
}

export function orvalCommand(spec: string, outDir: string): GeneratorCommand {
  const config = `${outDir}.orval.config.cjs`;
  return {
    name: "orval (fetch+zod)",
    outDir,
    command: process.execPath,
    args: [BIN.orval, "--config", config],
    cwd: TMP,
    setup: () =>
      writeFile(
        config,
        `module.exports = ${JSON.stringify(
          {
            fetch: { input: { target: spec }, output: { target: join(outDir, "fetch.ts"), client: "fetch", mode: "single" } },
            zod: { input: { target: spec }, output: { target: join(outDir, "zod.ts"), client: "zod", mode: "single" } },
          },
          null,
          2,
        )};\n`,
      ),
  };
}

export async function freshFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
}

export async function runGenerator(command: GeneratorCommand): Promise<ProcessRun> {
  return runProcess(command.command, command.args, { cwd: command.cwd });
}

/** Peer outputs used by the other rows: .tmp/peers/openapi-typescript{,-2026-03-30}/schema.d.ts and .tmp/peers/hey-api/. */
export const PEER_OUTPUT = {
  openapiTypescript: join(TMP, "peers", "openapi-typescript"),
  /** openapi-typescript's types of the dated API's document. */
  openapiTypescriptDated: join(TMP, "peers", "openapi-typescript-2026-03-30"),
  heyApi: join(TMP, "peers", "hey-api"),
} as const;

async function generatePeerOutput(command: GeneratorCommand): Promise<void> {
  await freshFolder(command.outDir);
  const run = await runGenerator(command);
  const problem = exitCheck()(run);
  if (problem) throw new Error(`${command.name} could not generate the peer output: ${problem} ${firstLines(run.stdout)}`);
}

/** Generate the peer outputs once per bench run (untimed); the promise is kept on the run's context. */
export function ensurePeerOutputs(context: BenchContext): Promise<void> {
  const spec = context.spec;
  context.peerOutputs ??= (async () => {
    for (const command of [openapiTypescriptCommand(spec, PEER_OUTPUT.openapiTypescript), heyApiCommand(spec, PEER_OUTPUT.heyApi)]) {
      await generatePeerOutput(command);
    }
  })();
  return context.peerOutputs;
}

/**
 * openapi-typescript's types of the dated document, once per bench run (untimed), as
 * ensurePeerOutputs does for v1. Without the dated snapshot: NotBuilt (the lines print n/a).
 */
export function ensureDatedPeerOutput(context: BenchContext): Promise<void> {
  const spec = context.datedSpec;
  context.datedPeerOutput ??=
    spec === undefined
      ? Promise.reject(new NotBuilt(`not built yet: no ${relative(ROOT, join(GENERATED_2026_03_30, "openapi.json"))}`))
      : generatePeerOutput(openapiTypescriptCommand(spec, PEER_OUTPUT.openapiTypescriptDated));
  return context.datedPeerOutput;
}
