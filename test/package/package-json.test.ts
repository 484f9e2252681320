import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SnapshotMeta } from "../../generator/core.js";
import { emitPackageJson, entryPoints, PACKAGE_NAME } from "../../generator/emit/package-files.js";
import { COMMITTED } from "./grown-package.js";

const meta = JSON.parse(readFileSync(join(COMMITTED, "openapi.meta.json"), "utf8")) as SnapshotMeta;
const document = JSON.parse(readFileSync(join(COMMITTED, "openapi.json"), "utf8"));

describe("entryPoints: the exports map follows the emitted files", () => {
  it.each([
    [["src/index.ts"], [".=index"]],
    [
      ["src/index.ts", "src/openapi.ts", "README.md", "dist/index.js"],
      [".=index", "./openapi=openapi"],
    ],
    [
      ["src/validators/index.ts", "src/validators/sendMessage.ts", "src/index.ts", "src/client.ts", "src/errors.ts"],
      [".=index", "./client=client", "./errors=errors", "./validators=validators/index", "./validators/sendMessage=validators/sendMessage"],
    ],
    // The runtime folder is internal: reached only through the entries that re-export it.
    [["src/index.ts", "src/runtime/http.ts", "src/runtime/index.ts"], [".=index"]],
    [
      ["src/index.ts", "src/operations/sendMessage.ts", "src/models.d.ts"],
      [".=index", "./operations/sendMessage=operations/sendMessage"],
    ],
  ])("%j", (paths, want) => {
    expect(entryPoints(paths).map((e) => `${e.subpath}=${e.base}`)).toEqual(want);
  });

  it("refuses two files that would be the same entry, and a package without a root", () => {
    expect(() => entryPoints(["src/index.ts", "src/validators.ts", "src/validators/index.ts"])).toThrow(/"\.\/validators"/);
    expect(() => entryPoints(["src/client.ts"])).toThrow(/no src\/index\.ts/);
  });
});

describe("emitPackageJson", () => {
  const pkg = JSON.parse(
    emitPackageJson({ version: "2.3.4", meta, document, sourcePaths: ["src/index.ts", "src/validators/index.ts", "src/runtime/http.ts"] })
      .contents,
  );

  it("is a publishable ESM package with no runtime dependencies", () => {
    expect(pkg).toMatchObject({ name: PACKAGE_NAME, version: "2.3.4", type: "module", sideEffects: false, engines: { node: ">=18" } });
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "README.md", "CHANGELOG.md", "openapi.json"]));
  });

  it("gives every entry import and require branches, types first, in the right format", () => {
    expect(pkg.exports).toEqual({
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/cjs/index.d.cts", default: "./dist/cjs/index.cjs" },
      },
      "./validators": {
        import: { types: "./dist/validators/index.d.ts", default: "./dist/validators/index.js" },
        require: { types: "./dist/cjs/validators/index.d.cts", default: "./dist/cjs/validators/index.cjs" },
      },
      "./openapi.json": "./openapi.json",
      "./package.json": "./package.json",
    });
    for (const entry of Object.values(pkg.exports).filter((v) => typeof v === "object") as Array<Record<string, Record<string, string>>>) {
      for (const branch of Object.values(entry)) expect(Object.keys(branch)[0]).toBe("types");
    }
  });

  it("serves the subpaths' types to TypeScript's node10 resolution, and the root through main/types", () => {
    expect(pkg.typesVersions).toEqual({ "*": { validators: ["./dist/cjs/validators/index.d.cts"] } });
    expect(pkg).toMatchObject({ main: "./dist/cjs/index.cjs", types: "./dist/cjs/index.d.cts" });
  });

  it("leaves typesVersions out when the root is the only entry", () => {
    const rootOnly = JSON.parse(emitPackageJson({ version: "1.0.0", meta, document, sourcePaths: ["src/index.ts"] }).contents);
    expect(rootOnly.typesVersions).toBeUndefined();
  });
});
