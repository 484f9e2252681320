/**
 * The markdown report fits a pull-request body on any input, and the CHANGELOG
 * entry stays short: on the two real documents (both directions), on a huge
 * synthetic input, and with the surface diff's leading sections plugged in.
 */
import { describe, expect, it } from "vitest";
import { describeContractChange } from "../../generator/contract-change.js";
import {
  CHANGELOG_ENTRY_LIMIT,
  type Change,
  diffSpecs,
  fitMarkdown,
  MARKDOWN_LIMIT,
  renderChangelogEntry,
  renderReport,
} from "../../generator/diff/index.js";
import { normalizeSpec } from "../../generator/load/normalize.js";
import { NEWER_LOOKING, OLDER_LOOKING, readJson } from "./helpers.js";

const june = readJson(OLDER_LOOKING);
const december = readJson(NEWER_LOOKING);
const ctx = {
  base: { source: "snapshot (openapi.json)", sha256: "a".repeat(64) },
  revision: {
    source: "https://openphone-public-api-prod.s3.us-west-2.amazonaws.com/public/openphone-public-api-v1-prod.json",
    sha256: "b".repeat(64),
  },
};
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe.each([
  ["2025-06-16 → 2025-12-15", june, december],
  ["2025-12-15 → 2025-06-16", december, june],
])("the real pair %s", (_name, base, revision) => {
  const changes = diffSpecs(base, revision);
  const markdown = renderReport("markdown", changes, ctx);

  it("fits a pull-request body without being shortened, and has no per-location appendix", () => {
    // It was 66,571 characters (over GitHub's 65,536) before grouping by place and folding docs per operation.
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(markdown).not.toContain("Shortened to fit");
    expect(markdown).not.toContain("Every change with its location");
  });

  it("folds documentation edits into one count per operation", () => {
    const docs = markdown.slice(markdown.indexOf("<details><summary>Documentation only"));
    const lines = docs.split("\n").filter((l) => l.startsWith("- "));
    const operations = new Set(changes.filter((c) => c.severity === "docs").map((c) => (c.method ? `${c.method} ${c.path}` : "document")));
    expect(lines).toHaveLength(operations.size);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("writes a CHANGELOG entry under 4 KB with the counts and the breaking lines", () => {
    const entry = renderChangelogEntry({ version: "2.0.0", date: "2026-01-02", changes, ctx });
    expect(bytes(entry)).toBeLessThanOrEqual(CHANGELOG_ENTRY_LIMIT);
    expect(entry).toMatch(/^## 2\.0\.0 \(2026-01-02\)\n\nUpstream `https:\/\/openphone-public-api/);
    expect(entry).toMatch(/\d+ breaking, \d+ warning, \d+ info, \d+ docs/);
    expect(entry).not.toContain("<details>");
  });
});

describe("06-16 → 12-15 in detail", () => {
  const changes = diffSpecs(june, december);
  const markdown = renderReport("markdown", changes, ctx);

  it("shows the E.164 pattern dropped from the phone fields as one entry listing the places", () => {
    const lines = markdown.split("\n").filter((l) => l.includes("pattern `^\\+[1-9]\\d{1,14}$` → (none)"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^- \*\*1[0-9] places in \d operations\*\*: /);
    expect(lines[0]).toContain("`request-pattern-removed`, `response-pattern-removed`");
    for (const field of ["`data[].forwardedFrom`", "`from` in request body", "items of query parameter `participants`", "`data[].number`"])
      expect(lines[0]).toContain(field);
  });

  it("names the removed operations and contact fields in the CHANGELOG entry", () => {
    const entry = renderChangelogEntry({ version: "2.0.0", date: "2026-01-02", changes, ctx });
    for (const text of ["GET /v1/contacts removed", "GET /v1/conversations removed", "`externalId`", "`sourceUrl`"])
      expect(entry).toContain(text);
  });
});

/** Many distinct changes with long messages: far over any limit unless cut. */
function flood(count: number, severity: Change["severity"], id: string): Change[] {
  return Array.from({ length: count }, (_, i) => ({
    id,
    severity,
    direction: "response" as const,
    operationId: `op${i}`,
    method: "GET",
    path: `/v1/resource-number-${i}`,
    location: `/paths/~1v1~1resource-number-${i}/get/responses/200/content/application~1json/schema/properties/field${i}`,
    before: { required: true },
    after: undefined,
    message: `property \`field${i}.${"deeply.nested.".repeat(6)}value\` in response 200 (application/json) removed`,
  }));
}

describe("fitMarkdown", () => {
  it("keeps any input under the limit, cutting documentation first and saying what it cut and where the rest is", () => {
    const changes = [...flood(40, "breaking", "response-property-removed"), ...flood(4000, "docs", "description-changed")];
    const markdown = renderReport("markdown", changes, { ...ctx, fullReport: "`report.json`" });
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(markdown).toContain("Shortened to fit 60,000 characters:** documentation edits as one total. The full report: `report.json`.");
    // The breaking lines survive whole.
    expect(markdown.split("\n").filter((l) => l.includes("`response-property-removed`"))).toHaveLength(40);
  });

  it("shrinks breaking detail only when everything below it is already cut, and still fits", () => {
    const changes = [
      ...flood(3000, "breaking", "response-property-removed"),
      ...flood(3000, "warning", "response-enum-value-added"),
      ...flood(3000, "info", "response-property-added"),
      ...flood(3000, "docs", "description-changed"),
    ];
    const markdown = renderReport("markdown", changes, ctx);
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    const note = /Shortened to fit [^:]*:\*\* ([^\n]*)/.exec(markdown)?.[1] ?? "";
    const order = ["documentation", "compatible changes", "warnings", "breaking"].map((word) => note.indexOf(word));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(markdown).toContain("### Breaking (3000 in 3000 entries)");
  });

  it("cuts at a line as a last resort", () => {
    const huge = `${"- a line that is long enough\n".repeat(200)}`;
    const text = fitMarkdown("# head\n\n", [{ priority: 1, levels: [huge], cuts: [] }], "`x.json`", 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toContain("Cut here to fit 1,000 characters.** The full report: `x.json`.");
  });
});

describe("leading sections (the surface diff's plug-in point)", () => {
  const changes = diffSpecs(june, december);
  const leading = [
    {
      title: "What changes in your code",
      items: ["`client.listContacts` removed (GET /v1/contacts)", "`Contact.externalId` removed"],
    },
  ];

  it("come before the contract changes in markdown, text and the CHANGELOG entry", () => {
    const markdown = renderReport("markdown", changes, ctx, { leading });
    expect(markdown.indexOf("### What changes in your code")).toBeGreaterThan(0);
    expect(markdown.indexOf("### What changes in your code")).toBeLessThan(markdown.indexOf("### Breaking"));
    expect(markdown).toContain("- `client.listContacts` removed (GET /v1/contacts)");
    const text = renderReport("text", changes, ctx, { leading });
    expect(text.indexOf("What changes in your code")).toBeLessThan(text.indexOf("breaking "));
    const entry = renderChangelogEntry({ version: "2.0.0", date: "2026-01-02", changes, ctx, leading });
    expect(entry.indexOf("### What changes in your code")).toBeLessThan(entry.indexOf("### Breaking"));
  });

  it("outlive lower-priority contract detail when the report must shrink", () => {
    const many = [...flood(2500, "breaking", "response-property-removed"), ...flood(2500, "docs", "description-changed")];
    const markdown = renderReport("markdown", many, ctx, { leading });
    expect(markdown.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(markdown).toContain("- `Contact.externalId` removed");
  });

  it("the JSON report carries a `surface` array only when given", () => {
    expect(JSON.parse(renderReport("json", changes, ctx))).not.toHaveProperty("surface");
    const json = JSON.parse(renderReport("json", changes, ctx, { surface: [{ kind: "export-removed", name: "listContacts" }] }));
    expect(json.surface).toEqual([{ kind: "export-removed", name: "listContacts" }]);
  });
});

describe("--accept's CHANGELOG (describeContractChange)", () => {
  it("grows CHANGELOG.md by one short entry, not the whole report", async () => {
    const change = await describeContractChange(normalizeSpec(june), normalizeSpec(december), ctx, {
      ignoreFile: "no-such-ignore-file.json",
    });
    const previous = "# Changelog\n\n## 1.0.0 (2025-06-16)\n\nFirst snapshot.\n";
    const next = change.nextState({ version: "1.0.0", changelog: previous }, new Date("2026-01-02T00:00:00Z"));
    expect(next.version).toBe("2.0.0");
    const added = next.changelog.slice(0, next.changelog.indexOf("## 1.0.0"));
    // It was the whole markdown report (about 67 KB) before.
    expect(bytes(added)).toBeLessThanOrEqual(CHANGELOG_ENTRY_LIMIT);
    expect(added).toMatch(/^# Changelog\n\n## 2\.0\.0 \(2026-01-02\)\n/);
    expect(next.changelog.endsWith(previous.slice("# Changelog\n\n".length))).toBe(true);
    // The --report JSON carries every change.
    expect(JSON.parse(change.json).changes).toHaveLength(change.changes.length);
  });
});
