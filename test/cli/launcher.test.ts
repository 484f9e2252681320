/**
 * `npm run generate` / `npm run diff` as users run them: through scripts/launch.mjs, the
 * esbuild-bundled CLI, whose openapi-typescript worker (generator/emit/raw-types-thread.ts)
 * is the bundled raw-types-worker.js (from sources, tests start the same worker through tsx:
 * test/pipeline/generate.test.ts); these check the bundled path gives the same package as
 * the TypeScript sources and carries a refusal back as a clear exit 2, and that the bundle
 * cache is keyed by what shapes the bundle and never loses a bundle a run still uses.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, OVERLAY_ARGS, SNAPSHOT } from "../helpers/generated.js";
import { ROOT, SPEC_DECEMBER, SPEC_JUNE, tempDir } from "../helpers/paths.js";

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

  it("compiles the runtime once per generator: its entries beside the bundle give the same bytes, and a damaged one is compiled again", () => {
    const cache = resolve("node_modules/.cache/openphone-codegen");
    const generateInto = (out: string) => {
      const { code, stderr } = launch("generate", "--upstream", "v1", "--spec", SNAPSHOT, "--accept", "--out", out, ...OVERLAY_ARGS);
      expect(stderr).not.toMatch(/error/i);
      expect(code).toBe(0);
    };
    // The entries of this generator's bundle: the folder the launcher touched last (older
    // generators' folders may still hold entries of their own, which no run here rewrites).
    const entries = () => {
      const bundles = readdirSync(cache).filter((name) => existsSync(join(cache, name, "compiled-runtime")));
      const current = bundles.sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs)[0] ?? "";
      const folder = join(cache, current, "compiled-runtime");
      return readdirSync(folder).map((file) => join(folder, file));
    };
    generateInto(tempDir());
    const written = entries().filter((file) => file.endsWith(".json"));
    expect(written.length).toBeGreaterThanOrEqual(10);
    // Damage every entry: the next run must not trust them.
    for (const file of written) writeFileSync(file, "{ not json");
    const out = tempDir();
    generateInto(out);
    const runtime = readdirSync(join(GENERATED, "dist", "runtime"));
    expect(runtime).toContain("http.js");
    for (const file of runtime) {
      expect(readFileSync(join(out, "dist", "runtime", file), "utf8"), file).toBe(
        readFileSync(join(GENERATED, "dist", "runtime", file), "utf8"),
      );
    }
    for (const file of ["http.cjs", "http.d.cts"]) {
      expect(readFileSync(join(out, "dist", "cjs", "runtime", file), "utf8"), file).toBe(
        readFileSync(join(GENERATED, "dist", "cjs", "runtime", file), "utf8"),
      );
    }
    // Compiled again and written back whole.
    for (const file of written) expect(() => JSON.parse(readFileSync(file, "utf8"))).not.toThrow();
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

  it("an overlay filter that matches nothing stops the run: exit 2, the file and the action named, nothing written", () => {
    const out = tempDir();
    const overlayFile = join(tempDir(), "filter.overlay.json");
    const target = "$.paths[*][?@.operationId=='noSuchOperation']";
    writeFileSync(
      overlayFile,
      JSON.stringify({ overlay: "1.0.0", info: { title: "t", version: "1" }, actions: [{ target, update: { deprecated: true } }] }),
    );
    const { code, stderr } = launch("generate", "--upstream", "v1", "--spec", SNAPSHOT, "--accept", "--out", out, "--overlay", overlayFile);
    expect(code).toBe(2);
    const errors = stderr.split("\n").filter((line) => line.startsWith("error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${overlayFile}: actions[0] (target ${JSON.stringify(target)}) selects nothing in the document`);
    expect(readdirSync(out)).toEqual([]);
  });

  it("runs diff without the emit chunk: exit 1 on the real pair, with the report", () => {
    const { code, stdout } = launch("diff", SPEC_JUNE, SPEC_DECEMBER);
    expect(code).toBe(1);
    expect(stdout).toMatch(/breaking/i);
  });
});

/**
 * A copy of the project's launcher inputs in a temporary folder (node_modules linked entry by
 * entry, so its own node_modules/.cache is private): the cache tests change files and plant
 * old bundles there without touching the repository's cache.
 */
