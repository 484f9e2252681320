/**
 * When to try again, and how long to wait first.
 *
 * 429 means the request was refused before it was processed, so every method retries it.
 * Network errors, timeouts, 408 and 5xx may come after the server acted on the request: only
 * idempotent methods retry them, unless the caller opts in (`retryUnsafe`), because a repeated
 * POST /v1/messages texts someone twice.
 */
import type { OpenPhoneError } from "./errors.js";
import type { Clock, HttpMethod } from "./types.js";

export function isRetryable(error: OpenPhoneError, method: HttpMethod, retryUnsafe?: boolean): boolean {
  const { kind, status = 0 } = error;
  return (
    kind === "rate_limited" ||
    ((retryUnsafe || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method)) &&
      // Only api and unexpected_status errors carry a 408 or 5xx status (invalid_response is a 2xx).
      (kind === "network" || kind === "timeout" || status === 408 || status >= 500))
  );
}

/**
 * Exponential backoff (0.5 s, 1 s, 2 s ... capped at 8 s) with jitter (50–100 % of that),
 * or the server's Retry-After when it sent one. `undefined`: Retry-After is longer than
 * `maxRetryAfterMs`, so waiting is pointless: give up now.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  maxRetryAfterMs: number,
  random: () => number,
): number | undefined {
  if (retryAfterMs !== undefined) return retryAfterMs > maxRetryAfterMs ? undefined : retryAfterMs;
  return Math.min(8000, 500 * 2 ** attempt) * (0.5 + random() / 2);
}

/** The real clock: Date.now and an abortable setTimeout. */
export const systemClock: Clock = {
  // Date.now reads no `this`, so it can be passed as is.
  now: Date.now,
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        signal?.aborted ? reject(signal.reason) : resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done);
      if (signal?.aborted) done();
    }),
};
