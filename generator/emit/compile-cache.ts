/**
 * The compiled forms of the runtime (templates/runtime, copied into every package unchanged):
 * the same source gives the same four files, so each is compiled once and reused, by the
 * second package of a run (in memory) and by later runs (on disk, beside the launcher's
 * bundle). The bundle's folder is named by the hash of the generator and of the lockfile (so
 * of TypeScript and esbuild), so a changed generator never reads an entry an older one wrote.
 * Run from sources (the tests), only the in-memory copy is used: every run there compiles.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface CompiledForms {
  esm: string;
  cjs: string;
  dts: string;
  dcts: string;
}

const memory = new Map<string, CompiledForms>();
const diskDir: string | undefined = import.meta.url.endsWith(".ts")
  ? undefined
  : join(dirname(fileURLToPath(import.meta.url)), "compiled-runtime");

/** What identifies one source: its path in the package and its bytes. */
export function compiledKey(path: string, contents: string): string {
  return createHash("sha256").update(path).update("\0").update(contents).digest("hex");
}

export function readCompiled(key: string): CompiledForms | undefined {
  const known = memory.get(key);
  if (known || diskDir === undefined) return known;
  try {
    const value: unknown = JSON.parse(readFileSync(join(diskDir, `${key}.json`), "utf8"));
    if (!isCompiledForms(value)) return undefined;
    memory.set(key, value);
    return value;
  } catch {
    return undefined; // not there yet (or unreadable): compiled again
  }
}

export function rememberCompiled(key: string, forms: CompiledForms): void {
  memory.set(key, forms);
  if (diskDir === undefined) return;
  try {
    mkdirSync(diskDir, { recursive: true });
    // Written whole, then renamed: a concurrent run reads the old entry, the new one or none.
    const temporary = join(diskDir, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(forms));
    renameSync(temporary, join(diskDir, `${key}.json`));
  } catch {
    // A read-only or full cache only costs the next run the compile.
  }
}

function isCompiledForms(value: unknown): value is CompiledForms {
  if (typeof value !== "object" || value === null) return false;
  const forms = value as Record<string, unknown>;
  return ["esm", "cjs", "dts", "dcts"].every((name) => typeof forms[name] === "string");
}
