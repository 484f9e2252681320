import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { emitReadme } from "../../generator/emit/package-files.js";
import { readSnapshot, readSnapshotMeta } from "../helpers/generated.js";

// The snapshot under test (test/helpers/generated.ts), whatever upstream it holds.
const meta = readSnapshotMeta();
const document = readSnapshot();
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

describe("generated README", () => {
  const readme = emitReadme({
    version: "3.1.4",
    meta,
    document,
    sourcePaths: ["src/index.ts", "src/validators/index.ts", "src/runtime/x.ts"],
  }).contents;

  it.each([
    "## Install",
    "## Create a client",
    "## Send a message",
    "## Paginate",
    "## Handle errors",
    "## CommonJS",
    "## The contract this package was generated from",
  ])("has the section %s", (heading) => {
    expect(readme.split("\n")).toContain(heading);
  });

  it("states the contract: upstream sha256, canonical sha256, fetch date, source, version", () => {
    expect(readme).toContain(`| upstream sha256 (raw bytes) | \`${meta.rawSha256}\` |`);
    expect(readme).toContain(`| canonical sha256 (\`openapi.json\`) | \`${meta.canonicalSha256}\` |`);
    expect(readme).toContain(`| fetched | ${meta.fetchedAt} |`);
    expect(readme).toContain(`| source | ${meta.source} |`);
    expect(readme).toContain("Package version 3.1.4.");
  });

  it("lists the public entry points (not the internal runtime) and every operation", () => {
    expect(readme).toContain("| `openphone-api` | `dist/index.js` |");
    expect(readme).toContain("| `openphone-api/validators` | `dist/validators/index.js` |");
    expect(readme).not.toContain("runtime/x");
    const operationRows = readme.split("\n").filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \|/.test(line));
    const rows = Object.entries(document.paths as Record<string, JsonObject>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([k]) => METHODS.includes(k))
        .map(([method, operation]) => `| ${method.toUpperCase()} | \`${path}\` | \`${(operation as JsonObject).operationId}\` |`),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(operationRows.sort()).toEqual(rows.sort());
  });

  it("keeps spec strings inside their table cells", () => {
    const hostile = { ...document, info: { title: "Evil | API\n# heading", version: "1`2" } };
    const text = emitReadme({ version: "1.0.0", meta: { ...meta, source: "a|b" }, document: hostile }).contents;
    expect(text).toContain("Evil &#124; API # heading\n(API version 1&#96;2)");
    expect(text).toContain("| source | a&#124;b |");
    expect(text.split("\n")).not.toContain("# heading");
  });
});
