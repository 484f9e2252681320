/**
 * The two real OpenPhone documents, in both directions, with assertions on the
 * concrete findings (issue 3). Both are byte-for-byte copies under test/fixtures/upstream/.
 */
import { describe, expect, it } from "vitest";
import { type Change, diffSpecs, renderReport, summarize } from "../../generator/diff/index.js";
import { NEWER_LOOKING, OLDER_LOOKING, readJson } from "./helpers.js";

const june = readJson(OLDER_LOOKING); // 2025-06-16 copy (has GET /v1/contacts, externalId, ...)
const december = readJson(NEWER_LOOKING); // 2025-12-15 copy (lacks them)
const forward = diffSpecs(june, december);
const backward = diffSpecs(december, june);
const ctx = { base: { source: "june.json", sha256: "a".repeat(64) }, revision: { source: "december.json", sha256: "b".repeat(64) } };

/** "rule-id METHOD /path property" — one string per distinct finding, ignoring which status it sits under. */
function distinct(changes: Change[], severity: Change["severity"]): string[] {
  const leaf = (c: Change) => /.*\/properties\/([^/]+)/.exec(c.location)?.[1] ?? "";
  return [...new Set(changes.filter((c) => c.severity === severity).map((c) => `${c.id} ${c.method} ${c.path} ${leaf(c)}`.trim()))].sort();
}

describe("06-16 → 12-15 (operations and fields disappear)", () => {
  it("lists exactly the breaking changes", () => {
    expect(distinct(forward, "breaking")).toEqual(
      [
        "operation-removed GET /v1/contacts",
        "operation-removed GET /v1/conversations",
        "request-property-removed PATCH /v1/contacts/{id} externalId",
        "request-property-removed PATCH /v1/contacts/{id} source",
        "request-property-removed PATCH /v1/contacts/{id} sourceUrl",
        "request-property-removed POST /v1/contacts externalId",
        "request-property-removed POST /v1/contacts source",
        "request-property-removed POST /v1/contacts sourceUrl",
        "response-property-removed GET /v1/call-summaries/{callId} jobs",
        "response-property-removed GET /v1/contacts/{id} externalId",
        "response-property-removed GET /v1/contacts/{id} sourceUrl",
        "response-property-removed PATCH /v1/contacts/{id} externalId",
        "response-property-removed PATCH /v1/contacts/{id} sourceUrl",
        "response-property-removed POST /v1/contacts externalId",
        "response-property-removed POST /v1/contacts sourceUrl",
        // errors[] items: a new {key, reason} variant, and `value` gone from the old one — in every error response.
        ...forward
          .filter((c) => c.id === "response-union-branch-added")
          .map((c) => `response-union-branch-added ${c.method} ${c.path} errors`),
        ...forward
          .filter((c) => c.id === "response-property-removed" && c.location.endsWith("/value"))
          .map((c) => `response-property-removed ${c.method} ${c.path} value`),
      ]
        .filter((v, i, all) => all.indexOf(v) === i)
        .sort(),
    );
  });

  it("reports the errors[] item shape change once per error response: 103 of them across 20 operations", () => {
    const shape = forward.filter((c) => c.id === "response-union-branch-added");
    expect(shape).toHaveLength(103);
    expect(new Set(shape.map((c) => `${c.method} ${c.path}`)).size).toBe(20);
    expect(shape.every((c) => c.location.includes("/properties/errors/items/anyOf/0"))).toBe(true);
    expect(shape[0]!.after).toEqual({ properties: ["key", "reason"], required: ["key", "reason"] });
    expect(
      forward.filter((c) => c.id === "response-property-removed" && c.location.endsWith("/errors/items/properties/value")),
    ).toHaveLength(103);
  });

  it("flags the removed GET /v1/contacts as breaking, at its base location", () => {
    const removed = forward.find((c) => c.id === "operation-removed" && c.path === "/v1/contacts");
    expect(removed).toMatchObject({
      severity: "breaking",
      method: "GET",
      operationId: "listContacts_v1",
      location: "/paths/~1v1~1contacts/get",
      before: "listContacts_v1",
    });
  });

  it("classifies the 409s, E.164 patterns, nullability and validation keywords", () => {
    expect(forward.filter((c) => c.id === "response-error-status-removed").map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /v1/contacts",
      "GET /v1/contacts/{id}",
      "DELETE /v1/contacts/{id}",
      "PATCH /v1/contacts/{id}",
    ]);
    const e164 = "^\\+[1-9]\\d{1,14}$";
    expect(forward.filter((c) => c.id === "request-pattern-removed" && c.before === e164)).toHaveLength(3);
    expect(forward.filter((c) => c.id === "response-pattern-removed" && c.before === e164)).toHaveLength(10);
    expect(forward.filter((c) => c.id === "response-property-became-non-nullable").map((c) => c.severity)).toEqual([
      "info",
      "info",
      "info",
    ]);
    expect(forward.filter((c) => c.id === "inapplicable-keyword-changed" && c.after === 1)).toHaveLength(8);
    expect(forward.filter((c) => c.id === "tag-removed").map((c) => c.before)).toEqual(["Conversations"]);
    expect(forward.filter((c) => c.id === "extension-changed").map((c) => c.location)).toEqual(["/x-kong-plugin-rate-limiting"]);
  });

  it("treats the description/example edits as docs only, and nothing else as docs", () => {
    const docs = forward.filter((c) => c.severity === "docs");
    expect(docs.length).toBeGreaterThan(300);
    expect(new Set(docs.map((c) => c.id))).toEqual(new Set(["description-changed", "example-changed"]));
    expect(forward.filter((c) => c.id.endsWith("-changed") && /description|example/.test(c.id) && c.severity !== "docs")).toEqual([]);
  });

  it("does not report the operation-level security moving to the document level (the effective requirement is the same)", () => {
    expect(forward.some((c) => c.id.startsWith("security-"))).toBe(false);
  });

  it("does not report the reordered `required` list of defaultFields", () => {
    expect(forward.some((c) => c.severity !== "docs" && c.location.includes("defaultFields"))).toBe(false);
  });
});

