/**
 * A side of the surface diff: the generated package's TypeScript sources for one
 * document, in memory, made exactly as `generate` makes them: the correct stage
 * (correct.ts, with the caller's corrections when it has them), the model, then
 * emit/sources.ts.
 */
import type { GeneratedFile, JsonObject } from "../core.js";
import { type Corrections, correct } from "../correct.js";
import { emitSources } from "../emit/sources.js";
import { normalizeSpec } from "../load/normalize.js";
import { buildApiModel } from "../model/build.js";
import type { ApiModel } from "../model/types.js";

export type { Corrections } from "../correct.js";

export interface EmittedSources {
  model: ApiModel;
  sources: GeneratedFile[];
}

export function packageSources(document: JsonObject, corrections: Corrections = {}): EmittedSources {
  // The canonical form, as the snapshot stores it: names and order then match a real generate.
  const corrected = correct(normalizeSpec(document), corrections);
  const model = buildApiModel(corrected.document, corrected.nameOverrides);
  return { model, sources: emitSources(model) };
}
