/**
 * Where `--spec` (and each side of `npm run diff`) may come from: an http(s)
 * URL, a regular file, `-` (stdin) or a FIFO, all streamed under the size cap
 * and the timeout. A folder or a device is refused with a clear message; a FIFO
 * nobody writes ends at the timeout; an endless one stops at the cap. An
 * unreachable URL exits 3 in `diff` as in `generate --require-upstream`.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { startSpecServer } from "../../scripts/serve-spec.js";
import { isCleanRefusal, runCli, tinySpec, workspace } from "./generator-cli.js";

const generate = (spec: string, ...extra: string[]) => ["generate", "--spec", spec, "--out", "generated", "--accept", ...extra];

function mkfifo(path: string): string {
  execFileSync("mkfifo", [path]);
  return path;
}

/** Write `total` bytes of spaces into a FIFO; resolves with how many the reader took before it closed the pipe. */
function flood(fifo: string, total: number): Promise<number> {
  return new Promise((done) => {
    const stream = createWriteStream(fifo);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let accepted = 0;
    let finished = false;
    const end = (): void => {
      if (finished) return;
      finished = true;
      stream.destroy();
      done(accepted);
    };
    stream.on("error", end);
    const pump = (): void => {
      while (!finished && accepted < total) {
        const ok = stream.write(chunk, (error) => {
          if (!error) accepted += chunk.length;
        });
        if (!ok) {
          stream.once("drain", pump);
          return;
        }
      }
      if (accepted >= total) stream.end(end);
    };
    stream.on("open", pump);
  });
}

describe("--spec sources", () => {
  it("- reads the document from stdin", async () => {
    const dir = workspace("opgen-src-stdin-");
    const run = await runCli(generate("-"), { cwd: dir, stdin: tinySpec(1) });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "generated", "openapi.json"), "utf8")).toContain('"getThing_v1"');
    expect(JSON.parse(readFileSync(join(dir, "generated", "openapi.meta.json"), "utf8")).source).toBe("stdin");
  }, 60_000);

  it("- stops reading stdin at the size cap instead of buffering it all", async () => {
    const dir = workspace("opgen-src-stdin-big-");
    let sent = 0;
    const total = 100 * 2 ** 20;
    const endless = Readable.from(
      (function* () {
        while (sent < total) {
          sent += 2 ** 20;
          yield Buffer.alloc(2 ** 20, 0x20);
        }
      })(),
    );
    const run = await runCli(generate("-", "--max-size", "1"), { cwd: dir, stdin: endless });
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/The spec at stdin is larger than the size cap of 1048576 bytes/);
    expect(sent).toBeLessThan(total);
  }, 60_000);

  it("a FIFO is read like a file", async () => {
    const dir = workspace("opgen-src-fifo-");
    const fifo = mkfifo(join(dir, "spec.fifo"));
    const writer = new Promise<void>((done) => createWriteStream(fifo).end(tinySpec(1), done));
    const run = await runCli(generate("spec.fifo"), { cwd: dir });
    await writer;
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, "generated", "openapi.json"))).toBe(true);
  }, 60_000);

  it("a FIFO nobody writes ends at --timeout, not never", async () => {
    const dir = workspace("opgen-src-fifo-idle-");
    mkfifo(join(dir, "idle.fifo"));
    const run = await runCli(generate("idle.fifo", "--timeout", "1"), { cwd: dir, killAfterMs: 45_000 });
    expect(run.signal, "the CLI hung on the FIFO and was killed").toBeNull();
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/idle\.fifo was not complete within 1 s \(timeout\)/);
  }, 60_000);

  it("a FIFO that streams 100 MB is cut off at the 25 MiB cap, not read whole", async () => {
    const dir = workspace("opgen-src-fifo-big-");
    const fifo = mkfifo(join(dir, "big.fifo"));
    const total = 100 * 2 ** 20;
    const [run, accepted] = await Promise.all([runCli(generate("big.fifo"), { cwd: dir }), flood(fifo, total)]);
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/big\.fifo is larger than the size cap of 26214400 bytes/);
    // The reader stopped: the writer could not push the rest (a pipe holds well under 2 MiB).
    expect(accepted).toBeLessThan(total / 2);
  }, 90_000);

  it.each([
    ["a folder", ".", /The spec path \. is a folder, not a file/],
    ["a device", "/dev/zero", /The spec path \/dev\/zero is a device, not a regular file/],
  ])(
    "%s is refused",
    async (_name, spec, want) => {
      const dir = workspace("opgen-src-refused-");
      const run = await runCli(generate(spec), { cwd: dir, killAfterMs: 45_000 });
      expect(run.signal).toBeNull();
      expect(isCleanRefusal(run), run.stderr).toBe(true);
      expect(run.stderr).toMatch(want);
      expect(existsSync(join(dir, "generated"))).toBe(false);
    },
    60_000,
  );
});

describe("npm run diff reads through the same loader", () => {
  it("one side from stdin", async () => {
    const dir = workspace("opgen-src-diff-");
    const run = await runCli(["diff", "v1.json", "-", "--format", "json", "--fail-on", "never"], { cwd: dir, stdin: tinySpec(2) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("createdAt");
  }, 60_000);

  it("an unreachable URL exits 3, as generate does", async () => {
    const dir = workspace("opgen-src-diff-down-");
    const server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    const run = await runCli(["diff", "v1.json", url], { cwd: dir });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /Could not fetch the revision spec from http:\/\/127\.0\.0\.1:\d+\/spec\.json after 4 attempts: ECONNREFUSED/,
    );
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 60_000);

  it("the size cap applies to diff too", async () => {
    const dir = workspace("opgen-src-diff-fifo-");
    const fifo = mkfifo(join(dir, "big.fifo"));
    const [run, accepted] = await Promise.all([runCli(["diff", "v1.json", "big.fifo"], { cwd: dir }), flood(fifo, 100 * 2 ** 20)]);
    expect(isCleanRefusal(run), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/revision spec at big\.fifo is larger than the size cap/);
    expect(accepted).toBeLessThan(50 * 2 ** 20);
  }, 90_000);
});
