/**
 * The package's public entry points (its exports map), from the emitted source
 * paths. Pure and free of the compiler, so readers of the package (the surface
 * diff) get the same list without loading TypeScript.
 */
import { compareCodeUnits } from "../json.js";

/** Where a source's outputs go: `src/a/b.ts` → `a/b`. */
export function distBase(sourcePath: string): string {
  return sourcePath.slice("src/".length, -".ts".length);
}

export function isCompiledSource(path: string): boolean {
  return path.startsWith("src/") && path.endsWith(".ts") && !path.endsWith(".d.ts");
}

/**
 * Folders under src/ that are implementation details: copied or generated
 * helpers that the public entries re-export what they need from.
 */
const INTERNAL_FOLDERS = ["runtime"];

/** One public entry point: `subpath` in the exports map, `base` its file under dist/ without extension. */
export interface EntryPoint {
  subpath: string;
  base: string;
}

/**
 * The package's entry points, from the source paths: `src/index.ts` is the
 * root, `src/<dir>/index.ts` is `./<dir>`, any other `src/<a>/<b>.ts` is
 * `./<a>/<b>` (per-operation subpaths), except under the internal folders.
 * Sorted, root first.
 */
export function entryPoints(sourcePaths: readonly string[]): EntryPoint[] {
  const bySubpath = new Map<string, EntryPoint>();
  for (const path of sourcePaths) {
    if (!isCompiledSource(path)) continue;
    const base = distBase(path);
    if (INTERNAL_FOLDERS.some((folder) => base.startsWith(`${folder}/`))) continue;
    const subpath = base === "index" ? "." : `./${base.replace(/\/index$/, "")}`;
    const clash = bySubpath.get(subpath);
    if (clash)
      throw new Error(`Internal error: src/${clash.base}.ts and ${path} would both be the package entry "${subpath}"; rename one.`);
    bySubpath.set(subpath, { subpath, base });
  }
  if (!bySubpath.has(".")) throw new Error("Internal error: the generated package has no src/index.ts, so it has no root entry.");
  return [...bySubpath.values()].sort((a, b) => (a.subpath === "." ? -1 : b.subpath === "." ? 1 : compareCodeUnits(a.subpath, b.subpath)));
}
