import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The real upstream copies, used by path (never copied into the project). */
export const SPEC_JUNE = resolve("../shared/specs/openphone-v1.2025-06-16.json");
export const SPEC_DECEMBER = resolve("../shared/specs/openphone-v1.2025-12-15.json");

export function tempDir(prefix = "opgen-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
