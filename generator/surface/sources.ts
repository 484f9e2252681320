/**
 * A side of the surface diff: the generated package's TypeScript sources for one
 * document, in memory, made exactly as `generate` makes them (emit/sources.ts),
 * with the same corrections (overlay, name overrides) when the caller has them.
 */
import type { JsonObject } from "../core.js";
import { type EmittedSources, emitSources, type SourcesInput } from "../emit/sources.js";
import { normalizeSpec } from "../load/normalize.js";

/** What `generate` corrects the upstream with (pipeline.ts loads them from the committed files). */
export type Corrections = Pick<SourcesInput, "overlay" | "nameOverrides">;

export function packageSources(document: JsonObject, corrections: Corrections = {}): EmittedSources {
  // The canonical form, as the snapshot stores it: names and order then match a real generate.
  return emitSources({ document: normalizeSpec(document).document, ...corrections });
}
