/**
 * `generate` with an upstreams file: `--upstream` runs one, none runs all in order, each with
 * its own folder; the exit code is the most severe; flags that describe one upstream are refused
 * when several would run. The real CLI as a child process in a temporary project, upstreams
 * served from 127.0.0.1.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Route, type SpecServer, startSpecServer } from "../../scripts/serve-spec.js";
import { runCli, tinySpec } from "../hardening/generator-cli.js";
import { tempDir } from "../helpers/paths.js";

/** What each upstream's URL answers; tests change it between runs. */
const served: Record<string, { status: number; body: string }> = {};
const route =
  (name: string): Route =>
  (_request, response) => {
    const { status, body } = served[name] ?? { status: 404, body: "" };
    response.writeHead(status, { "content-type": "application/json" }).end(body);
  };

let server: SpecServer;
let dir: string;
beforeAll(async () => {
  server = await startSpecServer({ "/a.json": route("a"), "/b.json": route("b") });
  dir = tempDir("opgen-upstreams-");
  const entry = (name: string) => ({
    name,
    url: `${server.url}/${name}.json`,
    out: `pkg-${name}`,
    package: `tiny-${name}`,
    overlay: null,
    names: null,
    webhooks: null,
  });
  writeFileSync(join(dir, "openphone.upstreams.json"), JSON.stringify({ upstreams: [entry("a"), entry("b")] }, null, 2));
  served.a = { status: 200, body: tinySpec(1) };
  served.b = { status: 200, body: tinySpec(1) };
});
afterAll(async () => {
  await server.close();
});

const generate = (...args: string[]) => runCli(["generate", ...args], { cwd: dir });

describe("generate with several upstreams", () => {
  it("--upstream picks one: only its folder is written, with its own package name", async () => {
    const run = await generate("--upstream", "a", "--accept");
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, "pkg-a", "openapi.json"))).toBe(true);
    expect(existsSync(join(dir, "pkg-b"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "pkg-a", "package.json"), "utf8")).name).toBe("tiny-a");
    expect(JSON.parse(readFileSync(join(dir, "pkg-a", "openapi.meta.json"), "utf8")).source).toBe(`${server.url}/a.json`);
  });

  it("without --upstream every upstream runs in order; the first snapshot of b is created", async () => {
    const run = await generate();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.indexOf("== upstream a")).toBeGreaterThanOrEqual(0);
    expect(run.stdout.indexOf("== upstream b")).toBeGreaterThan(run.stdout.indexOf("== upstream a"));
    expect(JSON.parse(readFileSync(join(dir, "pkg-b", "package.json"), "utf8")).name).toBe("tiny-b");
  });

  it("one changed upstream: exit 1, its report under its name; the other is left as it was", async () => {
    served.b = { status: 200, body: tinySpec(2) };
    const before = readFileSync(join(dir, "pkg-a", "openapi.json"), "utf8");
    const run = await generate();
    expect(run.code, run.stderr).toBe(1);
    const bPart = run.stdout.slice(run.stdout.indexOf("== upstream b"));
    expect(bPart).toMatch(/createdAt/);
    expect(run.stdout.slice(0, run.stdout.indexOf("== upstream b"))).not.toMatch(/createdAt/);
    expect(readFileSync(join(dir, "pkg-a", "openapi.json"), "utf8")).toBe(before);
    // Each keeps its own snapshot: b's is not replaced without --accept.
    expect(readFileSync(join(dir, "pkg-b", "openapi.json"), "utf8")).not.toMatch(/createdAt/);
  });

  it("the most severe code wins: a bad document for a (2) outranks b's change (1), and b still reports", async () => {
    served.a = { status: 200, body: "<html>maintenance</html>" };
    const run = await generate();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: .*a\.json/);
    expect(run.stdout).toMatch(/== upstream b[\s\S]*createdAt/);
    served.a = { status: 200, body: tinySpec(1) };
  });

  it("--offline --check checks every upstream's folder", async () => {
    const run = await generate("--offline", "--check");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("pkg-a/ is up to date");
    expect(run.stderr).toContain("pkg-b/ is up to date");
  });

  it("--spec or --out without --upstream is refused when several would run, naming the fix", async () => {
    const run = await generate("--spec", "x.json", "--out", "elsewhere");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--spec, --out describe one upstream, but this run covers 2 \(a, b.*Add --upstream <name>/);
    expect(existsSync(join(dir, "elsewhere"))).toBe(false);
  });

  it("an unknown --upstream is refused, listing the known ones", async () => {
    const run = await generate("--upstream", "c", "--offline");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--upstream "c" is not listed in openphone\.upstreams\.json\. Known upstreams: a, b\./);
  });
});
