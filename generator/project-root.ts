/**
 * The generator's own folder (where templates/ lives), found from this module's
 * location. It works both from the TypeScript sources (tsx, tests) and from the
 * bundle scripts/launch.mjs writes under node_modules/.cache, whose depth differs.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "templates", "runtime"))) return dir;
    if (dirname(dir) === dir) throw new Error(`Internal error: no templates/runtime folder above ${start}.`);
  }
}

export const PROJECT_ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES_DIR: string = join(PROJECT_ROOT, "templates");
