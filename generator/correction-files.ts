/**
 * Reads the committed corrections: openphone.overlay.json (known upstream errors)
 * and openphone.names.json (name overrides). A default file that is absent is no
 * correction; a file named by a flag must exist. Bad content is refused with the
 * file and the fix.
 */
import { existsSync } from "node:fs";
import type { JsonObject } from "./core.js";
import type { Corrections } from "./correct.js";
import { InputError } from "./errors.js";
import { readJsonInput } from "./load/document.js";
import type { NameOverrides } from "./model/names.js";
import { loadWebhookSupplement } from "./supplement.js";

export const DEFAULT_OVERLAY_FILE = "openphone.overlay.json";
export const DEFAULT_NAMES_FILE = "openphone.names.json";

/** Each file: a path, the default file when absent (undefined), or none at all (null: an upstream the default files do not describe). */
export interface CorrectionFiles {
  /** --overlay; the default file when absent. */
  overlayFile?: string | null;
  /** --names; the default file when absent. */
  namesFile?: string | null;
  /** --webhooks; the default file (openphone.webhooks.json) when absent. */
  webhooksFile?: string | null;
}

export function readCorrections(files: CorrectionFiles): Corrections {
  const overlay = files.overlayFile === null ? undefined : readOverlay(files.overlayFile);
  const namesFile = files.namesFile ?? DEFAULT_NAMES_FILE;
  const nameOverrides =
    files.namesFile !== null && (files.namesFile || existsSync(namesFile)) ? readNameOverrides(namesFile, "--names") : {};
  const webhooks = files.webhooksFile === null ? undefined : loadWebhookSupplement(files.webhooksFile);
  return { ...(overlay ? { overlay } : {}), nameOverrides, ...(webhooks ? { webhooks } : {}) };
}

function readOverlay(given: string | undefined): Corrections["overlay"] {
  const file = given ?? DEFAULT_OVERLAY_FILE;
  if (!given && !existsSync(file)) return undefined;
  const document = readJsonInput(file, { flag: "--overlay", what: "overlay", format: "an OpenAPI Overlay 1.0 document" });
  return { document: document as JsonObject, file };
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9_]*$/;
const FUNCTION_NAME = /^[a-z][A-Za-z0-9_]*$/;

/** Contents of a names file (format: generator/model/NAMES.md); {} when the file does not exist. */
export function loadNameOverrides(file: string): NameOverrides {
  return existsSync(file) ? readNameOverrides(file, "--names") : {};
}

function readNameOverrides(file: string, flag: string): NameOverrides {
  const parsed = readJsonInput(file, { flag, what: "names file", format: "in the format described in generator/model/NAMES.md" });
  const fail = (where: string, what: string): never => {
    throw new InputError(
      `${file}: ${where} ${what}. Expected { "rename"?: {old: new}, "pin"?: {pointer: name}, "idAliases"?: {prefix: name}, "operations"?: {operationId: functionName} } with type names that are TypeScript identifiers starting with an uppercase letter and function names starting with a lowercase one; see generator/model/NAMES.md.`,
    );
  };
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return fail("the top level", "is not an object");
  const out: NameOverrides = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key !== "rename" && key !== "pin" && key !== "idAliases" && key !== "operations") fail(`key "${key}"`, "is not known");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(`"${key}"`, "is not an object");
    const map: Record<string, string> = {};
    const [pattern, what] = key === "operations" ? [FUNCTION_NAME, "function name"] : [TYPE_NAME, "type name"];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v !== "string" || !pattern.test(v)) fail(`"${key}"."${k}"`, `is ${JSON.stringify(v)}, not a valid ${what}`);
      map[k] = v as string;
    }
    out[key as keyof NameOverrides] = map;
  }
  return out;
}
