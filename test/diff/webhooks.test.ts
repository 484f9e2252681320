import { describe, expect, it } from "vitest";
import { loadSide } from "../../generator/cli/diff.js";
import type { JsonObject } from "../../generator/core.js";
import { diffSpecs, renderReport } from "../../generator/diff/index.js";
import type { Change } from "../../generator/diff/types.js";
import { loadWebhookSupplement, mergeWebhookSupplement } from "../../generator/supplement.js";
import { docWith } from "./helpers.js";

/** The committed supplement on a minimal document: the day the vendor publishes `webhooks`, this is what the diff sees. */
const base = mergeWebhookSupplement(docWith({ type: "object" }), loadWebhookSupplement("openphone.webhooks.json")!);
const ctx = { base: { source: "base.json", sha256: "1".repeat(64) }, revision: { source: "rev.json", sha256: "2".repeat(64) } };

// biome-ignore lint/suspicious/noExplicitAny: the edits reach deep into a parsed JSON document
type Loose = Record<string, any>;

function edit(change: (doc: Loose) => void): JsonObject {
  const revision = structuredClone(base) as Loose;
  change(revision);
  return revision as JsonObject;
}
const schemaOf = (doc: Loose, key: string) => doc.webhooks[key].post.requestBody.content["application/json"].schema;
const pick = (changes: Change[]) =>
  changes.map((c) => ({ id: c.id, severity: c.severity, direction: c.direction, method: c.method, path: c.path }));

describe("diff: webhooks are part of the contract", () => {
  it("the same document twice: no change", () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual([]);
  });

  it("a payload property removed is reported like a response property removed, as POST webhook <name>", () => {
    const revision = edit((doc) => {
      delete schemaOf(doc, "2026-03-30/call.missed").properties.data.properties.resource.properties.updatedAt;
    });
    const changes = diffSpecs(base, revision);
    expect(pick(changes)).toEqual([
      {
        id: "response-property-removed",
        severity: expect.any(String),
        direction: "response",
        method: "POST",
        path: "webhook 2026-03-30/call.missed",
      },
    ]);
    expect(changes[0]!.location).toBe(
      "/webhooks/2026-03-30~1call.missed/post/requestBody/content/application~1json/schema/properties/data/properties/resource/properties/updatedAt",
    );
    const text = renderReport("text", changes, ctx);
    expect(text).toContain("POST webhook 2026-03-30/call.missed");
  });

  it("a change to a shared component shows under every event that carries it, in the response direction", () => {
    const revision = edit((doc) => {
      doc.components.schemas.WebhookLegacyMessage.properties.direction.enum.push("internal");
    });
    const changes = diffSpecs(base, revision);
    expect(new Set(changes.map((c) => c.id))).toEqual(new Set(["response-enum-value-added"]));
    expect(changes.map((c) => c.path).sort()).toEqual(["webhook message.delivered", "webhook message.received"]);
    expect(changes.every((c) => c.direction === "response")).toBe(true);
  });

  it("no request-direction rule fires on a payload (a new required property is the sender's promise, not the receiver's burden)", () => {
    const revision = edit((doc) => {
      const schema = schemaOf(doc, "call.ringing");
      schema.properties.deliveredAt = { type: "string" };
      schema.required.push("deliveredAt");
    });
    const changes = diffSpecs(base, revision);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.direction === "response" && c.path === "webhook call.ringing")).toBe(true);
    expect(changes.map((c) => c.id)).toContain("response-property-added");
  });

  it("an event added or removed is an operation added or removed", () => {
    const added = edit((doc) => {
      doc.webhooks["2026-03-30/task.created"] = structuredClone(doc.webhooks["2026-03-30/call.missed"]);
    });
    expect(pick(diffSpecs(base, added))).toEqual([
      { id: "operation-added", severity: expect.any(String), direction: "both", method: "POST", path: "webhook 2026-03-30/task.created" },
    ]);
    const removed = diffSpecs(added, base);
    expect(removed.map((c) => [c.id, c.path])).toEqual([["operation-removed", "webhook 2026-03-30/task.created"]]);
  });

  it("npm run diff reads a document of webhooks only, such as the supplement itself", async () => {
    const side = await loadSide("openphone.webhooks.json", "base");
    expect(Object.keys(side.document.webhooks as JsonObject).length).toBeGreaterThan(20);
  });
});
