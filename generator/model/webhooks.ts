/**
 * The document's `webhooks` map → WebhookModel: one event per entry (its payload
 * is the POST body the receiver gets), and the component schemas several events
 * share as named models. Names come from model/names.ts; nothing here reads the
 * supplement file (supplement.ts merged it into the document already).
 */
import type { JsonObject, JsonValue } from "../core.js";
import { InputError } from "../errors.js";
import { compareCodeUnits as compare, escapePointer, isObject } from "../json.js";
import { modelExportNames } from "./exports.js";
import { webhookEventTypeName, webhookModelName } from "./names.js";
import type { NamedModel, Schema, WebhookEventModel, WebhookModel } from "./types.js";

const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;

/** How build.ts converts one schema; passed in so this file does not import build.ts, which calls it. */
export type ConvertSchema = (document: JsonObject, value: JsonValue, pointer: string) => Schema;

export function buildWebhookModel(document: JsonObject, convertSchema: ConvertSchema): WebhookModel | undefined {
  const webhooks = isObject(document.webhooks) ? document.webhooks : {};
  const keys = Object.keys(webhooks).sort(compare);
  if (keys.length === 0) return undefined;
  const shared = new Map<string, NamedModel>();
  const events: WebhookEventModel[] = [];
  for (const key of keys) {
    const post = isObject(webhooks[key]) ? (webhooks[key] as JsonObject).post : undefined;
    if (!isObject(post)) continue;
    const body = isObject(post.requestBody) ? post.requestBody : {};
    const content = isObject(body.content) ? body.content : {};
    const media = content["application/json"];
    if (!isObject(media) || media.schema === undefined) continue;
    const pointer = `#/webhooks/${escapePointer(key)}/post/requestBody/content/application~1json/schema`;
    const converted = convertSchema(document, media.schema, pointer);
    const types = eventTypes(converted);
    // A payload without a `type` const or enum cannot be told apart from the others: it stays out of the union.
    if (types.length === 0) continue;
    const scheme = post["x-signature-scheme"] === "standard-webhooks" ? "standard-webhooks" : "legacy";
    const event: WebhookEventModel = {
      key,
      types,
      scheme,
      typeName: webhookEventTypeName(types[0]!, scheme),
      schema: nameShared(converted, true, shared),
    };
    if (typeof post.summary === "string") event.summary = post.summary;
    const source = isObject(media.schema) ? media.schema["x-source"] : undefined;
    if (typeof source === "string") event.source = source;
    events.push(event);
  }
  refuseCollisions(events, shared);
  return { events, models: [...shared.values()].sort((a, b) => compare(a.name, b.name)) };
}

/** The values of the payload's `type` property (const or enum), in the document's order. */
function eventTypes(schema: Schema): string[] {
  if (schema.kind !== "object") return [];
  const type = schema.properties.find((p) => p.name === "type")?.schema;
  if (type?.kind === "literal" && typeof type.value === "string") return [type.value];
  if (type?.kind === "enum") return type.values.filter((v): v is string => typeof v === "string");
  return [];
}

/**
 * Replace every expanded component schema below the root by a ref to its named model
 * (build.ts inlines $refs and marks the expansion with the component's pointer).
 */
function nameShared(schema: Schema, top: boolean, shared: Map<string, NamedModel>): Schema {
  const component = COMPONENT.exec(schema.pointer)?.[1];
  if (!top && component !== undefined && (schema.kind === "object" || schema.kind === "union")) {
    const name = webhookModelName(component.replace(/~1/g, "/").replace(/~0/g, "~"));
    const model = shared.get(name);
    if (!model) {
      const entry: NamedModel = { name, schema, occurrences: [schema.pointer], names: modelExportNames(name) };
      shared.set(name, entry);
      entry.schema = nameShared({ ...schema, nullable: false }, true, shared);
    }
    const ref: Schema = { kind: "ref", name, nullable: schema.nullable, pointer: schema.pointer };
    if (schema.description !== undefined) ref.description = schema.description;
    return ref;
  }
  switch (schema.kind) {
    case "object":
      return {
        ...schema,
        properties: schema.properties.map((p) => ({ ...p, schema: nameShared(p.schema, false, shared) })),
        additionalProperties:
          typeof schema.additionalProperties === "object"
            ? nameShared(schema.additionalProperties, false, shared)
            : schema.additionalProperties,
      };
    case "array":
      return { ...schema, items: nameShared(schema.items, false, shared) };
    case "union":
      return { ...schema, variants: schema.variants.map((v) => nameShared(v, false, shared)) };
    case "intersection":
      return { ...schema, members: schema.members.map((m) => nameShared(m, false, shared)) };
    default:
      return schema;
  }
}

/** Two events (or an event and a shared shape) that want one type name would overwrite each other. */
function refuseCollisions(events: WebhookEventModel[], shared: Map<string, NamedModel>): void {
  const owners = new Map<string, string>();
  for (const name of shared.keys()) owners.set(name, `components.schemas ${name}`);
  for (const event of events) {
    const other = owners.get(event.typeName);
    if (other !== undefined) {
      throw new InputError(
        `Webhooks: webhooks[${JSON.stringify(event.key)}] and ${other} both become the type ${event.typeName}. Give one of them another event type or schema name (in openphone.webhooks.json, or with the overlay).`,
      );
    }
    owners.set(event.typeName, `webhooks[${JSON.stringify(event.key)}]`);
  }
}
