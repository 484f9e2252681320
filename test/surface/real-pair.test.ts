/**
 * The two real OpenPhone documents, both directions: the surface diff names
 * client functions and model properties, links them to the contract changes
 * behind them, and opens the reports.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { diffSpecs } from "../../generator/diff/index.js";
import { describeSurface, type SurfaceDiff } from "../../generator/surface/index.js";
import { renderWithSurface, SURFACE_TITLE, surfaceSection } from "../../generator/surface/render.js";
import { SPEC_DECEMBER, SPEC_JUNE } from "../helpers/paths.js";

const june = JSON.parse(readFileSync(SPEC_JUNE, "utf8")) as JsonObject;
const december = JSON.parse(readFileSync(SPEC_DECEMBER, "utf8")) as JsonObject;
const ctx = { base: { source: "june.json", sha256: "a".repeat(64) }, revision: { source: "december.json", sha256: "b".repeat(64) } };

/** "rule subject" lines, for exact-membership assertions. */
function lines(diff: SurfaceDiff): string[] {
  return diff.changes.map((c) => `${c.rule} ${c.subject}`);
}

describe("2025-06-16 → 2025-12-15", () => {
  const changes = diffSpecs(june, december);
  let diff: SurfaceDiff;
  beforeAll(async () => {
    diff = await describeSurface({ base: june, revision: december, changes });
  }, 30_000);

  it("names the removed client functions and their client methods", () => {
    expect(lines(diff)).toEqual(
      expect.arrayContaining([
        "export-removed listContacts",
        "export-removed listContactsSafe",
        "client-method-removed OpenPhoneClient.listContacts",
        "entry-point-removed ./operations/listContacts",
        "export-removed listConversations",
        "client-method-removed OpenPhoneClient.listConversations",
        "export-removed ListConversationsInput",
      ]),
    );
    const removed = diff.changes.find((c) => c.subject === "listContacts")!;
    expect(removed).toMatchObject({ severity: "breaking", breaksCompile: true, group: { kind: "function", name: "listContacts" } });
    expect(removed.causes.map((c) => c.id)).toEqual(["operation-removed"]);
  });

  it("adds no client function (the December document has none June lacks)", () => {
    expect(diff.changes.filter((c) => c.rule === "client-method-added" || c.rule === "export-added")).toEqual([]);
  });

  it("names the model properties that disappeared, by direction, with before types", () => {
    const byKey = new Map(diff.changes.map((c) => [`${c.rule} ${c.subject}`, c]));
    expect(byKey.get("output-property-removed Contact.externalId")).toMatchObject({
      before: "string | null",
      after: null,
      group: { kind: "model", name: "Contact" },
    });
    expect(byKey.get("output-property-removed Contact.sourceUrl")).toMatchObject({ before: "string | null", usage: "output" });
    expect(byKey.get("input-property-removed CreateContactInput.source")).toMatchObject({
      before: "?: string",
      usage: "input",
      group: { kind: "function", name: "createContact" },
    });
    // Made non-null in responses: compatible for code that reads it.
    expect(byKey.get("output-property-became-non-nullable Contact.source")).toMatchObject({
      severity: "info",
      before: "string | null",
      after: "string",
    });
  });

  it("links each property change to the contract changes of the same property and direction", () => {
    const externalId = diff.changes.find((c) => c.subject === "Contact.externalId")!;
    expect(externalId.causeCount).toBeGreaterThan(0);
    for (const cause of externalId.causes) {
      expect(cause.id).toBe("response-property-removed");
      expect(cause.location).toMatch(/\/properties\/externalId$/);
    }
    const source = diff.changes.find((c) => c.subject === "CreateContactInput.source")!;
    expect(source.causes.map((c) => `${c.id} ${c.operationId}`)).toEqual(["request-property-removed createContact_v1"]);
  });

  it("sees the documented 409 go from four error unions", () => {
    expect(lines(diff).filter((l) => l.startsWith("error-variant-removed"))).toEqual([
      "error-variant-removed CreateContactError",
      "error-variant-removed DeleteContactError",
      "error-variant-removed GetContactByIdError",
      "error-variant-removed UpdateContactByIdError",
    ]);
    const variant = diff.changes.find((c) => c.rule === "error-variant-removed")!;
    expect(variant.before).toBe('ApiError<409, "0800409", CreateContactErrorBodies[409]>');
    expect(variant.causes.map((c) => c.id)).toEqual(["response-error-status-removed"]);
  });

  it("ignores documentation: no change is about comments", () => {
    expect(diff.changes.every((c) => !/\/\*/.test(`${c.before}${c.after}`))).toBe(true);
    expect(diff.highest).toBe("breaking");
  });

  it("opens the markdown report with the section, grouped by client function and model", () => {
    const markdown = renderWithSurface("markdown", changes, ctx, diff);
    // After the title and the counts, before any contract change.
    expect(markdown).toContain(`\n### ${SURFACE_TITLE}\n`);
    expect(markdown.indexOf(`### ${SURFACE_TITLE}`)).toBeLessThan(markdown.indexOf("### Breaking"));
    expect(markdown).toContain("#### `listContacts()`\n- [breaking] `listContacts` removed");
    expect(markdown).toContain("#### `Contact`\n");
    const section = surfaceSection(diff, "markdown");
    expect(section.title).toBe(SURFACE_TITLE);
    expect(section.items.join("\n").length).toBeLessThan(20_000);
  });

  it("gives the JSON report a surface array", () => {
    const json = JSON.parse(renderWithSurface("json", changes, ctx, diff)) as { surface: unknown[]; changes: unknown[] };
    expect(json.changes.length).toBe(changes.length);
    expect(json.surface).toEqual(JSON.parse(JSON.stringify(diff.changes)));
  });
});

describe("2025-12-15 → 2025-06-16", () => {
  it("names the client functions that come back, as compatible additions", async () => {
    const diff = await describeSurface({ base: december, revision: june, changes: diffSpecs(december, june) });
    const added = diff.changes.filter((c) => c.rule === "client-method-added").map((c) => c.subject);
    expect(added).toEqual(["OpenPhoneClient.listContacts", "OpenPhoneClient.listConversations"]);
    expect(diff.changes.find((c) => c.subject === "listContacts")).toMatchObject({ rule: "export-added", severity: "info" });
    // Contact gains externalId/sourceUrl: reading code still compiles; CreateContactInput gains optional inputs.
    expect(diff.changes.find((c) => c.subject === "Contact.externalId")).toMatchObject({ rule: "output-property-added", severity: "info" });
    expect(diff.changes.find((c) => c.subject === "CreateContactInput.source")).toMatchObject({ rule: "input-property-added-optional" });
    // Contact.source may be null again: code that reads it must handle null.
    expect(diff.changes.find((c) => c.subject === "Contact.source")).toMatchObject({
      rule: "output-property-became-nullable",
      severity: "breaking",
    });
  }, 30_000);
});
