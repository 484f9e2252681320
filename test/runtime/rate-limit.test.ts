/**
 * The limiter: one start every 1040/N ms, first come first served, counted from when the previous
 * start really happened (so a stall never releases a backlog); shared per key and baseUrl.
 * Virtual clocks here; the real-time behaviour at a server is test/hardening/client-rate-limit.test.ts.
 */
import { describe, expect, it } from "vitest";
import { createClientCore } from "../../templates/runtime/http.js";
import { createRateLimiter } from "../../templates/runtime/rate-limit.js";
import type { Clock } from "../../templates/runtime/types.js";
import { API_KEY } from "./fixtures.js";

/** Largest number of start times inside any window [t, t + 1000). */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/**
 * Virtual time driven by `run`: sleeps are timers, fired earliest first once every pending
 * callback has run. `stallNextSleep(ms)`: the next timer fires that much late (an event-loop stall).
 */
function virtualClock(): Clock & { set(t: number): void; stallNextSleep(ms: number): void; run(): Promise<void> } {
  let now = 0;
  let late = 0;
  const timers: Array<{ at: number; fire: () => void }> = [];
  return {
    now: () => now,
    set: (t) => {
      now = t;
    },
    stallNextSleep: (ms) => {
      late = ms;
    },
    sleep: (ms) =>
      new Promise<void>((fire) => {
        timers.push({ at: now + ms + late, fire });
        late = 0;
      }),
    async run() {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        timers.sort((a, b) => a.at - b.at);
        const timer = timers.shift();
        if (!timer) return;
        now = Math.max(now, timer.at);
        timer.fire();
      }
    },
  };
}

async function startsOf(count: number, perSecond: number, clock: ReturnType<typeof virtualClock>, stallAt = -1): Promise<number[]> {
  const limiter = createRateLimiter({ perSecond, clock });
  const starts: number[] = [];
  const calls = Array.from({ length: count }, async (_, i) => {
    await limiter.acquire();
    starts.push(clock.now());
    if (i === stallAt) clock.stallNextSleep(450);
  });
  await Promise.all([...calls, clock.run()]);
  return starts;
}

describe("createRateLimiter (virtual clock)", () => {
  it("30 at once start 104 ms apart, in arrival order (10 per second + 4 % margin)", async () => {
    const starts = await startsOf(30, 10, virtualClock());
    expect(starts).toEqual(Array.from({ length: 30 }, (_, i) => i * 104));
    expect(busiestSecond(starts)).toBe(10);
  });

  it("after a 450 ms stall the queue resumes one at a time: no two starts closer than the spacing", async () => {
    const starts = await startsOf(40, 10, virtualClock(), 5);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(104);
    expect(gaps).toContain(104 + 450);
    expect(busiestSecond(starts)).toBeLessThanOrEqual(10);
  });

  it("an idle limiter starts at once; a caller arriving later waits only for the spacing", async () => {
    const clock = virtualClock();
    const limiter = createRateLimiter({ perSecond: 2, clock });
    await limiter.acquire();
    expect(clock.now()).toBe(0);
    clock.set(100);
    await Promise.all([limiter.acquire(), clock.run()]);
    expect(clock.now()).toBe(520);
    clock.set(2000);
    await limiter.acquire();
    expect(clock.now()).toBe(2000);
  });

  it("an aborted waiter leaves the queue (rejecting with the signal's reason); the others keep their order", async () => {
    const clock = virtualClock();
    const limiter = createRateLimiter({ perSecond: 10, clock });
    const controller = new AbortController();
    const order: string[] = [];
    const a = limiter.acquire().then(() => order.push("a"));
    const b = limiter.acquire(controller.signal).then(
      () => order.push("b"),
      (reason: unknown) => order.push(`b aborted: ${String(reason)}`),
    );
    const c = limiter.acquire().then(() => order.push("c"));
    controller.abort("stop");
    await Promise.all([a, b, c, clock.run()]);
    expect(order).toEqual(["a", "b aborted: stop", "c"]);
    expect(clock.now()).toBe(104);
    await expect(limiter.acquire(AbortSignal.abort("already"))).rejects.toBe("already");
  });

  it("refuses a rate that is not a positive number", () => {
    for (const perSecond of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => createRateLimiter({ perSecond })).toThrow(TypeError);
  });
});

describe("which limiter a client uses", () => {
  const url = "http://127.0.0.1:9";
  it("same key and baseUrl (trailing slash or not): one limiter; another key, baseUrl or rate: another", () => {
    const a = createClientCore({ apiKey: API_KEY, baseUrl: url }, "https://unused.example").limiter;
    expect(a).toBeDefined();
    expect(createClientCore({ apiKey: API_KEY, baseUrl: `${url}/` }, "https://other.example").limiter).toBe(a);
    expect(createClientCore({ apiKey: `${API_KEY}x`, baseUrl: url }, "https://unused.example").limiter).not.toBe(a);
    expect(createClientCore({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:10" }, "https://unused.example").limiter).not.toBe(a);
    expect(createClientCore({ apiKey: API_KEY, baseUrl: url, rateLimit: 5 }, "https://unused.example").limiter).not.toBe(a);
  });

  it("the package's own default host is one place with every package's default (the vendor limits per key across its APIs)", () => {
    const vendor = createClientCore({ apiKey: API_KEY }, "https://api.openphone.com").limiter;
    expect(createClientCore({ apiKey: API_KEY }, "https://api.quo.com").limiter).toBe(vendor);
    expect(createClientCore({ apiKey: API_KEY, baseUrl: "https://api.quo.com/" }, "https://api.quo.com").limiter).toBe(vendor);
    // Named explicitly somewhere that is not this package's default: its own place.
    expect(createClientCore({ apiKey: API_KEY, baseUrl: "https://proxy.example" }, "https://api.quo.com").limiter).not.toBe(vendor);
  });

  it("the registry on globalThis is keyed by a digest, never by the key", () => {
    createClientCore({ apiKey: API_KEY }, url);
    const registry = (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for("openphone-api.rate-limiters")];
    expect(registry?.size).toBeGreaterThan(0);
    for (const id of registry?.keys() ?? []) expect(id).toMatch(/^[0-9a-f]{8}\/[\d.]+$/);
  });

  it("rateLimiter wins; rateLimit false has none; an injected clock gets its own; a bad rate is refused", () => {
    const own = createRateLimiter({ perSecond: 3 });
    expect(createClientCore({ apiKey: API_KEY, rateLimiter: own }, url).limiter).toBe(own);
    expect(createClientCore({ apiKey: API_KEY, rateLimit: false }, url).limiter).toBeUndefined();
    const clock = virtualClock();
    expect(createClientCore({ apiKey: API_KEY, clock }, url).limiter).not.toBe(createClientCore({ apiKey: API_KEY, clock }, url).limiter);
    expect(() => createClientCore({ apiKey: API_KEY, rateLimit: 0 }, url)).toThrow(/rateLimit must be a positive number/);
  });
});
