import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { defaultGenerateOptions, type GenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";
import { readTree } from "../../generator/write.js";
import { type SpecServer, serveFile, startSpecServer } from "../../scripts/serve-spec.js";
import { GENERATED, OVERLAY, SNAPSHOT } from "../helpers/generated.js";
import { SPEC_DECEMBER, SPEC_JUNE, tempDir } from "../helpers/paths.js";

const fixedNow = () => new Date("2026-01-02T03:04:05.000Z");

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), out: (m) => lines.push(`out: ${m}`) };
}

function options(
  source: string,
  outDir: string,
  extra: Partial<GenerateOptions> = {},
): GenerateOptions & { log: ReturnType<typeof recordingLogger> } {
  const log = recordingLogger();
  return {
    ...defaultGenerateOptions({
      source,
      outDir,
      now: fixedNow,
      fetch: { timeoutMs: 2000, maxBytes: 25 * 2 ** 20, retries: 1, backoffMs: 5 },
    }),
    log,
    ...extra,
  } as GenerateOptions & { log: ReturnType<typeof recordingLogger> };
}

/** A snapshot of SPEC_JUNE, accepted once and copied per test. */
let juneTree: Map<string, string>;
beforeAll(async () => {
  const dir = tempDir();
  expect(await runGenerate(options(SPEC_JUNE, dir, { accept: true }))).toBe(0);
  juneTree = await readTree(dir);
});

function juneSnapshotDir(): string {
  const dir = tempDir();
  for (const [path, contents] of juneTree) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  return dir;
}

