/**
 * The canonical snapshot → every file of the generated package.
 *
 * The snapshot stays the upstream's bytes; the sources (sources.ts, which also
 * applies the overlay of known upstream errors) are compiled here, beside
 * openapi-typescript's raw types, and joined with the package files. Output is
 * sorted by path.
 */
import type { CanonicalSpec, GeneratedFile, JsonObject, SnapshotMeta } from "../core.js";
import { type PackageState, snapshotFiles } from "../load/snapshot.js";
import type { NameOverrides } from "../model/names.js";
import { compileSources } from "./compile.js";
import { emitPackageJson, emitReadme } from "./package-files.js";
import { type RawTypesWorker, startRawTypes } from "./raw-types-thread.js";
import { emitSources } from "./sources.js";

export interface EmitInput {
  /** The upstream document exactly as snapshotted. */
  spec: CanonicalSpec;
  meta: SnapshotMeta;
  state: PackageState;
  /** Corrections to the upstream (OpenAPI Overlay 1.0), with the file it came from. */
  overlay?: { document: JsonObject; file: string };
  nameOverrides?: NameOverrides;
  /** Where src/openapi.ts is produced (raw-types-thread.ts); this thread when absent. */
  rawTypesWorker?: RawTypesWorker;
}

export async function emitPackage(input: EmitInput): Promise<GeneratedFile[]> {
  const { spec, meta, state } = input;
  // First: on a worker thread when bundled (raw-types-thread.ts), it overlaps everything below.
  const rawTypes = startRawTypes(spec.document, input.rawTypesWorker);
  const { sources: ours } = emitSources({
    document: spec.document,
    ...(input.overlay ? { overlay: input.overlay } : {}),
    ...(input.nameOverrides ? { nameOverrides: input.nameOverrides } : {}),
  });
  // Both settle before either failure is reported: a refusal of the input (exit 2) outranks
  // an internal error it may have caused further on.
  const [compiledResult, rawResult] = await Promise.allSettled([compileSources(ours), rawTypes]);
  if (rawResult.status === "rejected") throw rawResult.reason;
  if (compiledResult.status === "rejected") throw compiledResult.reason;
  const compiled = compiledResult.value;
  const raw = rawResult.value;
  const sources = [raw, ...ours].sort(byPath);
  const facts = { version: state.version, meta, document: spec.document, sourcePaths: sources.map((s) => s.path) };
  const files = [
    ...snapshotFiles({ spec, meta }),
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
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
