/**
 * Client-side limit of N request starts per second (the API allows 10 per second per key and
 * answers 429 beyond). A sliding window, not a token bucket: a bucket of N refilled at N/s lets
 * 2N start within one second, which the server would refuse.
 *
 * Slots are reserved synchronously in call order, so no queue of promises is needed: the caller
 * sleeps until its slot (and may abort the sleep; the slot is then simply wasted).
 */
import type { Clock } from "./types.js";

export interface RateLimiter {
  /** Reserve the next start time; returns how long to wait for it (ms, 0 = now). */
  reserve(): number;
}

export function createRateLimiter(perSecond: number, clock: Clock): RateLimiter {
  // Start times of the last `perSecond` reservations, oldest first.
  const starts: number[] = [];
  return {
    reserve(): number {
      const now = clock.now();
      const at = starts.length < perSecond ? now : Math.max(now, (starts.shift() as number) + 1000);
      starts.push(at);
      return at - now;
    },
  };
}
