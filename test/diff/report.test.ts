import { describe, expect, it } from "vitest";
import { type Change, reachesThreshold, renderReport, summarize } from "../../generator/diff/index.js";
import { escapeData, escapeProperty } from "../../generator/diff/report/github.js";

const ctx = { base: { source: "base.json", sha256: "1".repeat(64) }, revision: { source: "https://x/rev.json", sha256: "2".repeat(64) } };

function change(partial: Partial<Change>): Change {
  return {
    id: "response-property-removed",
    severity: "breaking",
    direction: "response",
    operationId: "getX",
    method: "GET",
    path: "/x",
    location: "/paths/~1x/get/responses/200/content/application~1json/schema/properties/a",
    before: { required: true },
    after: undefined,
    message: "property `a` in response 200 (application/json) removed",
    ...partial,
  };
}

const errorShape = (path: string, status: string) =>
  change({
    id: "response-union-branch-added",
    path,
    operationId: null,
    location: `/paths/${path.replace(/\//g, "~1")}/get/responses/${status}/content/application~1json/schema/properties/errors/items/anyOf/0`,
    before: undefined,
    after: { properties: ["key"], required: [] },
    message: `\`errors[]\` in response ${status} (application/json): may now also be object {key}`,
  });

describe("json", () => {
  it("has base, revision, summary and one entry per change, absent sides as null", () => {
    const changes = [
      change({}),
      change({
        id: "description-changed",
        severity: "docs",
        before: "a",
        after: "b",
        location: "/info/description",
        method: null,
        path: null,
        operationId: null,
      }),
    ];
    const report = JSON.parse(renderReport("json", changes, ctx));
    expect(report.base).toEqual(ctx.base);
    expect(report.revision).toEqual(ctx.revision);
    expect(report.summary).toEqual({ breaking: 1, warning: 0, info: 0, docs: 1 });
    expect(report.changes[0]).toEqual({
      id: "response-property-removed",
      severity: "breaking",
      direction: "response",
      operationId: "getX",
      method: "GET",
      path: "/x",
      location: "/paths/~1x/get/responses/200/content/application~1json/schema/properties/a",
      before: { required: true },
      after: null,
      message: "property `a` in response 200 (application/json) removed",
    });
  });
});

describe("markdown", () => {
  const changes = [
    errorShape("/a", "400"),
    errorShape("/a", "500"),
    errorShape("/b", "400"),
    change({ message: "property `<script>` | x removed" }),
  ];
  const markdown = renderReport("markdown", changes, ctx);

  it("puts the counts first", () => {
    expect(markdown.split("\n").slice(0, 6).join("\n")).toContain("| 4 | 0 | 0 | 0 |");
  });

  it("groups the same change across operations into one line naming them, folded", () => {
    const lines = markdown.split("\n").filter((l) => l.includes("response-union-branch-added") && l.startsWith("- **"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("**2 operations**");
    expect(lines[0]).toContain("responses 400/500");
    expect(lines[0]).toContain("×3");
    expect(lines[0]).toContain("<details><summary>operations</summary>GET /a (400, 500)<br>GET /b (400)</details>");
  });

  it("escapes spec text so it cannot open HTML or break a table", () => {
    expect(markdown).toContain("&lt;script&gt;` \\| x removed");
    expect(markdown).not.toContain("<script>");
  });

  it("shows docs-only edits as one folded count per operation", () => {
    const docs = renderReport(
      "markdown",
      [change({ id: "description-changed", severity: "docs", message: "operation: description edited" })],
      ctx,
    );
    expect(docs).toContain("<details><summary>Documentation only: 1 edit in 1 place</summary>");
    expect(docs).toContain("- GET /x: 1 (description ×1)");
    expect(docs).not.toContain("### Breaking");
  });

  it("says so when nothing changed", () => {
    expect(renderReport("markdown", [], ctx)).toContain("No contract changes.");
  });
});

describe("text", () => {
  it("colours only when asked", () => {
    expect(renderReport("text", [change({})], ctx)).not.toContain("\u001b[");
    expect(renderReport("text", [change({})], { ...ctx, color: true })).toContain("\u001b[31m");
  });

  it("keeps control characters from the spec off the terminal", () => {
    expect(renderReport("text", [change({ message: "evil \u001b]0;title\u0007 text" })], ctx)).not.toMatch(/\u001b\]|\u0007/);
  });
});

describe("github", () => {
  it("escapes data and properties per the runner's rules", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a: b, c%\n")).toBe("a%3A b%2C c%25%0A");
  });

  it("emits ::error for breaking, ::warning, ::notice, one per group, with a title", () => {
    const out = renderReport(
      "github",
      [
        errorShape("/a", "400"),
        errorShape("/b", "400"),
        change({ id: "response-enum-value-added", severity: "warning", message: 'x: enum value "c" added' }),
        change({ id: "response-property-added", severity: "info", message: "added" }),
      ],
      ctx,
    );
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error title=breaking%3A response-union-branch-added \(2 operations\)::`errors\[\]` in response 400 \(application\/json\): may now also be object \{key\}%0AGET \/a \(400\)%0AGET \/b \(400\)$/,
    );
    expect(lines[1]).toMatch(/^::warning title=warning%3A response-enum-value-added \(GET \/x \(200\)\)::/);
    expect(lines[2]).toMatch(/^::notice title=/);
  });
});

describe("thresholds", () => {
  const table: Array<[Change["severity"][], Change["severity"] | "never", boolean]> = [
    [["breaking"], "breaking", true],
    [["warning"], "breaking", false],
    [["warning"], "warning", true],
    [["info"], "warning", false],
    [["docs"], "info", false],
    [["docs"], "docs", true],
    [["breaking"], "never", false],
    [[], "docs", false],
  ];
  it.each(table)("%j with --fail-on %s → %s", (severities, failOn, want) => {
    const changes = severities.map((severity) => change({ severity }));
    expect(reachesThreshold(changes, failOn)).toBe(want);
    expect(summarize(changes)[severities[0] ?? "docs"]).toBe(severities.length);
  });
});
