/**
 * Client-side pacing under OpenPhone's limit of 10 requests per second per API key (429 beyond).
 *
 * Spacing, not a window: one start every 1040/N ms, first come first served. Releasing N at once
 * (even N per second exactly) lets dispatch jitter put N + 1 arrivals into one second at the
 * server; evenly spaced starts with a 4 % margin keep every 1-second window there at N or fewer.
 * Each start is counted from when the previous one really happened, never from when it was
 * planned, so after an event-loop stall the queue resumes one at a time instead of releasing
 * its backlog at once.
 *
 * The limit is per key, across both of the vendor's APIs, so clients with the same key, place
 * and rate share one limiter: a registry on globalThis under a registered symbol (the ESM and
 * CommonJS builds, and the v1 and dated packages, share it), keyed by a short digest of key and
 * place, never by the key itself. The place is "" for the vendor's own hosts (each package's
 * default baseUrl), else the baseUrl (a test server, a proxy).
 */
import { systemClock } from "./retry.js";
import type { Clock, RateLimiter } from "./types.js";

export interface RateLimiterOptions {
  /** Starts per second. Default 10. */
  perSecond?: number;
  /** Injectable for tests. Default: the real clock. */
  clock?: Clock;
}

/** A limiter of its own: pass it as `rateLimiter` to the clients that should share it. */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const perSecond = options.perSecond ?? 10;
  if (!(perSecond > 0 && perSecond < Infinity)) throw new TypeError("createRateLimiter: perSecond must be a positive number");
  const clock = options.clock || systemClock;
  const spacing = 1040 / perSecond;
  // Waiting callers, oldest first; each entry releases one caller.
  const queue: Array<() => void> = [];
  let last = -Infinity;
  let pumping = false;

  const pump = async (): Promise<void> => {
    pumping = true;
    try {
      while (queue.length) {
        const due = last + spacing;
        const wait = due - clock.now();
        if (wait > 0) await clock.sleep(wait);
        const release = queue.shift();
        if (!release) break; // every waiter aborted during the sleep
        // A timer that fired late (a stall) moves the schedule on: the backlog is not released at once.
        last = Math.max(clock.now(), due);
        release();
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire(signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const now = clock.now();
      if (!pumping && now >= last + spacing) {
        last = now;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const abort = (): void => {
          const at = queue.indexOf(release);
          if (at >= 0) queue.splice(at, 1);
          reject(signal?.reason);
        };
        const release = (): void => {
          signal?.removeEventListener("abort", abort);
          resolve();
        };
        queue.push(release);
        signal?.addEventListener("abort", abort);
        if (!pumping) void pump();
      });
    },
  };
}

const REGISTRY: unique symbol = Symbol.for("openphone-api.rate-limiters");

/** The limiter every client with this key, place and rate uses (made on first use). */
export function sharedRateLimiter(apiKey: string, place: string, perSecond: number): RateLimiter {
  const store = globalThis as unknown as { [REGISTRY]?: Map<string, RateLimiter> };
  const registry = store[REGISTRY] || new Map<string, RateLimiter>();
  store[REGISTRY] = registry;
  const id = `${fnv1a(`${apiKey}\n${place.replace(/\/+$/, "")}`)}/${perSecond}`;
  const limiter = registry.get(id) || createRateLimiter({ perSecond });
  registry.set(id, limiter);
  return limiter;
}

/** FNV-1a, 32 bits: a short, stable digest (a registry key, not a secret-keeping hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
