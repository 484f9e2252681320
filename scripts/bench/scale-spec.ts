/**
 * Synthetic specs for the scale test: the snapshot's operations
 * replicated ×k under renamed paths and operationIds, with every object's key
 * order shuffled by a seeded generator. Pure: same input, factor and seed give the
 * same document. Replica 0 keeps the original paths and operationIds, so ×1 is the
 * snapshot itself (shuffled).
 *
 *   /v1/messages           → /v1/messages-r3            (first literal segment after the version)
 *   /v1/contacts/{id}      → /v1/contacts-r3/{id}
 *   sendMessage_v1         → sendMessageR3_v1           (before the `_vN` suffix, else at the end)
 */
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { HTTP_METHODS } from "../../generator/json.js";

const HTTP_METHOD_NAMES: ReadonlySet<string> = new Set(HTTP_METHODS);

export function renamePath(path: string, replica: number): string {
  if (replica === 0) return path;
  const segments = path.split("/");
  // Skip "", the version segment (v1) and path parameters: the rename must stay a literal.
  const index = segments.findIndex((segment, i) => i > 0 && segment !== "" && !/^v\d+$/.test(segment) && !segment.includes("{"));
  if (index === -1) return `${path.replace(/\/$/, "")}/r${replica}`;
  segments[index] = `${segments[index]}-r${replica}`;
  return segments.join("/");
}

export function renameOperationId(operationId: string, replica: number): string {
  if (replica === 0) return operationId;
  const versioned = /^(.*?)(_v\d+)$/.exec(operationId);
  return versioned ? `${versioned[1]}R${replica}${versioned[2]}` : `${operationId}R${replica}`;
}

/** mulberry32: a tiny seeded PRNG, enough to make key order deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deep copy with every object's keys in a shuffled (Fisher–Yates) order; arrays keep their order (it can be meaningful). */
export function shuffleKeys(value: JsonValue, random: () => number): JsonValue {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  const out: JsonObject = {};
  for (const key of keys) out[key] = shuffleKeys(value[key] as JsonValue, random);
  return out;
}

export interface ScaleSpecOptions {
  factor: number;
  seed: number;
}

export function buildScaleSpec(spec: JsonObject, { factor, seed }: ScaleSpecOptions): JsonObject {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`Scale factor must be a positive integer; got ${factor}.`);
  const paths = spec.paths;
  if (paths === null || typeof paths !== "object" || Array.isArray(paths)) {
    throw new Error("Scale spec: the input has no `paths` object; pass an OpenAPI document (the snapshot generated/openapi.json).");
  }
  const outPaths: JsonObject = {};
  const seenIds = new Set<string>();
  for (let replica = 0; replica < factor; replica++) {
    for (const [path, item] of Object.entries(paths)) {
      const renamed = renamePath(path, replica);
      if (renamed in outPaths)
        throw new Error(
          `Scale spec: path ${JSON.stringify(renamed)} (replica ${replica} of ${JSON.stringify(path)}) collides with another path.`,
        );
      outPaths[renamed] = renameItem(item, replica, seenIds, path);
    }
  }
  return shuffleKeys({ ...spec, paths: outPaths }, seededRandom(seed)) as JsonObject;
}

function renameItem(item: JsonValue, replica: number, seenIds: Set<string>, path: string): JsonValue {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return structuredClone(item);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(item)) {
    if (HTTP_METHOD_NAMES.has(key) && value !== null && typeof value === "object" && !Array.isArray(value)) {
      const operation: JsonObject = structuredClone(value);
      if (typeof operation.operationId === "string") {
        operation.operationId = renameOperationId(operation.operationId, replica);
        if (seenIds.has(operation.operationId)) {
          throw new Error(
            `Scale spec: operationId ${JSON.stringify(operation.operationId)} (${key.toUpperCase()} ${path}, replica ${replica}) is not unique.`,
          );
        }
        seenIds.add(operation.operationId);
      }
      out[key] = operation;
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

/** Operations in a document (method entries under `paths`). */
export function countOperations(spec: JsonObject): number {
  const paths = spec.paths;
  if (paths === null || typeof paths !== "object" || Array.isArray(paths)) return 0;
  let count = 0;
  for (const item of Object.values(paths)) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    for (const key of Object.keys(item)) if (HTTP_METHOD_NAMES.has(key)) count++;
  }
  return count;
}
