/**
 * Branching-aware severity: a value no generated code branches on (the `docs`
 * link of every error body) is ranked below one it does (an error `code`, a
 * success body the response validators check, a union discriminator).
 */
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { indexBranching, UNBRANCHED_IN_ERROR_BODY, unbranchedReason } from "../../generator/diff/branching.js";
import { diffSpecs, renderReport, summarize } from "../../generator/diff/index.js";
import type { WalkContext } from "../../generator/diff/types.js";
import { NEWER_LOOKING, readJson } from "./helpers.js";

const december = readJson(NEWER_LOOKING);
const ctx = { base: { source: "before.json", sha256: "a".repeat(64) }, revision: { source: "after.json", sha256: "b".repeat(64) } };

/** A deep copy of `doc` where every string equal to `from` (consts, examples) reads `to`: a vendor-wide edit. */
function replaceEverywhere(doc: JsonObject, from: string, to: string): JsonObject {
  return JSON.parse(JSON.stringify(doc).split(JSON.stringify(from)).join(JSON.stringify(to))) as JsonObject;
}

describe("a vendor-wide change of the error bodies' `docs` link (openphone.com → quo.com)", () => {
  const revision = replaceEverywhere(december, "https://openphone.com/docs", "https://quo.com/docs");
  const changes = diffSpecs(december, revision);

  it("is found, everywhere, and none of it is breaking or a warning", () => {
    const constChanges = changes.filter((c) => c.id === "response-const-changed");
    expect(constChanges.length).toBeGreaterThan(100);
    expect(summarize(changes).breaking).toBe(0);
    expect(summarize(changes).warning).toBe(0);
    expect(constChanges.every((c) => c.severity === "info" && c.unbranched === UNBRANCHED_IN_ERROR_BODY)).toBe(true);
  });

  it("is one line in the markdown report, which says why it is ranked low", () => {
    const markdown = renderReport("markdown", changes, ctx);
    const lines = markdown.split("\n").filter((l) => l.includes("response-const-changed"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("ranked info, not breaking");
    expect(lines[0]).toContain("told apart by status and `code` only");
    expect(markdown).not.toContain("### Breaking");
  });

  it("keeps the reason in the JSON report", () => {
    const json = JSON.parse(renderReport("json", changes, ctx));
    expect(json.changes.find((c: { id: string }) => c.id === "response-const-changed").unbranched).toBe(UNBRANCHED_IN_ERROR_BODY);
  });
});

describe("what stays ranked high", () => {
  it("a changed error `code` is still breaking", () => {
    const revision = replaceEverywhere(december, "0100400", "0100499");
    const changes = diffSpecs(december, revision);
    const code = changes.filter((c) => c.id === "response-error-code-changed");
    expect(code.length).toBeGreaterThan(0);
    expect(code.every((c) => c.severity === "breaking" && c.unbranched === undefined)).toBe(true);
  });

  const base = (kind: string): JsonObject => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/x": {
        get: {
          operationId: "getX",
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { type: "object", properties: { kind: { type: "string", const: kind } } } } },
            },
          },
        },
      },
    },
  });

  it("a const in a success body (the response validators compare it) is still breaking", () => {
    const changes = diffSpecs(base("a"), base("b"));
    expect(changes.map((c) => [c.id, c.severity])).toEqual([["response-const-changed", "breaking"]]);
  });
});

describe("unbranchedReason", () => {
  const at = (direction: WalkContext["direction"], status: string | null, propertyPath: string): WalkContext => ({
    direction,
    status,
    propertyPath,
    operationId: "op",
    method: "GET",
    path: "/x",
    place: status ? `response ${status}` : "request body",
  });
  const union: JsonObject = {
    components: {
      schemas: {
        A: { type: "object", properties: { type: { const: "a" } } },
        Problem: { anyOf: [{ $ref: "#/components/schemas/A" }, { type: "object", properties: { type: { const: "b" } } }] },
        Pet: { oneOf: [], discriminator: { propertyName: "petKind" } },
      },
    },
  };
  const index = indexBranching(union);

  it.each([
    ["an error body's docs link", at("response", "400", "docs"), true],
    ["a nested error-body field", at("response", "500", "errors[].key"), true],
    ["an error body's code", at("response", "404", "code"), false],
    ["an error body's union discriminator (const in 2 branches, one behind $ref)", at("response", "400", "type"), false],
    ["a discriminator.propertyName", at("response", "default", "items[].petKind"), false],
    ["a success body", at("response", "200", "docs"), false],
    ["a request body", at("request", null, "docs"), false],
    ["the error body itself", at("response", "400", ""), false],
  ])("%s → unbranched %s", (_name, where, unbranched) => {
    expect(unbranchedReason(where, index) !== undefined).toBe(unbranched);
  });
});
