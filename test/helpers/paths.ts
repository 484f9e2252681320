import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever directory the test runner was started from. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Byte-for-byte copies of two real published upstream documents (public data), kept in the project. */
export const UPSTREAM_FIXTURES = join(ROOT, "test", "fixtures", "upstream");
export const SPEC_JUNE = join(UPSTREAM_FIXTURES, "openphone-v1.2025-06-16.json");
export const SPEC_DECEMBER = join(UPSTREAM_FIXTURES, "openphone-v1.2025-12-15.json");

export function tempDir(prefix = "opgen-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
