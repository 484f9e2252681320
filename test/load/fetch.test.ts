import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { InputError, UpstreamUnreachableError } from "../../generator/errors.js";
import { sha256Hex } from "../../generator/json.js";
import { loadDocument as fetchSpec } from "../../generator/load/document.js";
import type { FetchOptions } from "../../generator/load/fetch.js";
import {
  cutAfter,
  endless,
  failFirst,
  redirect,
  type SpecServer,
  serveFile,
  serveText,
  stall,
  startSpecServer,
} from "../../scripts/serve-spec.js";
import { SPEC_JUNE } from "../helpers/paths.js";

const fast: FetchOptions = { timeoutMs: 2_000, maxBytes: 25 * 2 ** 20, retries: 3, backoffMs: 5 };
let server: SpecServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("fetchSpec over HTTP (a real loopback server)", () => {
  it("returns the exact bytes, their sha256 and the ETag", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE) });
    const result = await fetchSpec(`${server.url}/spec.json`, fast);
    if (result.kind !== "fetched") throw new Error("expected a body");
    const expected = readFileSync(SPEC_JUNE);
    expect(Buffer.from(result.raw.bytes).equals(expected)).toBe(true);
    expect(result.raw.sha256).toBe(sha256Hex(expected));
    expect(result.raw.etag).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it("sends If-None-Match with the recorded ETag and reports 304 as unchanged", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE) });
    const first = await fetchSpec(`${server.url}/spec.json`, fast);
    const etag = first.kind === "fetched" ? first.raw.etag : undefined;
    const second = await fetchSpec(`${server.url}/spec.json`, { ...fast, ...(etag ? { etag } : {}) });
    expect(second.kind).toBe("unchanged");
    expect(server.requests[1]?.headers["if-none-match"]).toBe(etag);
  });

  it("retries a 500 and succeeds on the next attempt", async () => {
    server = await startSpecServer({ "/spec.json": failFirst(1, 500, serveFile(SPEC_JUNE)) });
    const result = await fetchSpec(`${server.url}/spec.json`, fast);
    expect(result.kind).toBe("fetched");
    expect(server.hits.get("/spec.json")).toBe(2);
  });

  it("gives up after 3 retries (4 attempts) on a persistent 500", async () => {
    server = await startSpecServer({ "/spec.json": serveText(500, "text/plain", "down") });
    await expect(fetchSpec(`${server.url}/spec.json`, fast)).rejects.toThrow(UpstreamUnreachableError);
    expect(server.hits.get("/spec.json")).toBe(4);
  });

  it("does not retry a 404: the URL is wrong, not the network", async () => {
    server = await startSpecServer({});
    await expect(fetchSpec(`${server.url}/missing.json`, fast)).rejects.toThrow(/HTTP 404/);
    expect(server.hits.get("/missing.json")).toBe(1);
  });

  it("times out a stalled response and names the timeout", async () => {
    server = await startSpecServer({ "/spec.json": stall });
    const error = await fetchSpec(`${server.url}/spec.json`, { ...fast, timeoutMs: 150, retries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnreachableError);
    expect(String((error as Error).message)).toMatch(/timeout/);
    expect(server.hits.get("/spec.json")).toBe(2);
  });

  it("treats a connection cut mid-body as a network failure (retried, then unreachable)", async () => {
    server = await startSpecServer({ "/spec.json": cutAfter(SPEC_JUNE, 1000) });
    await expect(fetchSpec(`${server.url}/spec.json`, { ...fast, retries: 1 })).rejects.toThrow(UpstreamUnreachableError);
    expect(server.hits.get("/spec.json")).toBe(2);
  });

  it("stops reading at the size cap while streaming (no content-length)", async () => {
    server = await startSpecServer({ "/big.json": endless(8 * 2 ** 20) });
    await expect(fetchSpec(`${server.url}/big.json`, { ...fast, maxBytes: 2 ** 20 })).rejects.toThrow(/size cap of 1048576 bytes/);
  });

  it("refuses a declared content-length over the cap before reading", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE) });
    await expect(fetchSpec(`${server.url}/spec.json`, { ...fast, maxBytes: 1000 })).rejects.toThrow(InputError);
  });

  it("follows a redirect", async () => {
    server = await startSpecServer({ "/spec.json": serveFile(SPEC_JUNE), "/moved": redirect("/spec.json") });
    const result = await fetchSpec(`${server.url}/moved`, fast);
    expect(result.kind === "fetched" && result.raw.bytes.length).toBe(readFileSync(SPEC_JUNE).length);
  });

  it("reports a refused connection as unreachable", async () => {
    server = await startSpecServer({});
    const url = `${server.url}/spec.json`;
    await server.close();
    server = undefined;
    await expect(fetchSpec(url, { ...fast, retries: 0 })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("fetchSpec from a file", () => {
  it("reads the bytes and names a missing file", async () => {
    const result = await fetchSpec(SPEC_JUNE, fast);
    expect(result.kind === "fetched" && result.raw.sha256).toBe(sha256Hex(readFileSync(SPEC_JUNE)));
    await expect(fetchSpec("no/such/spec.json", fast)).rejects.toThrow(/Cannot read the spec file no\/such\/spec.json \(ENOENT\)/);
  });

  it("refuses schemes it does not read", async () => {
    await expect(fetchSpec("file:///etc/passwd", fast)).rejects.toThrow(/scheme this tool does not read/);
  });
});
