/**
 * The correct stage: the upstream snapshot → the contract every generated file
 * describes. The snapshot keeps the upstream's bytes (and the diff compares
 * upstream to upstream); everything emitted, openapi-typescript's raw types
 * included, comes from the corrected document, so no two files disagree.
 *
 * A correction is one entry of `correctionSteps`, applied in order, each a
 * function of the previous document. Adding one (a webhooks supplement, say)
 * is one more entry and one more optional field of `Corrections`.
 */
import type { CanonicalSpec, JsonObject } from "./core.js";
import type { NameOverrides } from "./model/names.js";
import { applyOverlay } from "./overlay.js";
import { mergeWebhookSupplement, type WebhookSupplement } from "./supplement.js";

/** What the project commits to correct or complete the upstream, read by correction-files.ts. */
export interface Corrections {
  /** OpenAPI Overlay 1.0 of known upstream errors (openphone.overlay.json), with the file it came from. */
  overlay?: { document: JsonObject; file: string };
  /** Renames and pins for the model's names (openphone.names.json). */
  nameOverrides?: NameOverrides;
  /** Webhook event payloads the published document lacks (openphone.webhooks.json), with the file. */
  webhooks?: WebhookSupplement;
  /** Where a step's warnings go (e.g. supplement entries the vendor now publishes itself). */
  warn?: (message: string) => void;
}

/** The upstream as published, and the contract the package is generated from. */
export interface CorrectedSpec {
  /** The snapshot, untouched: what openapi.json and the package metadata record. */
  upstream: CanonicalSpec;
  /** The upstream with every correction step applied: what types, validators and client describe. */
  document: JsonObject;
  /** Carried to the model, which decides every name. */
  nameOverrides: NameOverrides;
}

export interface CorrectionStep {
  /** What the step is, for a reader of the list and for tests. */
  name: string;
  /** Returns a new document (or the same one when there is nothing to do); never changes its input. */
  apply(document: JsonObject, corrections: Corrections): JsonObject;
}

/** Applied in this order. */
export const correctionSteps: readonly CorrectionStep[] = [
  {
    name: "overlay",
    apply: (document, { overlay }) => (overlay ? applyOverlay(document, overlay.document, overlay.file) : document),
  },
  {
    name: "webhooks supplement",
    apply: (document, { webhooks, warn }) => (webhooks ? mergeWebhookSupplement(document, webhooks, warn) : document),
  },
];

export function correct(upstream: CanonicalSpec, corrections: Corrections): CorrectedSpec {
  const document = correctionSteps.reduce((current, step) => step.apply(current, corrections), upstream.document);
  return { upstream, document, nameOverrides: corrections.nameOverrides ?? {} };
}
