/**
 * The package's own files: package.json (data, so built as an object, never
 * templated text), README (handlebars: text with little logic) and the root
 * barrel `src/index.ts`.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { GeneratedFile, JsonObject, SnapshotMeta } from "../core.js";

export const PACKAGE_NAME = "openphone-api";

const templateUrl = new URL("../../templates/package-readme.md.hbs", import.meta.url);

export interface PackageFacts {
  version: string;
  meta: SnapshotMeta;
  document: JsonObject;
  /** Subpath exports beyond the root, e.g. { "./validators": "validators/index" }. */
  subpaths: Record<string, string>;
}

export function emitPackageJson(facts: PackageFacts): GeneratedFile {
  const entry = (base: string) => ({ types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` });
  const exports: Record<string, unknown> = { ".": entry("index") };
  for (const [subpath, base] of Object.entries(facts.subpaths).sort(([a], [b]) => (a < b ? -1 : 1))) {
    exports[subpath] = entry(base);
  }
  exports["./openapi.json"] = "./openapi.json";
  exports["./package.json"] = "./package.json";
  const info = (facts.document.info ?? {}) as JsonObject;
  const pkg = {
    name: PACKAGE_NAME,
    version: facts.version,
    description: `Generated client for the ${String(info.title ?? "OpenPhone Public API")}: types, validators, typed errors.`,
    type: "module",
    sideEffects: false,
    engines: { node: ">=18" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports,
    files: ["dist", "src", "openapi.json", "openapi.meta.json", "README.md", "CHANGELOG.md"],
    license: "UNLICENSED",
  };
  return { path: "package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

export function emitReadme(facts: PackageFacts): GeneratedFile {
  const template = Handlebars.compile(readFileSync(templateUrl, "utf8"), { noEscape: true, strict: true });
  const info = (facts.document.info ?? {}) as JsonObject;
  const operations: Array<{ method: string; path: string; operationId: string }> = [];
  const paths = (facts.document.paths ?? {}) as JsonObject;
  for (const path of Object.keys(paths).sort()) {
    const item = paths[path] as JsonObject;
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options", "trace"]) {
      const op = item[method] as JsonObject | undefined;
      if (op) operations.push({ method: method.toUpperCase(), path: markdownCell(path), operationId: markdownCell(String(op.operationId ?? "")) });
    }
  }
  const contents = template({
    packageName: PACKAGE_NAME,
    title: markdownCell(String(info.title ?? "OpenPhone Public API")),
    apiVersion: markdownCell(String(info.version ?? "")),
    source: markdownCell(facts.meta.source),
    fetchedAt: markdownCell(facts.meta.fetchedAt),
    rawSha256: facts.meta.rawSha256,
    canonicalSha256: facts.meta.canonicalSha256,
    operationCount: operations.length,
    operations,
  });
  return { path: "README.md", contents };
}

/** Spec strings land in a markdown table: no pipes, backticks or newlines may escape the cell. */
function markdownCell(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[|`<>]/g, (c) => `&#${c.charCodeAt(0)};`).slice(0, 200);
}
