/**
 * `src/openapi.ts`: openapi-typescript's `paths`/`operations`/`components`, for
 * users who want the raw shapes. Printed with its own printer (astToString):
 * its nodes belong to its own compiler copy and are never handed to ts-morph.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { GeneratedFile, JsonObject } from "../core.js";
import { GENERATED_HEADER } from "./header.js";

export async function emitRawTypes(document: JsonObject): Promise<GeneratedFile> {
  // openapi-typescript may annotate the object it is given; it gets a copy.
  const ast = await openapiTS(structuredClone(document) as never, { silent: true });
  return { path: "src/openapi.ts", contents: `${GENERATED_HEADER}\n${astToString(ast)}`, typesOnly: true };
}
