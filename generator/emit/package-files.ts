/**
 * The package's own files: package.json (data, so built as an object, never
 * templated text; its exports map is derived from the emitted source paths)
 * and README (handlebars: text with little logic).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { GeneratedFile, JsonObject, SnapshotMeta } from "../core.js";
import { HTTP_METHODS } from "../json.js";
import { TEMPLATES_DIR } from "../project-root.js";
import { entryPoints } from "./entry-points.js";

export { type EntryPoint, entryPoints } from "./entry-points.js";

export const PACKAGE_NAME = "openphone-api";

const templateFile = join(TEMPLATES_DIR, "package-readme.md.hbs");

export interface PackageFacts {
  version: string;
  /** The package's npm name (openphone.upstreams.json); default PACKAGE_NAME. */
  packageName?: string;
  meta: SnapshotMeta;
  document: JsonObject;
  /**
   * Paths (relative to generated/) of every emitted file, or at least of every
   * `src/**.ts`: the exports map is derived from them, so a new emitter's files
   * become entry points without an edit here. Absent → the root entry only.
   */
  sourcePaths?: readonly string[];
}

/**
 * Every entry has an `import` (ESM) and a `require` (CommonJS) branch, each
 * with its own `types` first, so TypeScript under node16/nodenext sees .d.ts
 * for ESM and .d.cts for CommonJS and never reports a masquerading format.
 */
function conditions(base: string): JsonObject {
  return {
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/cjs/${base}.d.cts`, default: `./dist/cjs/${base}.cjs` },
  };
}

export function emitPackageJson(facts: PackageFacts): GeneratedFile {
  const entries = entryPoints(facts.sourcePaths ?? ["src/index.ts"]);
  const exports: JsonObject = {};
  for (const entry of entries) exports[entry.subpath] = conditions(entry.base);
  // TypeScript's node10 resolution ("moduleResolution": "node", still common in monorepo
  // tsconfigs) ignores "exports"; typesVersions gives it the subpaths' types. Ignored by
  // node16/nodenext/bundler, which read "exports".
  const subpathTypes: JsonObject = {};
  for (const entry of entries) if (entry.subpath !== ".") subpathTypes[entry.subpath.slice(2)] = [`./dist/cjs/${entry.base}.d.cts`];
  exports["./openapi.json"] = "./openapi.json";
  exports["./package.json"] = "./package.json";
  const info = (facts.document.info ?? {}) as JsonObject;
  const pkg = {
    name: facts.packageName ?? PACKAGE_NAME,
    version: facts.version,
    description: `Generated client for the ${String(info.title ?? "OpenPhone Public API")}: types, validators, typed errors.`,
    keywords: ["openphone", "quo", "openapi", "api-client", "generated"],
    type: "module",
    sideEffects: false,
    engines: { node: ">=18" },
    // For tools that predate "exports" (TypeScript's node10 resolution, old bundlers): the CommonJS root.
    main: "./dist/cjs/index.cjs",
    module: "./dist/index.js",
    types: "./dist/cjs/index.d.cts",
    exports,
    ...(Object.keys(subpathTypes).length > 0 ? { typesVersions: { "*": subpathTypes } } : {}),
    files: ["dist", "src", "openapi.json", "openapi.meta.json", "README.md", "CHANGELOG.md"],
    license: "UNLICENSED",
  };
  return { path: "package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

export function emitReadme(facts: PackageFacts): GeneratedFile {
  const template = Handlebars.compile(readFileSync(templateFile, "utf8"), { noEscape: true, strict: true });
  const info = (facts.document.info ?? {}) as JsonObject;
  const operations: Array<{ method: string; path: string; operationId: string }> = [];
  const paths = (facts.document.paths ?? {}) as JsonObject;
  for (const path of Object.keys(paths).sort()) {
    const item = paths[path] as JsonObject;
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (op)
        operations.push({
          method: method.toUpperCase(),
          path: markdownCell(path),
          operationId: markdownCell(String(op.operationId ?? "")),
        });
    }
  }
  const packageName = facts.packageName ?? PACKAGE_NAME;
  const entries = entryPoints(facts.sourcePaths ?? ["src/index.ts"]).map((entry) => ({
    subpath: entry.subpath === "." ? packageName : `${packageName}/${entry.subpath.slice(2)}`,
    base: entry.base,
  }));
  const contents = template({
    packageName,
    version: facts.version,
    entries,
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
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[|`<>]/g, (c) => `&#${c.charCodeAt(0)};`)
    .slice(0, 200);
}
