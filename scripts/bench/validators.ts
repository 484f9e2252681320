/**
 * The validators of the throughput row, each loaded the same way by the parent (to
 * report n/a) and by validation-worker.ts (to time it in a fresh process).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin, { type FormatsPlugin } from "ajv-formats";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { resolvePointer } from "../../generator/json.js";
import { buildExample, responseSchema, withItems } from "./example.js";
import { oursResponseValidator } from "./ours.js";
import { PEER_OUTPUT } from "./peers.js";

export type Check = (value: unknown) => boolean;

export interface PayloadCase {
  id: "send" | "list";
  label: string;
  operationId: string;
  functionName: string;
  heyZod: string;
  status: string;
}

export const CASES: readonly PayloadCase[] = [
  {
    id: "send",
    label: "sendMessage 202",
    operationId: "sendMessage_v1",
    functionName: "sendMessage",
    heyZod: "zSendMessageV1Response",
    status: "202",
  },
  {
    id: "list",
    label: "listMessages 200, 100 items",
    operationId: "listMessages_v1",
    functionName: "listMessages",
    heyZod: "zListMessagesV1Response",
    status: "200",
  },
];

export const VALIDATORS = ["ours", "zod 4 (hey-api)", "Ajv (compiled at run time)"] as const;
export type ValidatorName = (typeof VALIDATORS)[number];

export function buildPayload(spec: JsonObject, c: PayloadCase): JsonValue {
  const body = buildExample(responseSchema(spec, c.operationId, c.status), spec);
  return c.id === "list" ? withItems(body, 100) : body;
}

/** Schema with internal $refs replaced by their targets (Ajv then needs no registry); `$id` dropped so inlined copies do not clash. */
export function inlineRefs(schema: JsonValue, root: JsonObject, depth = 0): JsonValue {
  if (depth > 50) throw new Error("inlineRefs: $ref cycle; the bench payload schemas must be acyclic.");
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, root, depth));
  if (schema === null || typeof schema !== "object") return schema;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/")) {
    const node = resolvePointer(root, schema.$ref);
    if (node === undefined) throw new Error(`inlineRefs: $ref ${schema.$ref} points at nothing.`);
    return inlineRefs(node, root, depth + 1);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) if (key !== "$id") out[key] = inlineRefs(value, root, depth);
  return out;
}

export async function loadValidator(name: ValidatorName, c: PayloadCase, specFile: string): Promise<Check> {
  if (name === "ours") return oursResponseValidator(c.functionName, c.status);
  if (name === "zod 4 (hey-api)") {
    const zod = (await import(pathToFileURL(join(PEER_OUTPUT.heyApi, "zod.gen.ts")).href)) as Record<
      string,
      { safeParse(v: unknown): { success: boolean } } | undefined
    >;
    const schema = zod[c.heyZod];
    if (!schema) throw new Error(`hey-api's zod.gen.ts has no ${c.heyZod}`);
    return (v) => schema.safeParse(v).success;
  }
  const spec = JSON.parse(await readFile(specFile, "utf8")) as JsonObject;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  // ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
  const addFormats = (formatsPlugin as unknown as { default?: FormatsPlugin }).default ?? (formatsPlugin as unknown as FormatsPlugin);
  addFormats(ajv);
  const validate = ajv.compile(inlineRefs(responseSchema(spec, c.operationId, c.status), spec) as object);
  return (v) => validate(v) === true;
}
