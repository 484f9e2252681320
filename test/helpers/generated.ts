/**
 * The generated package under test and the snapshot it was made from. Tests that depend on
 * the snapshot's content read it here instead of naming an upstream file, so they keep
 * passing after any valid upstream is accepted (test/accept/ checks exactly that).
 *
 * OPENPHONE_GENERATED points at another generated tree (default: generated/);
 * OPENPHONE_OVERLAY at the overlay that tree was generated with (default:
 * openphone.overlay.json when it exists).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { JsonObject, SnapshotMeta } from "../../generator/core.js";
import { correct } from "../../generator/correct.js";
import { readCorrections } from "../../generator/correction-files.js";
import { HTTP_METHODS } from "../../generator/json.js";
import { buildApiModel } from "../../generator/model/build.js";
import type { ApiModel } from "../../generator/model/types.js";
import { ROOT } from "./paths.js";

export const GENERATED = resolve(process.env.OPENPHONE_GENERATED || join(ROOT, "generated"));

const defaultOverlay = join(ROOT, "openphone.overlay.json");
export const OVERLAY: string | undefined = process.env.OPENPHONE_OVERLAY
  ? resolve(process.env.OPENPHONE_OVERLAY)
  : existsSync(defaultOverlay)
    ? defaultOverlay
    : undefined;

/** The overlay flag for `npm run generate`, so a run in a test corrects the document as the tree under test was. */
export const OVERLAY_ARGS: string[] = OVERLAY ? ["--overlay", OVERLAY] : [];

/** The snapshot: the canonical upstream document the generated tree was made from. */
export const SNAPSHOT = join(GENERATED, "openapi.json");

export function readSnapshot(): JsonObject {
  return JSON.parse(readFileSync(SNAPSHOT, "utf8")) as JsonObject;
}

export function readSnapshotMeta(): SnapshotMeta {
  return JSON.parse(readFileSync(join(GENERATED, "openapi.meta.json"), "utf8")) as SnapshotMeta;
}

/** The snapshot as the generator sees it: the correct stage (overlay and the rest), then the model. */
export function snapshotModel(document: JsonObject = readSnapshot()): ApiModel {
  const corrections = readCorrections({ ...(OVERLAY ? { overlayFile: OVERLAY } : {}), namesFile: join(ROOT, "openphone.names.json") });
  const corrected = correct({ document, text: "", sha256: "" }, corrections);
  return buildApiModel(corrected.document, corrected.nameOverrides);
}

/**
 * The snapshot with its first operation (by path, then method) taken out: a real contract
 * change (operation-removed, breaking) whatever the snapshot holds.
 */
export function snapshotWithoutAnOperation(document: JsonObject = readSnapshot()): { document: JsonObject; removed: string } {
  const copy = structuredClone(document);
  const paths = copy.paths as Record<string, JsonObject>;
  for (const path of Object.keys(paths).sort()) {
    const method = HTTP_METHODS.find((m) => m in (paths[path] as JsonObject));
    if (method === undefined) continue;
    delete (paths[path] as JsonObject)[method];
    if (!HTTP_METHODS.some((m) => m in (paths[path] as JsonObject))) delete paths[path];
    return { document: copy, removed: `${method.toUpperCase()} ${path}` };
  }
  throw new Error(`${SNAPSHOT} has no operation to remove`);
}
