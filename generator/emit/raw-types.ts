/**
 * `src/openapi.ts`: openapi-typescript's `paths`/`operations`/`components`, for
 * users who want the raw shapes, from the corrected document (correct.ts), like
 * every other file. Printed with openapi-typescript's own printer (astToString):
 * its nodes belong to its own copy of the TypeScript compiler.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { JsonObject } from "../core.js";
import { InputError } from "../errors.js";
import { GENERATED_HEADER } from "./header.js";

/** The text of src/openapi.ts. Throws InputError for a document openapi-typescript refuses. */
export async function rawTypesSource(document: JsonObject): Promise<string> {
  // openapi-typescript may annotate the object it is given; it gets a copy.
  let ast: Awaited<ReturnType<typeof openapiTS>>;
  try {
    ast = await openapiTS(structuredClone(document) as never, { silent: true });
  } catch (error) {
    // openapi-typescript (through @redocly) refuses some documents our own stages accept, e.g. a property named "hasOwnProperty".
    throw new InputError(
      `openapi-typescript could not turn the spec into the raw \`paths\`/\`operations\` types: ${(error as Error).message}. Correct the offending part with an action in openphone.overlay.json, or report it upstream.`,
    );
  }
  return `${GENERATED_HEADER}\n${astToString(ast)}`;
}
