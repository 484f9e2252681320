import type { JsonObject, JsonValue } from "../../core.js";
import { escapePointer, isObject } from "../../json.js";
import { DOC_KEYWORDS } from "../schema-view.js";

export function schemes(document: JsonObject): Map<string, JsonValue> {
  const components = isObject(document.components) ? document.components : {};
  const all = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return new Map(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name]!] as const),
  );
}

export function withoutDocs(value: JsonValue): JsonValue {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !DOC_KEYWORDS.has(k) && !k.startsWith("x-")));
}

/** Servers by URL: their order and descriptions are not the contract. */
export function servers(document: JsonObject): Map<string, number> {
  const list = Array.isArray(document.servers) ? document.servers : [];
  const out = new Map<string, number>();
  list.forEach((server, index) => {
    if (isObject(server) && typeof server.url === "string" && !out.has(server.url)) out.set(server.url, index);
  });
  return out;
}

export function tags(document: JsonObject): Map<string, number> {
  const list = Array.isArray(document.tags) ? document.tags : [];
  const out = new Map<string, number>();
  list.forEach((tag, index) => {
    if (isObject(tag) && typeof tag.name === "string" && !out.has(tag.name)) out.set(tag.name, index);
  });
  return out;
}

/** Named schemas (components.schemas), name → pointer. */
export function componentSchemas(document: JsonObject): Map<string, string> {
  const components = isObject(document.components) ? document.components : {};
  const all = isObject(components.schemas) ? components.schemas : {};
  return new Map(
    Object.keys(all)
      .sort()
      .map((name) => [name, `/components/schemas/${escapePointer(name)}`] as const),
  );
}
