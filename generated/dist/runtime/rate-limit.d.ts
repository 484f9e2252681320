import type { Clock, RateLimiter } from "./types.js";
export interface RateLimiterOptions {
    /** Starts per second. Default 10. */
    perSecond?: number;
    /** Injectable for tests. Default: the real clock. */
    clock?: Clock;
}
/** A limiter of its own: pass it as `rateLimiter` to the clients that should share it. */
export declare function createRateLimiter(options?: RateLimiterOptions): RateLimiter;
/** The limiter every client with this key, place and rate uses (made on first use). */
export declare function sharedRateLimiter(apiKey: string, place: string, perSecond: number): RateLimiter;
