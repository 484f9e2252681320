/**
 * The webhook supplement (openphone.webhooks.json): the published API document
 * has no `webhooks` section, so the event payloads are committed here, as an
 * OpenAPI 3.1 fragment (`webhooks` plus the `components.schemas` they refer to),
 * each payload schema citing its source in `x-source`.
 *
 * Merged after the overlay and before modelling, like the overlay: the snapshot
 * keeps the upstream's bytes. Entries the vendor publishes itself win; the
 * supplement's entries for them are skipped with a warning that names them, so
 * the day the vendor publishes its own, a reviewer compares and deletes ours.
 */
import { existsSync } from "node:fs";
import type { JsonObject, JsonValue } from "./core.js";
import { deepEqual } from "./diff/equal.js";
import { InputError } from "./errors.js";
import { escapePointer, isObject } from "./json.js";
import { readJsonInput } from "./load/document.js";

export const DEFAULT_WEBHOOKS_FILE = "openphone.webhooks.json";

export const SIGNATURE_SCHEMES = ["legacy", "standard-webhooks"] as const;

export interface WebhookSupplement {
  document: JsonObject;
  file: string;
}

/**
 * Read and check the supplement. Absent default file → undefined (nothing to merge);
 * an explicitly named file that is missing, or any malformed file → InputError (exit 2).
 */
export function loadWebhookSupplement(file: string | undefined): WebhookSupplement | undefined {
  const path = file ?? DEFAULT_WEBHOOKS_FILE;
  if (file === undefined && !existsSync(path)) return undefined;
  const parsed = readJsonInput(path, {
    flag: "--webhooks",
    what: "webhook supplement",
    format: 'an OpenAPI 3.1 fragment with a top-level "webhooks" map',
  });
  checkSupplement(parsed, path);
  return { document: parsed as JsonObject, file: path };
}

/** The shape the model relies on, with a one-paragraph error naming the place and the fix. */
export function checkSupplement(value: unknown, file: string): asserts value is JsonObject {
  const refuse = (where: string, what: string): never => {
    throw new InputError(
      `${file}: ${where} ${what}. Each entry of "webhooks" needs post.requestBody.content["application/json"].schema (an object schema whose "type" property is a const or enum of event types) with a string "x-source", and post["x-signature-scheme"] set to ${SIGNATURE_SCHEMES.map((s) => `"${s}"`).join(" or ")}.`,
    );
  };
  if (!isObject(value)) return refuse("the top level", "is not a JSON object");
  if (value.openapi !== undefined && (typeof value.openapi !== "string" || !value.openapi.startsWith("3.1")))
    refuse('"openapi"', `is ${JSON.stringify(value.openapi)}; a top-level webhooks map needs OpenAPI 3.1`);
  const webhooks = value.webhooks;
  if (!isObject(webhooks) || Object.keys(webhooks).length === 0) return refuse('"webhooks"', "is missing or empty");
  for (const key of Object.keys(webhooks)) {
    const where = `webhooks[${JSON.stringify(key)}]`;
    const post = isObject(webhooks[key]) ? (webhooks[key] as JsonObject).post : undefined;
    if (!isObject(post)) refuse(where, "has no post operation");
    const scheme = (post as JsonObject)["x-signature-scheme"];
    if (!SIGNATURE_SCHEMES.includes(scheme as (typeof SIGNATURE_SCHEMES)[number]))
      refuse(`${where}.post["x-signature-scheme"]`, `is ${JSON.stringify(scheme ?? null)}`);
    const body = (post as JsonObject).requestBody;
    const content = isObject(body) && isObject(body.content) ? body.content["application/json"] : undefined;
    const schema = isObject(content) ? content.schema : undefined;
    if (!isObject(schema)) return refuse(where, 'has no requestBody.content["application/json"].schema');
    if (typeof schema["x-source"] !== "string" || schema["x-source"].trim() === "")
      refuse(`${where} payload schema`, 'does not cite its source ("x-source")');
  }
  const components = value.components;
  if (components !== undefined && (!isObject(components) || (components.schemas !== undefined && !isObject(components.schemas))))
    refuse('"components"', 'must be an object whose "schemas" is an object');
  checkRefs(value, value, "", file);
}

/** Every $ref must point inside the supplement: the fragment is merged on its own. */
function checkRefs(root: JsonObject, node: JsonValue, pointer: string, file: string): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) checkRefs(root, item, `${pointer}/${i}`, file);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === "string" && resolve(root, node.$ref) === undefined) {
    throw new InputError(
      `${file}: the $ref ${JSON.stringify(node.$ref)} at ${pointer || "/"} points nowhere in the supplement. Add the schema under components.schemas, or fix the reference.`,
    );
  }
  for (const key of Object.keys(node)) checkRefs(root, node[key] as JsonValue, `${pointer}/${escapePointer(key)}`, file);
}

/**
 * `doc` with the supplement's webhooks and their component schemas added. Pure: the input
 * is not modified. Webhooks the document already has win (their names go to `warn`); a
 * component schema of the same name with other content is refused, since the supplement's
 * $refs would then silently point at the vendor's schema.
 */
export function mergeWebhookSupplement(
  doc: JsonObject,
  supplement: WebhookSupplement,
  warn: (message: string) => void = () => {},
): JsonObject {
  const out: JsonObject = { ...doc };
  const published = isObject(doc.webhooks) ? doc.webhooks : {};
  const webhooks: JsonObject = { ...published };
  const skipped: string[] = [];
  const extra = supplement.document.webhooks as JsonObject;
  for (const key of Object.keys(extra)) {
    if (Object.hasOwn(published, key)) skipped.push(key);
    else define(webhooks, key, structuredClone(extra[key] as JsonValue));
  }
  out.webhooks = webhooks;
  if (skipped.length > 0) {
    const differing = skipped.filter((key) => !deepEqual(published[key], extra[key]));
    const names = (keys: string[]) => keys.map((k) => JSON.stringify(k)).join(", ");
    warn(
      `The API document publishes its own webhooks ${names(skipped)}; the entries of ${supplement.file} for them were skipped` +
        (differing.length > 0
          ? ` (${names(differing)} differ${differing.length === 1 ? "s" : ""} from the supplement's: \`npm run diff -- ${supplement.file} <the document>\` shows how).`
          : " (they are identical).") +
        ` Delete them from ${supplement.file}.`,
    );
  }
  const ours = isObject(supplement.document.components) ? supplement.document.components.schemas : undefined;
  if (isObject(ours) && Object.keys(ours).length > 0) {
    const components: JsonObject = isObject(doc.components) ? { ...doc.components } : {};
    const schemas: JsonObject = isObject(components.schemas) ? { ...components.schemas } : {};
    for (const name of Object.keys(ours)) {
      if (Object.hasOwn(schemas, name)) {
        if (deepEqual(schemas[name], ours[name])) continue;
        throw new InputError(
          `${supplement.file}: components.schemas[${JSON.stringify(name)}] differs from the API document's schema of that name. Rename it in the supplement (and its $refs) so the two do not collide.`,
        );
      }
      define(schemas, name, structuredClone(ours[name] as JsonValue));
    }
    components.schemas = schemas;
    out.components = components;
  }
  return out;
}

function define(target: JsonObject, key: string, value: JsonValue): void {
  // defineProperty, not assignment: a key named "__proto__" must stay an own data property.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function resolve(root: JsonObject, ref: string): JsonValue | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let node: JsonValue | undefined = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}
