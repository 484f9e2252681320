/**
 * The dated upstream through the whole generate flow, as a team would run it: its document
 * served from 127.0.0.1, a temporary project with an upstreams file naming it, the real CLI as
 * a child process. First run: no snapshot yet, so it is created. Then a drifted document (an
 * operation removed, a required property added) stops the run with exit 1 and a report that
 * names the upstream and the client functions concerned. Then `--accept` takes it: new
 * snapshot, a higher version, a CHANGELOG entry.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { type SpecServer, startSpecServer } from "../../scripts/serve-spec.js";
import { runCli } from "../hardening/generator-cli.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const UPSTREAM = "2026-03-30";
const original = readFileSync(join(ROOT, "test/fixtures/upstream/quo-2026-03-30.reconstructed.json"), "utf8");

/** The dated document with `GET /tasks/{taskId}` gone and a new required `priority` when creating a task. */
function drifted(): string {
  const document = JSON.parse(original) as JsonObject;
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  const task = paths["/tasks/{taskId}"] as Record<string, JsonObject>;
  expect(task.get?.operationId).toBe("tasks.get");
  delete task.get;
  const create = (paths["/tasks"] as Record<string, JsonObject>).post as JsonObject;
  const schema = (((create.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject).schema as JsonObject;
  (schema.properties as JsonObject).priority = { type: "string", enum: ["low", "high"] };
  (schema.required as string[]).push("priority");
  return `${JSON.stringify(document, null, 2)}\n`;
}

let served = original;
let server: SpecServer;
let dir: string;
let url: string;
const out = "pkg-dated";

beforeAll(async () => {
  server = await startSpecServer({
    "/openphone-public-api-2026-03-30-prod.json": (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(served);
    },
  });
  url = `${server.url}/openphone-public-api-2026-03-30-prod.json`;
  dir = tempDir("opgen-dated-flow-");
  // The project's own shape: v1 first, the dated upstream second, without correction files.
  const entry = (name: string, package_: string) => ({
    name,
    url,
    out: `pkg-${name}`,
    package: package_,
    overlay: null,
    names: null,
    webhooks: null,
  });
  writeFileSync(
    join(dir, "openphone.upstreams.json"),
    JSON.stringify({ upstreams: [entry("v1", "openphone-api"), entry(UPSTREAM, "openphone-api-2026-03-30")] }, null, 2),
  );
});
afterAll(async () => {
  await server.close();
});

const generate = (...args: string[]) =>
  runCli(["generate", "--upstream", UPSTREAM, "--spec", url, "--out", out, ...args], { cwd: dir, killAfterMs: 180_000 });
const packageJson = () => JSON.parse(readFileSync(join(dir, out, "package.json"), "utf8")) as { name: string; version: string };
const snapshot = () => readFileSync(join(dir, out, "openapi.json"), "utf8");

describe("the dated upstream through generate", () => {
  let firstVersion = "";

  it("first run on an empty folder creates the snapshot and the package", async () => {
    expect(existsSync(join(dir, out))).toBe(false);
    const run = await generate("--accept");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/No snapshot yet: created it from the upstream/);
    expect(JSON.parse(snapshot()).paths["/tasks/{taskId}"].get.operationId).toBe("tasks.get");
    expect(JSON.parse(readFileSync(join(dir, out, "openapi.meta.json"), "utf8")).source).toBe(url);
    firstVersion = packageJson().version;
    expect(packageJson().name).toBe("openphone-api-2026-03-30");
    // The version header is the operation's own, sent without being asked for.
    expect(readFileSync(join(dir, out, "src/operations/getTask.ts"), "utf8")).toContain('"quo-api-version": "2026-03-30" } });');
    expect(semver.valid(firstVersion)).not.toBeNull();
  }, 180_000);

  it("a drifted document: exit 1, nothing written, a report naming the upstream and the client functions", async () => {
    served = drifted();
    const before = snapshot();
    const report = join(dir, "report.md");
    const run = await generate("--report", report);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/differs from the snapshot .*pkg-dated.*Nothing was written/);
    expect(snapshot()).toBe(before);
    expect(packageJson().version).toBe(firstVersion);
    // The terminal report and the markdown one both say which upstream changed...
    expect(run.stdout).toContain(`Contract diff of upstream ${UPSTREAM}:`);
    const markdown = readFileSync(report, "utf8");
    expect(markdown.split("\n")[0]).toBe(`## OpenPhone API contract changes (upstream ${UPSTREAM})`);
    // ...and what changes for a caller: the removed function, the function whose input grew a required field.
    for (const text of [run.stdout, markdown]) {
      expect(text).toMatch(/getTask\b/);
      expect(text).toMatch(/createTask\b/);
      expect(text).toMatch(/priority/);
    }
    expect(markdown).toMatch(/breaking[\s\S]*GET \/tasks\/\{taskId\}/i);
  }, 180_000);

  it("--accept takes the drift: new snapshot, a higher version, a CHANGELOG entry for it", async () => {
    const run = await generate("--accept");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Accepted the upstream change: snapshot replaced/);
    expect(JSON.parse(snapshot()).paths["/tasks/{taskId}"].get).toBeUndefined();
    expect(existsSync(join(dir, out, "src/operations/getTask.ts"))).toBe(false);
    const version = packageJson().version;
    expect(semver.gt(version, firstVersion), `${firstVersion} → ${version}`).toBe(true);
    const changelog = readFileSync(join(dir, out, "CHANGELOG.md"), "utf8");
    const entry = changelog.slice(changelog.indexOf(`## ${version} (`));
    expect(entry.startsWith(`## ${version} (`), changelog.slice(0, 400)).toBe(true);
    expect(entry.slice(0, entry.indexOf("\n## ") === -1 ? undefined : entry.indexOf("\n## "))).toMatch(/[1-9]\d* breaking/);
    // The v1 entry of the upstreams file was not run: its folder does not exist.
    expect(existsSync(join(dir, "pkg-v1"))).toBe(false);
  }, 180_000);
});
