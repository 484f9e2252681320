/**
 * Client-side limit of N request starts per second (the API allows 10 per second per key and
 * answers 429 beyond). A sliding window, not a token bucket: a bucket of N refilled at N/s lets
 * 2N start within one second, which the server would refuse.
 *
 * Slots are reserved synchronously in call order, so no queue of promises is needed: the caller
 * sleeps until its slot (and may abort the sleep; the slot is then simply wasted).
 */
import type { Clock } from "./types.cjs";
export interface RateLimiter {
    /** Reserve the next start time; returns how long to wait for it (ms, 0 = now). */
    reserve(): number;
}
export declare function createRateLimiter(perSecond: number, clock: Clock): RateLimiter;
