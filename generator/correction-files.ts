/**
 * Reads the committed corrections: openphone.overlay.json (known upstream errors)
 * and openphone.names.json (name overrides). A default file that is absent is no
 * correction; a file named by a flag must exist. Bad content is refused with the
 * file and the fix.
 */
import { existsSync, readFileSync } from "node:fs";
import type { JsonObject } from "./core.js";
import type { Corrections } from "./correct.js";
import { InputError } from "./errors.js";
import type { NameOverrides } from "./model/names.js";

export const DEFAULT_OVERLAY_FILE = "openphone.overlay.json";
export const DEFAULT_NAMES_FILE = "openphone.names.json";

export interface CorrectionFiles {
  /** --overlay; the default file when absent. */
  overlayFile?: string;
  /** --names; the default file when absent. */
  namesFile?: string;
}

export function readCorrections(files: CorrectionFiles): Corrections {
  const overlay = readOverlay(files.overlayFile);
  return { ...(overlay ? { overlay } : {}), nameOverrides: loadNameOverrides(files.namesFile ?? DEFAULT_NAMES_FILE) };
}

function readOverlay(given: string | undefined): Corrections["overlay"] {
  const file = given ?? DEFAULT_OVERLAY_FILE;
  if (!existsSync(file)) {
    if (given) throw new InputError(`The overlay ${file} given to --overlay does not exist. Check the path, or drop --overlay.`);
    return undefined;
  }
  try {
    return { document: JSON.parse(readFileSync(file, "utf8")) as JsonObject, file };
  } catch (error) {
    throw new InputError(
      `The overlay ${file} is not valid JSON (${(error as Error).message}). Fix the file; it must be an OpenAPI Overlay 1.0 document.`,
    );
  }
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9_]*$/;

/** Contents of a names file (format: generator/model/NAMES.md); {} when the file does not exist. */
export function loadNameOverrides(file: string): NameOverrides {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${file}: not valid JSON (${(error as Error).message}). Fix the syntax; the format is described in generator/model/NAMES.md.`,
    );
  }
  const fail = (where: string, what: string): never => {
    throw new InputError(
      `${file}: ${where} ${what}. Expected { "rename"?: {old: new}, "pin"?: {pointer: name}, "idAliases"?: {prefix: name} } with names that are TypeScript identifiers starting with an uppercase letter; see generator/model/NAMES.md.`,
    );
  };
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return fail("the top level", "is not an object");
  const out: NameOverrides = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key !== "rename" && key !== "pin" && key !== "idAliases") fail(`key "${key}"`, "is not known");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(`"${key}"`, "is not an object");
    const map: Record<string, string> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v !== "string" || !TYPE_NAME.test(v)) fail(`"${key}"."${k}"`, `is ${JSON.stringify(v)}, not a valid type name`);
      map[k] = v as string;
    }
    out[key as keyof NameOverrides] = map;
  }
  return out;
}
