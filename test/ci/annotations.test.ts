/** The annotation rules shared by `--format github` and the CI wrapper: lines, paths, the cap. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runDiffCommand } from "../../generator/cli/diff.js";
import { type Change, renderReport } from "../../generator/diff/index.js";
import { type Annotation, capAnnotations, formatAnnotation } from "../../generator/diff/report/annotations.js";
import { pointerLines } from "../../generator/diff/report/json-pointer-lines.js";
import { jsonReportPath } from "../../generator/diff/report/report-files.js";
import { repositoryPath, repositoryRoot } from "../../scripts/ci/run-generate.js";
import { SPEC_DECEMBER, SPEC_JUNE } from "../helpers/paths.js";

const DOC = `{
  "paths": {
    "/v1/a~b": {
      "get": {
        "tags": ["x", "y"],
        "responses": {
          "200": { "description": "ok" }
        }
      }
    }
  },
  "list": [
    1,
    { "k": "v" }
  ]
}`;

describe("pointerLines", () => {
  const lines = pointerLines(DOC);
  it.each([
    ["", 1],
    ["/paths", 2],
    ["/paths/~1v1~1a~0b", 3],
    ["/paths/~1v1~1a~0b/get", 4],
    ["/paths/~1v1~1a~0b/get/tags/1", 5],
    ["/paths/~1v1~1a~0b/get/responses/200/description", 7],
    ["/list", 12],
    ["/list/0", 13],
    ["/list/1/k", 14],
    // Not in the document (an added property looked up in the old snapshot): the nearest ancestor.
    ["/paths/~1v1~1a~0b/get/responses/404/content", 6],
    ["/nowhere/at/all", 1],
  ])("%s → line %i", (pointer, line) => {
    expect(lines.lineOf(pointer)).toBe(line);
  });
});

describe("repositoryPath", () => {
  it.each([
    ["generated/openapi.json", "/repo/tools/openphone-codegen", "/repo", "tools/openphone-codegen/generated/openapi.json"],
    ["generated/openapi.json", "/repo", "/repo", "generated/openapi.json"],
    ["/repo/tools/x/out/openapi.json", "/elsewhere", "/repo", "tools/x/out/openapi.json"],
  ])("%s from %s, root %s → %s", (file, cwd, root, want) => {
    expect(repositoryPath(file, root, cwd)).toBe(want);
  });
});

describe("capAnnotations", () => {
  const make = (level: Annotation["level"], n: number): Annotation[] =>
    Array.from({ length: n }, (_, i) => ({ level, title: `${level} ${i}`, message: "m" }));

  it("keeps 10 per level as they are", () => {
    const all = [...make("warning", 10), ...make("error", 3)];
    expect(capAnnotations(all, "see x")).toEqual(all);
  });

  it("past 10, keeps 9 and counts the rest in a 10th, per level", () => {
    const capped = capAnnotations([...make("error", 2), ...make("warning", 14)], "Read the job summary.");
    const warnings = capped.filter((a) => a.level === "warning");
    expect(warnings).toHaveLength(10);
    expect(warnings.slice(0, 9).map((a) => a.title)).toEqual(make("warning", 9).map((a) => a.title));
    expect(warnings[9]!.title).toBe("5 more warnings not shown");
    expect(warnings[9]!.message).toContain("Read the job summary.");
    expect(capped.filter((a) => a.level === "error")).toHaveLength(2);
  });

  it("formats file and line only together, escaped", () => {
    expect(formatAnnotation({ level: "warning", title: "a: b", message: "x\ny", file: "t/o,p.json", line: 12 })).toBe(
      "::warning file=t/o%2Cp.json,line=12,title=a%3A b::x%0Ay",
    );
    expect(formatAnnotation({ level: "notice", title: "t", message: "m", line: 3 })).toBe("::notice title=t::m");
  });
});

describe("--format github follows the same rules", () => {
  const ctx = { base: { source: "a.json", sha256: "1".repeat(64) }, revision: { source: "b.json", sha256: "2".repeat(64) } };
  const warning = (i: number): Change => ({
    id: "response-enum-value-added",
    severity: "warning",
    direction: "response",
    operationId: `op${i}`,
    method: "GET",
    path: `/v1/thing${i}`,
    location: `/paths/~1v1~1thing${i}/get/responses/200/content/application~1json/schema/properties/kind/enum`,
    before: undefined,
    after: [`new${i}`],
    message: `\`kind\` in response 200 (application/json): enum value "new${i}" added`,
  });

  it("caps 14 warning groups at 10 annotations, the 10th counting 5", () => {
    const lines = renderReport(
      "github",
      Array.from({ length: 14 }, (_, i) => warning(i)),
      ctx,
    )
      .trim()
      .split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[9]).toMatch(/^::warning title=5 more warnings not shown::/);
  });

  it("puts file and line on each annotation when the context can locate pointers", () => {
    const out = renderReport("github", [warning(1)], {
      ...ctx,
      locate: (pointer) => ({ file: "tools/c/generated/openapi.json", line: pointer.length }),
    });
    expect(out).toMatch(/^::warning file=tools\/c\/generated\/openapi\.json,line=\d+,title=/);
  });
});

describe("jsonReportPath", () => {
  it.each([
    ["/tmp/openphone-contract-report.md", "/tmp/openphone-contract-report.json"],
    ["report.markdown", "report.json"],
    ["report", "report.json"],
    ["report.json", "report.json.json"],
  ])("%s → %s", (given, want) => {
    expect(jsonReportPath(given)).toBe(want);
  });
});

describe("npm run diff --format github on two local files", () => {
  it("caps per level and points each annotation at the changed line of the file that holds it", async () => {
    const chunks: string[] = [];
    const io = { out: (text: string) => chunks.push(text), err: () => {}, isTty: false };
    expect(await runDiffCommand([SPEC_JUNE, SPEC_DECEMBER, "--format", "github"], io)).toBe(1);
    const lines = chunks.join("").trim().split("\n");
    for (const level of ["error", "warning", "notice"])
      expect(lines.filter((l) => l.startsWith(`::${level} `)).length).toBeLessThanOrEqual(10);
    const removed = lines.find((l) => l.includes("operation-removed (GET /v1/contacts)"));
    const file = repositoryPath(SPEC_JUNE, repositoryRoot());
    expect(removed).toContain(`file=${file},line=`);
    const line = Number(/,line=(\d+),/.exec(removed!)![1]);
    // A removal is found in the base document: the `"get"` of `/v1/contacts` there.
    expect(readFileSync(SPEC_JUNE, "utf8").split("\n")[line - 1]).toMatch(/"get"/);
  });
});
