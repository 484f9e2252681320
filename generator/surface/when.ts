/**
 * The one entry the contract-change flow calls: the surface diff when — and only
 * when — the contract diff found something. The surface code (and ts-morph with
 * it) is imported here, on demand, so a run without a change loads none of it.
 */
import type { JsonObject } from "../core.js";
import type { Change } from "../diff/types.js";
import type { SurfaceDiff } from "./index.js";
import type { Corrections } from "./sources.js";

export async function surfaceWhenChanged(
  base: JsonObject,
  revision: JsonObject,
  changes: readonly Change[],
  corrections?: Corrections,
): Promise<SurfaceDiff | undefined> {
  if (changes.length === 0) return undefined;
  const { describeSurface } = await import("./index.js");
  return describeSurface({ base, revision, changes, ...(corrections ? { corrections } : {}) });
}
