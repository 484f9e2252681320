import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMITTED } from "../package/grown-package.js";
import { createMonorepo, type Monorepo, type ResolutionMode, TSC } from "./monorepo.js";

/**
 * A user's monorepo consuming the committed generated/ package: install as a
 * workspace, type-check under every resolution mode, run as ESM and from
 * CommonJS, bundle with esbuild. The usage files are test/consumer/fixtures/*.
 */
let repo: Monorepo;
beforeAll(() => {
  repo = createMonorepo(COMMITTED);
  // The app's build: NodeNext emits src/*.ts → out/*.js (ESM) and src/*.cts → out/*.cjs for the run tests.
  const build = run(process.execPath, [TSC, "-p", "tsconfig.nodenext.json", "--noEmit", "false", "--outDir", "out"], repo.app);
  if (build.status !== 0) throw new Error(`the app did not build:\n${build.output}`);
});

function run(command: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What the usage files print: the same facts from every way of running them. */
async function expectedOutput(format: "esm" | "cjs"): Promise<unknown> {
  const esm = (await import(pathToFileURL(join(COMMITTED, "dist/index.js")).href)) as Record<string, unknown>;
  return {
    format,
    exports: Object.keys(esm).sort(),
    path: "/v1/messages",
    message: { from: "+15555550100", to: ["+15555550101"], content: "Hello from the monorepo" },
    rejected: "string",
    phoneNumbers: [],
  };
}

describe("a monorepo that depends on generated/ as a workspace", () => {
  it("npm links the workspace package (no registry, no copy)", () => {
    const link = join(repo.root, "node_modules/openphone-api");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(realpathSync(link)).toBe(realpathSync(repo.packageDir));
    const lock = JSON.parse(readFileSync(join(repo.root, "package-lock.json"), "utf8"));
    expect(lock.packages["node_modules/openphone-api"]).toEqual({ resolved: "tools/openphone-codegen/generated", link: true });
  });

  it.each<[ResolutionMode, string[]]>([
    ["bundler", ["dist/index.d.ts"]],
    ["node16", ["dist/index.d.ts", "dist/cjs/index.d.cts"]],
    ["nodenext", ["dist/index.d.ts", "dist/cjs/index.d.cts"]],
  ])("type-checks the usage under moduleResolution %s, reading the package's declarations %j", (mode, declarations) => {
    const result = run(process.execPath, [TSC, "-p", `tsconfig.${mode}.json`, "--listFiles"], repo.app);
    const errors = result.output.split("\n").filter((line) => /error TS\d+/.test(line));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
    const read = result.output.split("\n").map((line) => realpathOrSelf(line.trim()));
    for (const declaration of declarations) expect(read).toContain(realpathSync(join(repo.packageDir, declaration)));
  });

  it("runs with Node as ESM (import)", async () => {
    const result = run(process.execPath, ["out/usage-esm.js"], repo.app);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(await expectedOutput("esm"));
  });

  it("runs with Node from CommonJS (require of the package)", async () => {
    const compiled = readFileSync(join(repo.app, "out/usage-cjs.cjs"), "utf8");
    expect(compiled).toContain('require("openphone-api")');
    const result = run(process.execPath, ["out/usage-cjs.cjs"], repo.app);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(await expectedOutput("cjs"));
  });

  it.each(["browser", "node"] as const)("bundles with esbuild for platform %s and the bundle runs", async (platform) => {
    const bundle = await build({
      absWorkingDir: repo.app,
      entryPoints: ["src/usage-esm.ts"],
      bundle: true,
      format: "esm",
      platform,
      write: false,
      logLevel: "silent",
    });
    expect(bundle.errors).toEqual([]);
    const code = bundle.outputFiles[0]!.text;
    // Browser platform: esbuild refuses Node built-ins, so success proves the package needs none.
    expect(code).not.toMatch(/from\s+["']node:|require\(["']node:/);
    const file = join(repo.app, `out/bundle-${platform}.mjs`);
    writeFileSync(file, code);
    const result = run(process.execPath, [file], repo.app);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(await expectedOutput("esm"));
  });
});

/**
 * The generated README is the user's only guide, so its TypeScript examples
 * must compile against the package they ship with. The client examples are
 * written against the client's intended API; until the package has
 * src/client.ts only the blocks that do not use a client are checked.
 */
const hasClient = existsSync(join(COMMITTED, "src/client.ts"));

describe("the generated README's examples", () => {
  it(`type-check in the consumer app (${hasClient ? "every block" : "blocks without a client, until src/client.ts exists"})`, () => {
    const readme = readFileSync(join(repo.packageDir, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    const chosen = hasClient ? blocks : blocks.filter((block) => !/\bclient\b|createClient/.test(block));
    expect(chosen.length).toBeGreaterThan(0);
    const dir = join(repo.app, "readme");
    mkdirSync(dir, { recursive: true });
    // The examples read the API key from the environment; the app has no @types/node.
    const prelude = "declare const process: { env: Record<string, string | undefined> };\nexport {};\n";
    writeFileSync(join(dir, "examples.ts"), prelude + chosen.join("\n"));
    const config = JSON.parse(readFileSync(join(repo.app, "tsconfig.bundler.json"), "utf8"));
    writeFileSync(join(repo.app, "tsconfig.readme.json"), JSON.stringify({ ...config, include: ["readme"] }));
    const result = run(process.execPath, [TSC, "-p", "tsconfig.readme.json"], repo.app);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });
});

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