function projectCopy(): { root: string; cache: string; launch: (...args: string[]) => ReturnType<typeof spawnSync> } {
  const root = tempDir("opgen-launcher-");
  for (const path of ["scripts/launch.mjs", "generator", "tsconfig.json", "package.json", "package-lock.json"]) {
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  mkdirSync(join(root, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name !== ".cache") symlinkSync(join(ROOT, "node_modules", name), join(root, "node_modules", name));
  }
  const cache = join(root, "node_modules", ".cache", "openphone-codegen");
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, "scripts", "launch.mjs"), ...args], { encoding: "utf8" });
  return { root, cache, launch: run };
}

const bundlesIn = (cache: string) => readdirSync(cache).filter((name) => existsSync(join(cache, name, "COMPLETE")));

/** A complete-looking bundle folder last used two hours ago. */
function plantOldBundle(cache: string, name: string, markerPid?: number): string {
  const dir = join(cache, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "cli.js"), "");
  writeFileSync(join(dir, "COMPLETE"), "");
  if (markerPid !== undefined) writeFileSync(join(dir, `in-use.${markerPid}`), "");
  const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
  utimesSync(dir, twoHoursAgo, twoHoursAgo);
  return dir;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("the launcher's bundle cache", () => {
  it("a changed tsconfig.json gives a new bundle; unchanged inputs reuse the one there is", () => {
    const project = projectCopy();
    expect(project.launch("--help").status).toBe(0);
    const first = bundlesIn(project.cache);
    expect(first).toHaveLength(1);
    expect(project.launch("--help").status).toBe(0);
    expect(bundlesIn(project.cache)).toEqual(first);

    const tsconfig = join(project.root, "tsconfig.json");
    writeFileSync(tsconfig, readFileSync(tsconfig, "utf8").replace('"target": "ES2022"', '"target": "ES2023"'));
    expect(project.launch("--help").status).toBe(0);
    const second = bundlesIn(project.cache);
    expect(second).toHaveLength(2);
    expect(second).toEqual(expect.arrayContaining(first));
  });

  it("marks its bundle in use while it runs and removes the mark when it exits", async () => {
    const project = projectCopy();
    expect(project.launch("--help").status).toBe(0);
    const [bundle] = bundlesIn(project.cache);
    const dir = join(project.cache, bundle!);
    expect(readdirSync(dir).filter((name) => name.startsWith("in-use."))).toEqual([]);
    // diff reading stdin stays running until stdin closes.
    const child = spawn(process.execPath, [join(project.root, "scripts", "launch.mjs"), "diff", SPEC_JUNE, "-"], {
      stdio: ["pipe", "ignore", "ignore"],
    });
    const marker = join(dir, `in-use.${child.pid}`);
    for (let i = 0; i < 200 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(marker)).toBe(true);
    child.stdin.end(readFileSync(SPEC_JUNE));
    await new Promise((r) => child.once("exit", r));
    expect(existsSync(marker)).toBe(false);
  });

  it("removes a bundle unused for over an hour, never one a live process is marked in", () => {
    const project = projectCopy();
    mkdirSync(project.cache, { recursive: true });
    // The test process itself is the live user; it may load lazy chunks at any time.
    const inUse = plantOldBundle(project.cache, "aaaaaaaaaaaaaaaa", process.pid);
    const unused = plantOldBundle(project.cache, "bbbbbbbbbbbbbbbb");
    const killedRun = plantOldBundle(project.cache, "cccccccccccccccc", deadPid());
    const recent = join(project.cache, "dddddddddddddddd");
    mkdirSync(recent);
    writeFileSync(join(recent, "COMPLETE"), "");

    expect(project.launch("--help").status).toBe(0);
    expect(existsSync(inUse)).toBe(true);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(unused)).toBe(false);
    expect(existsSync(killedRun)).toBe(false);
    // Nothing half-removed is left behind under another name.
    expect(readdirSync(project.cache).filter((name) => name.startsWith("trash."))).toEqual([]);
  });
});
