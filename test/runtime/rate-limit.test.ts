/** The per-client limiter: at most N request starts in any 1000 ms window. */
import { afterEach, describe, expect, it } from "vitest";
import { createClientCore, request } from "../../templates/runtime/http.js";
import { createRateLimiter } from "../../templates/runtime/rate-limit.js";
import type { Clock } from "../../templates/runtime/types.js";
import { API_KEY, getContactById, listMessages } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

/** Largest number of start times inside any window [t, t + 1000). */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && (sorted[j] as number) < (sorted[i] as number) + 1000) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

function manualClock(): Clock & { set(t: number): void } {
  let now = 0;
  return {
    now: () => now,
    set: (t) => {
      now = t;
    },
    sleep: async () => {},
  };
}

describe("createRateLimiter (injected clock)", () => {
  it("a burst of 30 at t=0 gets slots 0 ×10, 1000 ×10, 2000 ×10", () => {
    const limiter = createRateLimiter(10, manualClock());
    const waits = Array.from({ length: 30 }, () => limiter.reserve());
    expect(waits).toEqual([...Array(10).fill(0), ...Array(10).fill(1000), ...Array(10).fill(2000)]);
  });

  it("requests spread over time wait only as needed", () => {
    const clock = manualClock();
    const limiter = createRateLimiter(2, clock);
    const table: Array<[now: number, wantWait: number]> = [
      [0, 0],
      [100, 0],
      [200, 800], // third in [0, 1000): waits for the first slot + 1000
      [1500, 0], // the window [500, 1500) holds only the slot at 1000
      [1600, 400], // slots 1000 and 1500 fill [1000, 2000): the next slot is 2000
    ];
    for (const [now, want] of table) {
      clock.set(now);
      expect(limiter.reserve()).toBe(want);
    }
  });

  it("never allows more than N starts in any second (varied arrivals)", () => {
    const clock = manualClock();
    const limiter = createRateLimiter(10, clock);
    const starts: number[] = [];
    // Deterministic arrival pattern: bursts and pauses.
    for (let i = 0; i < 200; i++) {
      clock.set(Math.floor(i / 7) * 330 + (i % 3) * 5);
      starts.push(clock.now() + limiter.reserve());
    }
    expect(busiestSecond(starts)).toBe(10);
  });
});

describe("limiter shared by one client", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("30 concurrent calls with rateLimit 10: start times (virtual clock) hold 10 per second", async () => {
    server = await startServer([reply(200, { data: [] })]);
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const client = createClientCore({ apiKey: API_KEY, rateLimit: 10, clock }, server.url);
    await Promise.all(Array.from({ length: 30 }, (_, i) => request(client, i % 2 ? listMessages : getContactById, { id: `CT${i}` })));
    expect(server.requests).toHaveLength(30);
    // The clock stands at 0, so each wait is the start time of its request; 10 started at once.
    expect([...waits].sort((a, b) => a - b)).toEqual([...Array(10).fill(1000), ...Array(10).fill(2000)]);
    expect(busiestSecond([...Array(10).fill(0), ...waits])).toBe(10);
  });

  it("two clients do not share a limiter; rateLimit false disables it", async () => {
    server = await startServer([reply(200, { data: [] })]);
    const waits: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void waits.push(ms) };
    const a = createClientCore({ apiKey: API_KEY, rateLimit: 5, clock }, server.url);
    const b = createClientCore({ apiKey: API_KEY, rateLimit: 5, clock }, server.url);
    const off = createClientCore({ apiKey: API_KEY, rateLimit: false, clock }, server.url);
    await Promise.all([a, b].flatMap((client) => Array.from({ length: 5 }, () => request(client, listMessages, {}))));
    await Promise.all(Array.from({ length: 20 }, () => request(off, listMessages, {})));
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(30);
  });

  it("real clock: 12 calls at rateLimit 10 take at least about a second (arrivals at the server)", async () => {
    const arrivals: number[] = [];
    server = await startServer([
      (req, res) => {
        arrivals.push(performance.now());
        reply(200, { data: [] })(req, res, "");
      },
    ]);
    const client = createClientCore({ apiKey: API_KEY, rateLimit: 10 }, server.url);
    await Promise.all(Array.from({ length: 12 }, () => request(client, listMessages, {})));
    arrivals.sort((x, y) => x - y);
    // Generous: only a lower bound, and 10% below the exact 1000 ms.
    expect((arrivals[10] as number) - (arrivals[0] as number)).toBeGreaterThan(900);
  });
});