let server: SpecServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("generate", () => {
  it("creates the snapshot in canonical form with its meta", () => {
    const meta = JSON.parse(juneTree.get("openapi.meta.json")!);
    expect(meta).toMatchObject({ source: SPEC_JUNE, etag: null, fetchedAt: "2026-01-02T03:04:05.000Z" });
    expect(meta.rawSha256).toMatch(/^[0-9a-f]{64}$/);
    const snapshot = juneTree.get("openapi.json")!;
    expect(snapshot.endsWith("}\n")).toBe(true);
    // Same content as the upstream, keys sorted.
    expect(JSON.parse(snapshot)).toEqual(JSON.parse(readFileSync(SPEC_JUNE, "utf8")));
    expect(juneTree.get("src/openapi.ts")).toContain('"/v1/messages"');
    expect(juneTree.get("dist/index.js")).toBeDefined();
  });

  it("is deterministic: two runs on the same snapshot give byte-identical trees", async () => {
    const a = juneSnapshotDir();
    const b = tempDir();
    expect(await runGenerate(options(SPEC_JUNE, b, { accept: true }))).toBe(0);
    expect(await runGenerate(options(SPEC_JUNE, a, { offline: true }))).toBe(0);
    expect(await readTree(a)).toEqual(await readTree(b));
  });

  it("upstream equal to the snapshot: regenerates and exits 0", async () => {
    const dir = juneSnapshotDir();
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE) });
    expect(await runGenerate(options(`${server.url}/spec.json`, dir))).toBe(0);
    expect(await readTree(dir)).toEqual(juneTree);
  });

  it("a changed upstream exits 1 and writes nothing; --accept replaces the snapshot and meta", async () => {
    const dir = juneSnapshotDir();
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_DECEMBER) });
    const url = `${server.url}/spec.json`;
    const refused = options(url, dir);
    expect(await runGenerate(refused)).toBe(1);
    expect(await readTree(dir)).toEqual(juneTree);
    expect(refused.log.lines.join("\n")).toMatch(/GET \/v1\/contacts removed/);

    expect(await runGenerate(options(url, dir, { accept: true }))).toBe(0);
    const after = await readTree(dir);
    expect(JSON.parse(after.get("openapi.json")!)).toEqual(JSON.parse(readFileSync(SPEC_DECEMBER, "utf8")));
    const meta = JSON.parse(after.get("openapi.meta.json")!);
    expect(meta.source).toBe(url);
    expect(meta.etag).toMatch(/^"/);
    expect(JSON.parse(after.get("package.json")!).version).toBe("2.0.0");
    expect(after.get("CHANGELOG.md")).toMatch(/^# Changelog\n\n## 2\.0\.0 \(2026-01-02\)/);
  });

  it("sends the recorded ETag and treats 304 as unchanged", async () => {
    const dir = tempDir();
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE) });
    const url = `${server.url}/spec.json`;
    expect(await runGenerate(options(url, dir, { accept: true }))).toBe(0);
    const second = options(url, dir);
    expect(await runGenerate(second)).toBe(0);
    expect(server.requests[1]?.headers["if-none-match"]).toBe(JSON.parse((await readTree(dir)).get("openapi.meta.json")!).etag);
    expect(second.log.lines.join("\n")).toMatch(/HTTP 304/);
  });

  it("an unreachable upstream warns and uses the snapshot; with --require-upstream exits 3", async () => {
    const dir = juneSnapshotDir();
    server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    server = undefined;
    const lenient = options(url, dir);
    expect(await runGenerate(lenient)).toBe(0);
    expect(lenient.log.lines.filter((l) => l.startsWith("warn:"))).toHaveLength(1);
    expect(await readTree(dir)).toEqual(juneTree);
    expect(await runGenerate(options(url, dir, { requireUpstream: true }))).toBe(3);
  });

  it("--offline without a snapshot is a clear input error", async () => {
    await expect(runGenerate(options(SPEC_JUNE, tempDir(), { offline: true }))).rejects.toThrow(
      /There is no snapshot at .*openapi\.json and --offline was given/,
    );
  });

  it("an unreachable upstream and no snapshot stops with the same clear error", async () => {
    await expect(runGenerate(options("http://127.0.0.1:9/spec.json", tempDir()))).rejects.toThrow(/There is no snapshot/);
  });

  it("--check passes on a fresh tree and fails, listing the file, after a one-byte edit; it writes nothing", async () => {
    const dir = juneSnapshotDir();
    expect(await runGenerate(options(SPEC_JUNE, dir, { offline: true, check: true }))).toBe(0);
    const file = join(dir, "src/openapi.ts");
    const edited = readFileSync(file, "utf8").replace("export", "exporT");
    writeFileSync(file, edited);
    writeFileSync(join(dir, "src/extra.ts"), "// hand-written\n");
    const check = options(SPEC_JUNE, dir, { offline: true, check: true });
    expect(await runGenerate(check)).toBe(1);
    const report = check.log.lines.join("\n");
    expect(report).toMatch(/changed\s+src\/openapi\.ts/);
    expect(report).toMatch(/extra\s+src\/extra\.ts/);
    expect(readFileSync(file, "utf8")).toBe(edited);
  });

  it("a failure during emission or writing leaves the previous tree byte-identical", async () => {
    const dir = juneSnapshotDir();
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_DECEMBER) });
    let written = 0;
    const failing = options(`${server.url}/spec.json`, dir, {
      accept: true,
      writeHooks: {
        afterFile: () => {
          if (++written === 5) throw new Error("disk full (injected)");
        },
      },
    });
    await expect(runGenerate(failing)).rejects.toThrow(/disk full/);
    expect(await readTree(dir)).toEqual(juneTree);
    expect(existsSync(`${dir}.next`)).toBe(false);
  });

  it("an invalid upstream document is an input error and nothing is written", async () => {
    const dir = juneSnapshotDir();
    server = await startSpecServer({
      "/spec.json": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>"),
    });
    await expect(runGenerate(options(`${server.url}/spec.json`, dir, { accept: true }))).rejects.toThrow(/is an HTML page/);
    expect(await readTree(dir)).toEqual(juneTree);
  });

  it("run from TypeScript sources, makes the raw types on the worker thread, byte for byte as committed", async () => {
    const out = tempDir();
    const run = options(SNAPSHOT, out, { accept: true, verbose: true, ...(OVERLAY ? { overlayFile: OVERLAY } : {}) });
    expect(await runGenerate(run)).toBe(0);
    const made = run.log.lines.map((line) => /raw types: made on worker thread (\d+)/.exec(line)?.[1]).filter(Boolean);
    expect(made).toHaveLength(1);
    expect(Number(made[0])).not.toBe(threadId);
    // The same document through the same emitters as the committed package (and the bundled
    // launcher's run, test/cli/launcher.test.ts): all of src/ and dist/ (the changelog and
    // the snapshot's records carry the committed package's history, not the emitters' output).
    const emitted = (tree: Map<string, string>) =>
      new Map([...tree].filter(([path]) => path.startsWith("src/") || path.startsWith("dist/")));
    const ours = emitted(await readTree(out));
    const committed = emitted(await readTree(GENERATED));
    expect(ours.has("src/openapi.ts")).toBe(true);
    // A second run in the same process hands its document to the same, already loaded worker.
    const again = options(SNAPSHOT, tempDir(), { accept: true, verbose: true, ...(OVERLAY ? { overlayFile: OVERLAY } : {}) });
    expect(await runGenerate(again)).toBe(0);
    expect(again.log.lines).toContain(`info:   raw types: made on worker thread ${made[0]}`);
    expect([...ours.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [path, contents] of ours) expect(contents, path).toBe(committed.get(path));
  });
});
