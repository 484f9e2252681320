/**
 * The client under faults on loopback: a 1 GB body stopped at the
 * configured cap, connection resets, stalls and truncated JSON ending in typed
 * errors, and 1,000 concurrent calls through the rate limiter (it holds the
 * configured rate on a virtual clock; none lost, none doubled).
 * Uses the runtime copied into every generated package (templates/runtime).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createClientCore, request } from "../../templates/runtime/http.js";
import type { Clock, OperationDescriptor } from "../../templates/runtime/types.js";

const API_KEY = "sk_test_hardening_0123456789";
const getThing: OperationDescriptor = { operationId: "getThing_v1", method: "GET", path: "/v1/things/{id}", errors: [404] };

interface Loopback {
  url: string;
  /** Request ids (the path value) in arrival order. */
  seen: string[];
  sentBytes: () => number;
  close(): Promise<void>;
}

async function loopback(handler: (req: IncomingMessage, res: ServerResponse, count: (n: number) => void) => void): Promise<Loopback> {
  const seen: string[] = [];
  let sent = 0;
  const server = createServer((req, res) => {
    seen.push(decodeURIComponent((req.url ?? "").split("/").pop() ?? ""));
    res.on("error", () => {});
    handler(req, res, (n) => (sent += n));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    sentBytes: () => sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error("expected the call to fail");
}

describe("hostile server", () => {
  it("a 1 GB body (no content-length) is cut at maxResponseBytes: the server sends far less than 1 GB", async () => {
    const GB = 2 ** 30;
    server = await loopback((_req, res, count) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let written = 0;
      const pump = (): void => {
        while (written < GB && !res.destroyed) {
          written += chunk.length;
          count(chunk.length);
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    const client = createClientCore(
      { apiKey: API_KEY, maxResponseBytes: 2 ** 20, maxRetries: 0, rateLimit: false, timeoutMs: 20_000 },
      server.url,
    );
    const error = await failure(request(client, getThing, { id: "big" }));
    expect(error).toMatchObject({ kind: "invalid_response", reason: "too_large" });
    // Socket buffers let some megabytes through after the cancel, never the whole gigabyte.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sentBytes()).toBeLessThan(256 * 2 ** 20);
  }, 30_000);

  it("a content-length of 1 GB is refused before reading", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(2 ** 30) });
      res.write("{");
    });
    const client = createClientCore({ apiKey: API_KEY, maxResponseBytes: 2 ** 20, maxRetries: 0, rateLimit: false }, server.url);
    expect(await failure(request(client, getThing, { id: "declared" }))).toMatchObject({ kind: "invalid_response", reason: "too_large" });
  });

  const faults: Array<[string, (req: IncomingMessage, res: ServerResponse) => void, Record<string, unknown>]> = [
    ["connection reset before any answer", (req) => req.socket.destroy(), { kind: "network" }],
    [
      "headers then a stall",
      (_req, res) => void res.writeHead(200, { "content-type": "application/json" }).write('{"data":'),
      { kind: "timeout" },
    ],
    ["no answer at all", () => {}, { kind: "timeout" }],
    [
      "truncated JSON body, then the connection closes",
      (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"data":{"id":"x"'),
      { kind: "invalid_response", reason: "json" },
    ],
    [
      "a cut body with a longer content-length",
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"data":', () => res.socket?.destroy());
      },
      { kind: "network" },
    ],
  ];
  for (const [name, handler, want] of faults) {
    it(`${name} → ${JSON.stringify(want)}, retried a bounded number of times`, async () => {
      server = await loopback(handler);
      const client = createClientCore(
        { apiKey: API_KEY, maxRetries: 1, timeoutMs: 300, rateLimit: false, random: () => 0 } as never,
        server.url,
      );
      const error = await failure(request(client, getThing, { id: "fault" }));
      expect(error).toMatchObject(want);
      expect(server.seen.length).toBeGreaterThanOrEqual(1);
      expect(server.seen.length).toBeLessThanOrEqual(2);
    }, 20_000);
  }
});

describe("1,000 concurrent calls through the rate limiter", () => {
  it("holds 10 starts per second on a virtual clock; every call arrives exactly once", async () => {
    server = await loopback((req, res) => {
      const id = decodeURIComponent((req.url ?? "").split("/").pop() ?? "");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { id } }));
    });
    // Virtual time stands at 0 and sleeping returns at once, so each wait the limiter asks for
    // is the start time of its call (as in test/runtime/rate-limit.test.ts); 100 s run instantly.
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const client = createClientCore({ apiKey: API_KEY, rateLimit: 10, clock, maxRetries: 0 }, server.url);
    const ids = Array.from({ length: 1000 }, (_, i) => `T${i}`);
    const results = (await Promise.all(ids.map((id) => request<{ data: { id: string } }>(client, getThing, { id })))).map((r) => r.data.id);
    expect(results).toEqual(ids);
    expect([...server.seen].sort()).toEqual([...ids].sort());
    expect(new Set(server.seen).size).toBe(1000);
    const starts = [...Array(1000 - waits.length).fill(0), ...waits];
    // One start every 104 ms (1040 / 10: the limit plus a 4 % margin for dispatch jitter).
    expect(Math.max(...starts)).toBe(999 * 104);
    // No window of 1000 ms holds more than 10 starts.
    const sorted = [...starts].sort((a, b) => a - b);
    let busiest = 0;
    for (let i = 0, j = 0; i < sorted.length; i++) {
      while (sorted[i]! - sorted[j]! >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    expect(busiest).toBeLessThanOrEqual(10);
  }, 60_000);
});
