/**
 * Load, second step: bytes → a validated OpenAPI document.
 *
 * Says clearly what the body is when it is not an OpenAPI JSON document (an HTML
 * or XML error page, an empty or truncated body, invalid JSON), refuses any
 * `$ref` outside the document before anything resolves it, bounds nesting depth,
 * and validates with @apidevtools/swagger-parser on a copy (never in place).
 */

import type { JsonObject, JsonValue, RawSpec } from "../core.js";
import { firstBytes, InputError } from "../errors.js";
import { escapePointer, resolvePointer } from "../json.js";

/** Deeper than any real API document; deep enough nesting would overflow the stack of every later stage. */
export const MAX_DEPTH = 256;

export async function parseSpec(raw: RawSpec): Promise<JsonObject> {
  const document = parseJson(raw);
  checkDepth(document, raw.source);
  checkIsOpenApi(document, raw.source);
  checkRefs(document, raw.source);
  checkOperationIds(document, raw.source);
  checkExpansion(document, raw.source);
  await validateWithSwaggerParser(document, raw.source);
  return document;
}

function parseJson(raw: RawSpec): JsonObject {
  const { bytes, source } = raw;
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const start = text.trimStart();
  if (start.length === 0) {
    throw new InputError(
      `The spec at ${source} is empty (${bytes.length} bytes, no JSON). Check that --spec points at the OpenAPI JSON document.`,
    );
  }
  if (start.startsWith("<")) {
    const kind = /^<(!doctype html|html|head|body)/i.test(start) ? "an HTML page" : "an XML document";
    throw new InputError(
      `The spec at ${source} is ${kind}, not an OpenAPI JSON document (first bytes: ${firstBytes(bytes)}). The server probably answered an error page; check the URL given to --spec or OPENPHONE_SPEC_URL.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message);
    throw new InputError(
      truncated
        ? `The spec at ${source} is truncated: the JSON ends early after ${bytes.length} bytes (${message}; first bytes: ${firstBytes(bytes)}). The download was probably cut off; run again, or check the server.`
        : `The spec at ${source} is not valid JSON (${message}; first bytes: ${firstBytes(bytes)}). Check that --spec points at the OpenAPI JSON document (YAML is not read).`,
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(
      `The spec at ${source} is JSON but not an object (first bytes: ${firstBytes(bytes)}), so it cannot be an OpenAPI document. Check the URL or file given to --spec.`,
    );
  }
  return value as JsonObject;
}

/** Iterative, so that the check itself cannot overflow the stack. */
function checkDepth(document: JsonObject, source: string): void {
  const stack: Array<{ value: JsonValue; depth: number; pointer: string }> = [{ value: document, depth: 0, pointer: "" }];
  while (stack.length > 0) {
    const { value, depth, pointer } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      throw new InputError(
        `The spec at ${source} nests deeper than ${MAX_DEPTH} levels (at ${truncatePointer(pointer)}). No real API document is that deep; the document is broken or hostile. Fix or refuse it upstream.`,
      );
    }
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (child !== null && typeof child === "object") {
          stack.push({ value: child, depth: depth + 1, pointer: depth < 40 ? `${pointer}/${escapePointer(key)}` : pointer });
        }
      }
    }
  }
}

function checkIsOpenApi(document: JsonObject, source: string): void {
  const version = document.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+/.test(version)) {
    const found = version === undefined ? 'no "openapi" field' : `"openapi": ${JSON.stringify(version).slice(0, 40)}`;
    throw new InputError(
      `The spec at ${source} is JSON but not an OpenAPI 3.0/3.1 document (${found}; top-level keys: ${Object.keys(document).slice(0, 8).join(", ") || "none"}). Check that --spec points at the OpenAPI document, not another JSON file.`,
    );
  }
  if (document.paths === undefined || document.paths === null || typeof document.paths !== "object") {
    throw new InputError(
      `The spec at ${source} declares OpenAPI ${version} but has no "paths" object, so there is nothing to generate. Check the document.`,
    );
  }
}

/**
 * Only internal references (`#/...`) are followed. External or remote ones are
 * refused here, before swagger-parser could try to read a file or a URL.
 */
function checkRefs(document: JsonObject, source: string): void {
  const stack: Array<{ value: JsonValue; pointer: string }> = [{ value: document, pointer: "" }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (!Array.isArray(value) && typeof value.$ref === "string") {
      const ref = value.$ref;
      if (!ref.startsWith("#/") && ref !== "#") {
        throw new InputError(
          `The spec at ${source} has an external $ref ${JSON.stringify(ref).slice(0, 200)} at ${pointer}/$ref. Only references inside the document ("#/...") are followed, so that generation never reads another file or URL. Inline the referenced schema upstream, or add it under components and point at it with "#/components/...".`,
        );
      }
      // A reference whose target is only another reference, round and round, names no schema at all.
      const chain = [ref];
      let target = resolvePointer(document, ref);
      while (
        target !== null &&
        typeof target === "object" &&
        !Array.isArray(target) &&
        typeof target.$ref === "string" &&
        target.$ref.startsWith("#/")
      ) {
        if (chain.includes(target.$ref)) {
          throw new InputError(
            `The spec at ${source} has a $ref loop that never reaches a schema: ${[...chain, target.$ref].join(" → ")} (from ${pointer}/$ref). Make one of them a real schema.`,
          );
        }
        chain.push(target.$ref);
        target = resolvePointer(document, target.$ref);
      }
      if (resolvePointer(document, ref) === undefined) {
        throw new InputError(
          `The spec at ${source} has a $ref ${JSON.stringify(ref).slice(0, 200)} at ${pointer}/$ref that points at nothing in the document. Fix the reference or add the missing component.`,
        );
      }
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, pointer: `${pointer}/${escapePointer(key)}` });
  }
}

/** Above this, the document with its $refs expanded is too large to validate or model. */
export const MAX_EXPANDED_NODES = 2_000_000;

/**
 * Bounds the work of every later stage. swagger-parser's validation and the
 * model expand $refs; a "billion laughs" document (each level referencing the
 * next twice) is small on disk and exponential once expanded. The expanded size
 * is counted here in linear time (each reference target counted once).
 */
function checkExpansion(document: JsonObject, source: string): void {
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const sizeOf = (value: JsonValue): number => {
    if (value === null || typeof value !== "object") return 1;
    if (!Array.isArray(value) && typeof value.$ref === "string") {
      const ref = value.$ref;
      const known = memo.get(ref);
      if (known !== undefined) return known;
      if (inProgress.has(ref)) return 1; // a cycle is expanded once, then named
      inProgress.add(ref);
      const target = resolvePointer(document, ref);
      const size = target === undefined ? 1 : sizeOf(target);
      inProgress.delete(ref);
      memo.set(ref, size);
      return size;
    }
    let total = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      total += sizeOf(child);
      if (total > MAX_EXPANDED_NODES) break;
    }
    return Math.min(total, MAX_EXPANDED_NODES + 1);
  };
  if (sizeOf(document) > MAX_EXPANDED_NODES) {
    const worst = [...memo].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "its $refs";
    throw new InputError(
      `The spec at ${source} expands to more than ${MAX_EXPANDED_NODES} schema nodes once its $refs are followed (largest: ${worst}). References that multiply at every level make validation and generation exponential; no real API needs that. The document is broken or hostile: fix or refuse it upstream.`,
    );
  }
}

/** Operation ids name functions and types: two operations with one id cannot both be generated. */
function checkOperationIds(document: JsonObject, source: string): void {
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (operation === null || typeof operation !== "object" || Array.isArray(operation)) continue;
      const id = operation.operationId;
      if (typeof id !== "string") continue;
      const where = `/paths/${escapePointer(path)}/${method}`;
      const first = seen.get(id);
      if (first) {
        throw new InputError(
          `The spec at ${source} uses the operationId ${JSON.stringify(id).slice(0, 100)} twice, at ${first} and ${where}. OpenAPI requires them to be unique; rename one (upstream, or with an action in openphone.overlay.json).`,
        );
      }
      seen.set(id, where);
    }
  }
}

function truncatePointer(pointer: string): string {
  return pointer.length > 120 ? `${pointer.slice(0, 120)}…` : pointer || "/";
}

async function validateWithSwaggerParser(document: JsonObject, source: string): Promise<void> {
  // Loaded on demand: `--offline` runs never validate, and this import is a sizeable part of start-up.
  const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
  try {
    // A deep copy: swagger-parser dereferences in place, and the document we keep must stay as published.
    await SwaggerParser.validate(structuredClone(document) as never, {
      resolve: { external: false },
      dereference: { circular: "ignore" },
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n").slice(0, 6).join(" ");
    throw new InputError(
      `The spec at ${source} is not a valid OpenAPI document: ${message.slice(0, 600)}. Fix the document (or report it upstream); nothing was written.`,
    );
  }
}
