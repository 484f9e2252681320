/** scripts/bench/scale-spec.ts: the synthetic ×k specs of the scale benchmark. */

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import {
  buildScaleSpec,
  countOperations,
  renameOperationId,
  renamePath,
  seededRandom,
  shuffleKeys,
} from "../../scripts/bench/scale-spec.js";

describe("renamePath", () => {
  const rows: Array<[string, number, string]> = [
    ["/v1/messages", 0, "/v1/messages"],
    ["/v1/messages", 3, "/v1/messages-r3"],
    ["/v1/contacts/{id}", 2, "/v1/contacts-r2/{id}"],
    ["/v1/webhooks/messages", 5, "/v1/webhooks-r5/messages"],
    ["/messages", 1, "/messages-r1"],
    ["/v1/{id}", 4, "/v1/{id}/r4"],
    ["/", 7, "/r7"],
  ];
  for (const [given, replica, want] of rows) it(`${given} ×${replica} → ${want}`, () => expect(renamePath(given, replica)).toBe(want));
});

describe("renameOperationId", () => {
  const rows: Array<[string, number, string]> = [
    ["sendMessage_v1", 0, "sendMessage_v1"],
    ["sendMessage_v1", 3, "sendMessageR3_v1"],
    ["listCalls_v12", 10, "listCallsR10_v12"],
    ["getThing", 2, "getThingR2"],
  ];
  for (const [given, replica, want] of rows)
    it(`${given} ×${replica} → ${want}`, () => expect(renameOperationId(given, replica)).toBe(want));
});

const tiny: JsonObject = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/v1/messages": {
      parameters: [{ name: "x", in: "query", schema: { type: "string" } }],
      get: { operationId: "listMessages_v1", responses: { "200": { description: "ok" } } },
      post: { operationId: "sendMessage_v1", responses: { "202": { description: "ok" } } },
    },
    "/v1/contacts/{id}": { get: { operationId: "getContactById_v1", responses: { "200": { description: "ok" } } } },
  },
  components: { schemas: { A: { type: "object", properties: { b: { type: "string" }, a: { type: "integer" } } } } },
};

/** Key order erased: objects compared by content only. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  );
}

function operationIds(spec: JsonObject): string[] {
  const ids: string[] = [];
  for (const item of Object.values(spec.paths as JsonObject)) {
    for (const op of Object.values(item as JsonObject)) {
      if (op && typeof op === "object" && !Array.isArray(op) && typeof op.operationId === "string") ids.push(op.operationId);
    }
  }
  return ids.sort();
}

describe("buildScaleSpec", () => {
  it("×1 is the input with only its key order changed", () => {
    const out = buildScaleSpec(tiny, { factor: 1, seed: 1 });
    expect(sorted(out)).toEqual(sorted(tiny));
  });

  it("×3 replicates every operation under renamed paths and operationIds, leaving the rest shared", () => {
    const out = buildScaleSpec(tiny, { factor: 3, seed: 1 });
    expect(Object.keys(out.paths as JsonObject).sort()).toEqual([
      "/v1/contacts-r1/{id}",
      "/v1/contacts-r2/{id}",
      "/v1/contacts/{id}",
      "/v1/messages",
      "/v1/messages-r1",
      "/v1/messages-r2",
    ]);
    expect(operationIds(out)).toEqual([
      "getContactByIdR1_v1",
      "getContactByIdR2_v1",
      "getContactById_v1",
      "listMessagesR1_v1",
      "listMessagesR2_v1",
      "listMessages_v1",
      "sendMessageR1_v1",
      "sendMessageR2_v1",
      "sendMessage_v1",
    ]);
    const replica = (out.paths as JsonObject)["/v1/messages-r2"] as JsonObject;
    const original = (tiny.paths as JsonObject)["/v1/messages"] as JsonObject;
    expect(sorted(replica.parameters)).toEqual(sorted(original.parameters));
    expect(sorted({ ...(replica.post as JsonObject), operationId: "sendMessage_v1" })).toEqual(sorted(original.post));
    expect(sorted(out.components)).toEqual(sorted(tiny.components));
    expect(countOperations(out)).toBe(3 * countOperations(tiny));
  });

  it("is deterministic for a seed, and the seed changes the key order", () => {
    const a = JSON.stringify(buildScaleSpec(tiny, { factor: 4, seed: 7 }));
    expect(JSON.stringify(buildScaleSpec(tiny, { factor: 4, seed: 7 }))).toBe(a);
    expect(JSON.stringify(buildScaleSpec(tiny, { factor: 4, seed: 8 }))).not.toBe(a);
  });

  it("does not modify its input", () => {
    const before = JSON.stringify(tiny);
    buildScaleSpec(tiny, { factor: 4, seed: 3 });
    expect(JSON.stringify(tiny)).toBe(before);
  });

  it("refuses a factor that is not a positive integer, and a document without paths", () => {
    expect(() => buildScaleSpec(tiny, { factor: 0, seed: 1 })).toThrow(/positive integer/);
    expect(() => buildScaleSpec(tiny, { factor: 1.5, seed: 1 })).toThrow(/positive integer/);
    expect(() => buildScaleSpec({ openapi: "3.1.0" }, { factor: 2, seed: 1 })).toThrow(/no `paths` object/);
  });

  it("reports a collision instead of silently overwriting a path", () => {
    const clash: JsonObject = { paths: { "/v1/a": {}, "/v1/a-r1": {} } };
    expect(() => buildScaleSpec(clash, { factor: 2, seed: 1 })).toThrow(/collides/);
  });

  it("scales the real snapshot: 22 operations ×4 → 88, all operationIds unique", () => {
    const spec = JSON.parse(
      readFileSync(path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json"), "utf8"),
    ) as JsonObject;
    const out = buildScaleSpec(spec, { factor: 4, seed: 2 });
    expect(countOperations(spec)).toBe(22);
    expect(countOperations(out)).toBe(88);
    expect(new Set(operationIds(out)).size).toBe(88);
  });
});

describe("shuffleKeys", () => {
  it("keeps array order and content, and reorders object keys", () => {
    const value = { a: 1, b: 2, c: 3, d: 4, e: 5, f: [3, 1, 2] };
    const orders = new Set<string>();
    for (let seed = 0; seed < 10; seed++) {
      const out = shuffleKeys(value, seededRandom(seed)) as Record<string, unknown>;
      expect(sorted(out)).toEqual(sorted(value));
      expect(out.f).toEqual([3, 1, 2]);
      orders.add(Object.keys(out).join(""));
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});
