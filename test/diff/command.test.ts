/** The diff command end to end: files and loopback URLs in, report and exit code out. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSide, runDiffCommand } from "../../generator/cli/diff.js";
import { DEFAULT_FETCH_OPTIONS } from "../../generator/load/fetch.js";
import { FIXTURES, NEWER_LOOKING, OLDER_LOOKING } from "./helpers.js";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
    isTty: false,
  };
  const code = await runDiffCommand(argv, io);
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "diff-command-"));
const fixture = (id: string, side: "base" | "revision") => path.join(FIXTURES, id, `${side}.json`);

let server: Server;
let origin = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/june.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(readFileSync(OLDER_LOOKING));
    } else if (req.url === "/hang") {
      // Never answers: the client's timeout has to end it.
    } else if (req.url === "/html") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>oops</html>");
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe("loading a side", () => {
  it("gives up on a URL that does not answer within the timeout, naming it", async () => {
    await expect(loadSide(`${origin}/hang`, "revision", { ...DEFAULT_FETCH_OPTIONS, timeoutMs: 200, retries: 0 })).rejects.toThrow(
      /Could not fetch the revision spec from http:\/\/127\.0\.0\.1:\d+\/hang after 1 attempts: no complete answer within 0\.2 s \(timeout\)/,
    );
  });

  it("hashes the bytes as received", async () => {
    const side = await loadSide(`${origin}/june.json`, "base");
    const fromFile = await loadSide(OLDER_LOOKING, "base");
    expect(side.sha256).toBe(fromFile.sha256);
    expect(side.sha256).toBe(createHash("sha256").update(readFileSync(OLDER_LOOKING)).digest("hex"));
    expect(side.document).toEqual(fromFile.document);
  });
});

describe("exit codes", () => {
  const table: Array<[string, string[], number]> = [
    ["breaking change, default --fail-on breaking", [fixture("operation-removed", "base"), fixture("operation-removed", "revision")], 1],
    ["info change, default --fail-on breaking", [fixture("operation-added", "base"), fixture("operation-added", "revision")], 0],
    ["info change, --fail-on info", [fixture("operation-added", "base"), fixture("operation-added", "revision"), "--fail-on", "info"], 1],
    [
      "breaking change, --fail-on never",
      [fixture("operation-removed", "base"), fixture("operation-removed", "revision"), "--fail-on", "never"],
      0,
    ],
    ["docs change, --fail-on docs", [fixture("summary-changed", "base"), fixture("summary-changed", "revision"), "--fail-on", "docs"], 1],
    ["no change", [fixture("operation-added", "base"), fixture("operation-added", "base")], 0],
  ];
  it.each(table)("%s", async (_name, argv, want) => {
    expect((await run(argv)).code).toBe(want);
  });
});

describe("bad input exits 2 with a clear message", () => {
  const table: Array<[string, () => string[], RegExp]> = [
    ["one document", () => [fixture("operation-added", "base")], /exactly two documents/],
    [
      "unknown format",
      () => [fixture("operation-added", "base"), fixture("operation-added", "base"), "--format", "xml"],
      /--format must be one of json, markdown, text, github/,
    ],
    [
      "unknown fail-on",
      () => [fixture("operation-added", "base"), fixture("operation-added", "base"), "--fail-on", "major"],
      /--fail-on must be one of/,
    ],
    ["unknown flag", () => ["a", "b", "--colour"], /colour/],
    [
      "missing file",
      () => [path.join(dir, "nope.json"), fixture("operation-added", "base")],
      /Cannot read the base spec file .*nope\.json \(ENOENT\)/,
    ],
    ["not JSON", () => [writeTemp("x.json", "{oops"), fixture("operation-added", "base")], /The base spec .*x\.json is not valid JSON/],
    [
      "not OpenAPI",
      () => [fixture("operation-added", "base"), writeTemp("pkg.json", '{"name": "x"}')],
      /revision spec .*pkg\.json is JSON but not an OpenAPI 3\.x document/,
    ],
    [
      "external $ref",
      () => [
        fixture("operation-added", "base"),
        writeTemp("ext.json", JSON.stringify({ openapi: "3.1.0", paths: { "/a": { $ref: "other.json#/a" } } })),
      ],
      /\$ref "other\.json#\/a" at \/paths\/~1a\/\$ref/,
    ],
    [
      "HTTP 404",
      () => [`${origin}/missing.json`, fixture("operation-added", "base")],
      /base spec URL http:\/\/127\.0\.0\.1:\d+\/missing\.json answered HTTP 404/,
    ],
    ["HTML page", () => [`${origin}/html`, fixture("operation-added", "base")], /is not valid JSON/],
    [
      "missing --ignore file",
      () => [fixture("operation-added", "base"), fixture("operation-added", "base"), "--ignore", path.join(dir, "none.json")],
      /ignore file .*none\.json given to --ignore does not exist/,
    ],
  ];
  it.each(table)("%s", async (_name, argv, pattern) => {
    const result = await run(argv());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
    expect(result.out).toBe("");
  });
});

function writeTemp(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe("the real pair", () => {
  it("reads one side from a loopback URL and prints the JSON report", async () => {
    const { code, out } = await run([`${origin}/june.json`, NEWER_LOOKING, "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.base.source).toBe(`${origin}/june.json`);
    expect(report.base.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.summary.breaking).toBeGreaterThan(0);
    expect(
      report.changes.find((c: { id: string; path: string }) => c.id === "operation-removed" && c.path === "/v1/contacts"),
    ).toBeDefined();
  });

  it("accepts a finding listed in the ignore file and keeps the rest", async () => {
    const ignore = writeTemp(
      "ignore.json",
      JSON.stringify([{ id: "operation-removed", location: "/paths/~1v1~1contacts/get", reason: "GET /v1/contacts moved to search" }]),
    );
    const { out, err } = await run([OLDER_LOOKING, NEWER_LOOKING, "--format", "json", "--ignore", ignore]);
    const ids = JSON.parse(out)
      .changes.filter((c: { id: string }) => c.id === "operation-removed")
      .map((c: { path: string }) => c.path);
    expect(ids).toEqual(["/v1/conversations"]);
    expect(err).toContain("1 change(s) accepted by the ignore file");
  });

  it("prints each format", async () => {
    for (const format of ["text", "markdown", "github"]) {
      const { code, out } = await run([OLDER_LOOKING, NEWER_LOOKING, "--format", format]);
      expect(code).toBe(1);
      expect(out).toContain("response-union-branch-added");
    }
  });

  it("runs as a process through cli/diff-main.ts", async () => {
    const exec = promisify(execFile);
    const result = await exec("npx", ["tsx", "generator/cli/diff-main.ts", NEWER_LOOKING, OLDER_LOOKING, "--format", "text"], {
      cwd: process.cwd(),
    }).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("3 breaking");
    expect(result.stdout).toContain("response-property-became-nullable");
  });
});
