/**
 * Paths for annotations: GitHub attaches `file=` to a file only when the path is
 * relative to the repository root, whatever folder the tool ran in (a monorepo's
 * `tools/openphone-codegen/generated/openapi.json`, not `generated/openapi.json`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { type PointerLines, pointerLines } from "./json-pointer-lines.js";

/** $GITHUB_WORKSPACE, else git's top level, else `cwd`. */
export function repositoryRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.GITHUB_WORKSPACE) return resolve(env.GITHUB_WORKSPACE);
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return cwd;
  }
}

/** `file` (relative to `cwd`, or absolute) relative to `root`, with forward slashes. */
export function repositoryPath(file: string, root: string, cwd = process.cwd()): string {
  return relative(root, isAbsolute(file) ? file : resolve(cwd, file))
    .split(sep)
    .join("/");
}

/**
 * A `locate` for reports over local JSON files: the first file that holds the
 * pointer gives the line (the revision, then the base for removals); when none
 * does, the first file's nearest ancestor. URLs and unreadable files are skipped.
 */
export function fileLocator(
  files: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ((pointer: string) => { file: string; line: number }) | undefined {
  const root = repositoryRoot(env);
  const sides: Array<{ file: string; lines: PointerLines }> = [];
  for (const file of files) {
    if (/^https?:\/\//i.test(file) || !existsSync(file)) continue;
    try {
      sides.push({ file: repositoryPath(file, root), lines: pointerLines(readFileSync(file, "utf8")) });
    } catch {
      // Not JSON (a YAML document): no lines for it.
    }
  }
  if (sides.length === 0) return undefined;
  return (pointer) => {
    const side = sides.find((s) => s.lines.has(pointer)) ?? sides[0]!;
    return { file: side.file, line: side.lines.lineOf(pointer) };
  };
}
