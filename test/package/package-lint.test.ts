import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/paths.js";
import { COMMITTED } from "./grown-package.js";
import { attwFindings, packTarball, publintFindings } from "./lint-tools.js";

/**
 * "publint and attw report nothing": on the committed package, and on the
 * package as it grows (subpaths, CommonJS build, an internal runtime folder).
 */
describe.each([["committed generated/", () => COMMITTED]])("%s", (_name, folder) => {
  const dir = folder();

  it("publint (strict, every level) reports nothing", async () => {
    expect(await publintFindings(dir)).toEqual([]);
  });

  it("@arethetypeswrong/cli (strict profile: node10, node16 CJS and ESM, bundler) reports nothing", () => {
    expect(attwFindings(packTarball(dir))).toEqual([]);
  });

  it("the packed tarball holds compiled JS and declarations for both formats, and no stray files", () => {
    const listing = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: dir, encoding: "utf8" });
    const files = (JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
    for (const required of [
      "package.json",
      "README.md",
      "openapi.json",
      "openapi.meta.json",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cjs/index.cjs",
      "dist/cjs/index.d.cts",
    ]) {
      expect(files).toContain(required);
    }
    expect(
      files.filter((f) => !/^(dist|src)\/|^(package\.json|README\.md|CHANGELOG\.md|openapi\.json|openapi\.meta\.json)$/.test(f)),
    ).toEqual([]);
  });
});

describe("the lint tools can fail", () => {
  it("attw flags the ESM-only exports map the foundation shipped (require would get ESM types)", () => {
    const dir = tempDir("opgen-bad-");
    cpSync(COMMITTED, dir, { recursive: true });
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.main = "./dist/index.js";
    pkg.types = "./dist/index.d.ts";
    pkg.exports["."] = { types: "./dist/index.d.ts", default: "./dist/index.js" };
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    const codes = attwFindings(packTarball(dir)).map((f) => f.code);
    expect(codes).toContain("CJSResolvesToESM");
  });

  it("publint flags an entry whose file is not published", async () => {
    const dir = tempDir("opgen-bad-");
    cpSync(COMMITTED, dir, { recursive: true });
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.files = ["src", "openapi.json"];
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    expect((await publintFindings(dir)).map((f) => f.code)).toContain("FILE_NOT_PUBLISHED");
  });
});
