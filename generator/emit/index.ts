/**
 * The emit stage: the model (and the corrected document it was built from) →
 * every file of the generated package, sorted by path.
 *
 * The snapshot files keep the upstream's bytes; every other file describes the
 * corrected contract (correct.ts). Names come from the model, decided once there.
 */
import type { GeneratedFile, SnapshotMeta } from "../core.js";
import type { CorrectedSpec } from "../correct.js";
import { compareCodeUnits } from "../json.js";
import { type PackageState, snapshotFiles } from "../load/snapshot.js";
import type { ApiModel } from "../model/types.js";
import { compileSources } from "./compile.js";
import { emitPackageJson, emitReadme } from "./package-files.js";
import { emitSources } from "./sources.js";

export interface EmitInput {
  /** The snapshot as published, and the corrected document the package describes. */
  corrected: CorrectedSpec;
  /** Built from `corrected.document`. */
  model: ApiModel;
  /** src/openapi.ts, already under way (startRawTypes on `corrected.document`). */
  rawTypes: Promise<GeneratedFile>;
  meta: SnapshotMeta;
  state: PackageState;
  /** The package's npm name, from openphone.upstreams.json; default `openphone-api`. */
  packageName?: string;
}

export async function emitPackage(input: EmitInput): Promise<GeneratedFile[]> {
  const { corrected, model, meta, state } = input;
  const ours = emitSources(model);
  // Both settle before either failure is reported: a refusal of the input (exit 2) outranks
  // an internal error it may have caused further on.
  const [compiledResult, rawResult] = await Promise.allSettled([compileSources(ours), input.rawTypes]);
  if (rawResult.status === "rejected") throw rawResult.reason;
  if (compiledResult.status === "rejected") throw compiledResult.reason;
  const compiled = compiledResult.value;
  const raw = rawResult.value;
  const sources = [raw, ...ours].sort(byPath);
  const facts = {
    version: state.version,
    meta,
    document: corrected.document,
    sourcePaths: sources.map((s) => s.path),
    ...(input.packageName ? { packageName: input.packageName } : {}),
  };
  const files = [
    ...snapshotFiles({ spec: corrected.upstream, meta }),
    emitPackageJson(facts),
    emitReadme(facts),
    ...(state.changelog ? [{ path: "CHANGELOG.md", contents: state.changelog }] : []),
    ...sources,
    ...compiled,
    ...(await compileSources([raw])),
  ];
  return files.sort(byPath);
}

function byPath(a: GeneratedFile, b: GeneratedFile): number {
  return compareCodeUnits(a.path, b.path);
}
