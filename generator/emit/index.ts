/**
 * ApiModel (and the canonical document) → every file of the generated package.
 * Pure apart from reading the runtime templates; output sorted by path.
 */
import type { CanonicalSpec, GeneratedFile, SnapshotMeta } from "../core.js";
import { snapshotFiles, type PackageState } from "../load/snapshot.js";
import { compileSources } from "./compile.js";
import { GENERATED_HEADER } from "./header.js";
import { emitPackageJson, emitReadme } from "./package-files.js";
import { emitRawTypes } from "./raw-types.js";

export interface EmitInput {
  /** The upstream document exactly as snapshotted. */
  spec: CanonicalSpec;
  meta: SnapshotMeta;
  state: PackageState;
}

export async function emitPackage(input: EmitInput): Promise<GeneratedFile[]> {
  const { spec, meta, state } = input;
  const sources: GeneratedFile[] = [await emitRawTypes(spec.document), emitIndex()];
  const facts = { version: state.version, meta, document: spec.document, subpaths: {} };
  const files = [
    ...snapshotFiles({ spec, meta }),
    emitPackageJson(facts),
    emitReadme(facts),
    ...(state.changelog ? [{ path: "CHANGELOG.md", contents: state.changelog }] : []),
    ...sources,
    ...compileSources(sources),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function emitIndex(): GeneratedFile {
  return {
    path: "src/index.ts",
    contents: `${GENERATED_HEADER}export type { components, operations, paths } from "./openapi.js";\n`,
  };
}