describe("12-15 → 06-16 (operations and fields appear)", () => {
  it("has only the nullable `source` as breaking", () => {
    expect(distinct(backward, "breaking")).toEqual([
      "response-property-became-nullable GET /v1/contacts/{id} source",
      "response-property-became-nullable PATCH /v1/contacts/{id} source",
      "response-property-became-nullable POST /v1/contacts source",
    ]);
  });

  it("reports GET /v1/contacts as an added operation", () => {
    expect(backward.find((c) => c.path === "/v1/contacts" && c.method === "GET")).toMatchObject({
      id: "operation-added",
      severity: "info",
      location: "/paths/~1v1~1contacts/get",
    });
    expect(backward.filter((c) => c.id === "operation-added").map((c) => c.path)).toEqual(["/v1/contacts", "/v1/conversations"]);
  });

  it("lists exactly the warnings", () => {
    expect(distinct(backward, "warning")).toEqual([
      "request-pattern-added GET /v1/messages",
      "request-pattern-added POST /v1/messages from",
      "request-pattern-added POST /v1/messages to",
      "response-error-status-added DELETE /v1/contacts/{id}",
      "response-error-status-added GET /v1/contacts/{id}",
      "response-error-status-added PATCH /v1/contacts/{id}",
      "response-error-status-added POST /v1/contacts",
    ]);
  });

  it("sees the errors[] item variant going away as compatible", () => {
    const gone = backward.filter((c) => c.id === "response-union-branch-removed");
    expect(gone).toHaveLength(103);
    expect(gone.every((c) => c.severity === "info")).toBe(true);
  });

  it("mirrors the forward counts of the symmetric findings", () => {
    expect(summarize(backward).docs).toBe(summarize(forward).docs);
    expect(backward.filter((c) => c.id === "request-optional-property-added")).toHaveLength(6);
  });
});

describe("output", () => {
  it("has no duplicates and a total, stable order", () => {
    for (const changes of [forward, backward]) {
      const keys = changes.map((c) => `${c.id} ${c.method} ${c.path} ${c.location}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(diffSpecs(june, december)).toEqual(forward);
    }
  });

  it("does not depend on the key order of the input", () => {
    const reversed = JSON.parse(
      JSON.stringify(june, (_k, v) =>
        v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    );
    expect(diffSpecs(reversed, december)).toEqual(forward);
  });

  it("finds nothing between a document and itself", () => {
    expect(diffSpecs(june, june)).toEqual([]);
    expect(diffSpecs(december, december)).toEqual([]);
  });

  it("keeps the markdown before its folds short enough for one screen", () => {
    const markdown = renderReport("markdown", forward, ctx);
    const beforeFolds = markdown.slice(0, markdown.indexOf("\n<details>")).split("\n");
    expect(beforeFolds.length).toBeLessThanOrEqual(40);
    // The 103 error-item changes are one line naming the operations, details folded.
    const line = markdown.split("\n").find((l) => l.includes("response-union-branch-added"))!;
    expect(line).toContain("20 operations");
    expect(line).toContain("×103");
    expect(line).toContain("<details><summary>operations</summary>GET /v1/call-recordings/{callId} (400, 401, 403, 404, 500)");
    expect(markdown).toContain("<details><summary>Documentation only: ");
  });
});
