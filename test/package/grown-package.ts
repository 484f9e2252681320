/**
 * The committed generated/ today holds only raw types. These helpers build,
 * in a temporary folder, the package as it will look once every emitter is
 * wired (errors, client, per-operation files, validators, an internal runtime),
 * through the real compileSources and emitPackageJson, so the packaging is
 * tested on the shapes it must grow into without edits.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { GeneratedFile } from "../../generator/core.js";

export const COMMITTED = resolve("generated");

export function writeFiles(dir: string, files: GeneratedFile[]): void {
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}
