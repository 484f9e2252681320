/**
 * The limiter as the server sees it, on the real clock: the server (its own process, so its
 * clock is not stalled with ours) records arrival times, and no 1-second sliding window may
 * hold more than 10. The old limiter released 10 at once, 1,000 ms apart: up to 20 per window,
 * bursts after an event-loop stall, and 32/s from two clients with one key.
 * Only the window-count property is asserted, never a duration.
 *
 * Two views, on purpose: the limiter's own releases (each request's onRequest, just before
 * fetch) must never put 11 in a window; at the server, a request delayed more than the 40 ms
 * of slack the spacing leaves (a loaded test machine) can land one more in a window, so there
 * the bound is 11, still far below the old limiter's 18 to 20.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClientCore, request } from "../../templates/runtime/http.js";
import type { OperationDescriptor } from "../../templates/runtime/types.js";
import { type ArrivalServer, busiestSecond, startArrivalServer } from "./bin/arrival-client.js";

const getThing: OperationDescriptor = { operationId: "getThing_v1", method: "GET", path: "/v1/things/{id}", errors: [404] };

let server: ArrivalServer;
beforeAll(async () => {
  server = await startArrivalServer();
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.reset();
});

/** What the server may see when this machine delays a request past the spacing's slack (see above). */
const AT_SERVER = 11;

/** A client whose limiter releases are recorded (the onRequest hook runs as a request leaves). */
function recordedClient(apiKey: string, baseUrl: string, released: number[]): ReturnType<typeof createClientCore> {
  return createClientCore({ apiKey, onRequest: () => released.push(performance.now()) }, baseUrl);
}

/** `count` concurrent calls; each resolves to its own id (none lost, none swapped). */
async function calls(client: ReturnType<typeof createClientCore>, prefix: string, count: number): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const results = await Promise.all(ids.map((id) => request<{ data: { id: string } }>(client, getThing, { id })));
  expect(results.map((r) => r.data.id)).toEqual(ids);
}

describe("at the server, no 1-second window holds more than 10 arrivals", () => {
  it("200 concurrent calls on one client (default rate 10)", async () => {
    const released: number[] = [];
    await calls(recordedClient("sk_rate_one_client", server.url, released), "A", 200);
    expect(busiestSecond(released)).toBeLessThanOrEqual(10);
    const { arrivals } = await server.report();
    expect(arrivals).toHaveLength(200);
    expect(busiestSecond(arrivals)).toBeLessThanOrEqual(AT_SERVER);
  }, 60_000);

  it("a 450 ms synchronous stall of the event loop mid-run releases no backlog", async () => {
    const released: number[] = [];
    const client = recordedClient("sk_rate_stall", server.url, released);
    let stalls = 0;
    const stall = (): void => {
      stalls++;
      const until = performance.now() + 450;
      while (performance.now() < until) {
        // the application hogging the event loop
      }
    };
    const timers = [setTimeout(stall, 1500), setTimeout(stall, 3200)];
    await calls(client, "S", 60);
    for (const timer of timers) clearTimeout(timer);
    expect(stalls).toBe(2);
    expect(busiestSecond(released)).toBeLessThanOrEqual(10);
    const { arrivals } = await server.report();
    expect(arrivals).toHaveLength(60);
    expect(busiestSecond(arrivals)).toBeLessThanOrEqual(AT_SERVER);
  }, 60_000);

  it("two clients with the same key and baseUrl share one limiter: together 10 per second", async () => {
    const released: number[] = [];
    const a = recordedClient("sk_rate_shared", server.url, released);
    const b = recordedClient("sk_rate_shared", `${server.url}/`, released);
    expect(a.limiter).toBe(b.limiter);
    await Promise.all([calls(a, "P", 40), calls(b, "Q", 40)]);
    expect(busiestSecond(released)).toBeLessThanOrEqual(10);
    const { arrivals } = await server.report();
    expect(arrivals).toHaveLength(80);
    // The old code: each client had its own limiter, 20 per window between them.
    expect(busiestSecond(arrivals)).toBeLessThanOrEqual(AT_SERVER);
  }, 60_000);
});
