/**
 * `npm run generate` / `npm run diff` as users run them: through scripts/launch.mjs, the
 * esbuild-bundled CLI. Only there does openapi-typescript run on its worker thread
 * (generator/emit/raw-types-thread.ts); these check that path gives the same package as
 * the TypeScript sources and carries a refusal back as a clear exit 2.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, OVERLAY_ARGS, SNAPSHOT } from "../helpers/generated.js";
import { SPEC_DECEMBER, SPEC_JUNE, tempDir } from "../helpers/paths.js";

function launch(...args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/launch.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, OPENPHONE_SPEC_URL: "", GITHUB_STEP_SUMMARY: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NEUTRAL = ["--overlay", resolve("test/fixtures/hostile/neutral.overlay.json")];

describe("the launcher (bundled CLI)", () => {
  it("builds the worker next to the CLI and generates the package's raw types on it, byte for byte", () => {
    const out = tempDir();
    // The package under test's own snapshot, corrected by its own overlay (test/helpers/generated.ts).
    const { code, stderr } = launch("generate", "--upstream", "v1", "--spec", SNAPSHOT, "--accept", "--out", out, ...OVERLAY_ARGS);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    const cache = resolve("node_modules/.cache/openphone-codegen");
    const bundles = readdirSync(cache).filter((name) => existsSync(join(cache, name, "cli.js")));
    expect(bundles.some((name) => existsSync(join(cache, name, "raw-types-worker.js")))).toBe(true);
    // The package under test was made from the same document through the same emitters.
    for (const file of ["src/openapi.ts", "dist/validators/models.d.ts"]) {
      expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(GENERATED, file), "utf8"));
    }
  });

  it("a document openapi-typescript refuses on the worker: exit 2, the one-paragraph error, nothing written", () => {
    const out = tempDir();
    const { code, stderr } = launch(
      "generate",
      "--upstream",
      "v1",
      "--spec",
      resolve("test/fixtures/hostile/names.json"),
      "--accept",
      "--out",
      out,
      ...NEUTRAL,
    );
    expect(code).toBe(2);
    const errors = stderr.split("\n").filter((line) => line.startsWith("error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /openapi-typescript could not turn the spec into the raw `paths`\/`operations` types.*openphone\.overlay\.json/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it("runs diff without the emit chunk: exit 1 on the real pair, with the report", () => {
    const { code, stdout } = launch("diff", SPEC_JUNE, SPEC_DECEMBER);
    expect(code).toBe(1);
    expect(stdout).toMatch(/breaking/i);
  });
});
