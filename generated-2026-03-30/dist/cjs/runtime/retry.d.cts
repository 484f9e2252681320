/**
 * When to try again, and how long to wait first.
 *
 * 429 means the request was refused before it was processed, so every method retries it.
 * Network errors, timeouts, 408 and 5xx may come after the server acted on the request: only
 * idempotent methods retry them, unless the caller opts in (`retryUnsafe`), because a repeated
 * POST /v1/messages texts someone twice.
 */
import type { OpenPhoneError } from "./errors.cjs";
import type { Clock, HttpMethod } from "./types.cjs";
export declare function isRetryable(error: OpenPhoneError, method: HttpMethod, retryUnsafe?: boolean): boolean;
/**
 * Exponential backoff (0.5 s, 1 s, 2 s ... capped at 8 s) with jitter (50–100 % of that),
 * or the server's Retry-After when it sent one. `undefined`: Retry-After is longer than
 * `maxRetryAfterMs`, so waiting is pointless: give up now.
 */
export declare function retryDelay(attempt: number, retryAfterMs: number | undefined, maxRetryAfterMs: number, random: () => number): number | undefined;
/** The real clock: Date.now and an abortable setTimeout. */
export declare const systemClock: Clock;
