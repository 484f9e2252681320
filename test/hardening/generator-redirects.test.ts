/**
 * Redirects of the upstream, against real loopback servers: followed by hand,
 * at most 5, http(s) only, never retried when refused; a redirect to another
 * origin is followed and the URL that served the bytes is recorded in the
 * snapshot meta as `finalUrl` (absent when nothing redirected).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Route, type SpecServer, startSpecServer } from "../../scripts/serve-spec.js";
import { isCleanRefusal, runCli, tinySpec, workspace } from "./generator-cli.js";

const servers: SpecServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(routes: Record<string, Route>): Promise<SpecServer> {
  const server = await startSpecServer(routes);
  servers.push(server);
  return server;
}

const spec: Route = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json" }).end(tinySpec(1));
};
const redirectTo =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location }).end();
  };

const generate = (url: string, ...extra: string[]) => [
  "generate",
  "--spec",
  url,
  "--out",
  "generated",
  "--accept",
  "--require-upstream",
  ...extra,
];

function meta(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, "generated", "openapi.meta.json"), "utf8")) as Record<string, unknown>;
}

describe("redirects of the upstream", () => {
  it("a redirect to another origin is followed, and the meta records where the bytes came from", async () => {
    const target = await serve({ "/real/spec.json": spec });
    const front = await serve({ "/spec.json": redirectTo(`${target.url}/real/spec.json`, 301) });
    const dir = workspace("opgen-redirect-cross-");
    const run = await runCli(generate(`${front.url}/spec.json`), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(meta(dir)).toMatchObject({ source: `${front.url}/spec.json`, finalUrl: `${target.url}/real/spec.json` });
  }, 60_000);

  it("without a redirect the meta has no finalUrl", async () => {
    const server = await serve({ "/spec.json": spec });
    const dir = workspace("opgen-redirect-none-");
    const run = await runCli(generate(`${server.url}/spec.json`), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(meta(dir).source).toBe(`${server.url}/spec.json`);
    expect(meta(dir)).not.toHaveProperty("finalUrl");
  }, 60_000);

  it("five redirects (relative Locations) are followed", async () => {
    const routes: Record<string, Route> = { "/spec.json": spec };
    for (let i = 1; i <= 5; i++) routes[`/hop${i}`] = redirectTo(i === 5 ? "spec.json" : `hop${i + 1}`, 307);
    const server = await serve(routes);
    const dir = workspace("opgen-redirect-five-");
    const run = await runCli(generate(`${server.url}/hop1`), { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(meta(dir).finalUrl).toBe(`${server.url}/spec.json`);
  }, 60_000);

  it("a redirect loop stops after 5 redirects with exit 2, and is not retried", async () => {
    const server = await serve({ "/a": redirectTo("/b"), "/b": redirectTo("/a") });
    const dir = workspace("opgen-redirect-loop-");
    const run = await runCli(generate(`${server.url}/a`), { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/redirected more than 5 times .*probably a redirect loop/);
    expect((server.hits.get("/a") ?? 0) + (server.hits.get("/b") ?? 0)).toBe(6);
  }, 60_000);

  it.each([
    ["file:", "file:///etc/passwd"],
    ["data:", "data:application/json,{}"],
    ["ftp:", "ftp://127.0.0.1/spec.json"],
  ])(
    "a redirect to %s is refused with exit 2, not retried",
    async (_scheme, location) => {
      const server = await serve({ "/spec.json": redirectTo(location) });
      const dir = workspace("opgen-redirect-scheme-");
      const run = await runCli(generate(`${server.url}/spec.json`), { cwd: dir });
      expect(isCleanRefusal(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(/which is not an http\(s\) URL; only http\(s\) redirects are followed/);
      expect(server.hits.get("/spec.json")).toBe(1);
    },
    60_000,
  );

  it("a redirect loop in diff is refused the same way", async () => {
    const server = await serve({ "/a": redirectTo("/a") });
    const dir = workspace("opgen-redirect-diff-");
    const run = await runCli(["diff", "v1.json", `${server.url}/a`], { cwd: dir });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/revision spec URL .*redirected more than 5 times/);
  }, 60_000);
});
