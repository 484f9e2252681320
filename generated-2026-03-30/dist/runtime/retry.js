function isRetryable(error, method, retryUnsafe) {
  const { kind, status = 0 } = error;
  return kind === "rate_limited" || (retryUnsafe || /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method)) && // Only api and unexpected_status errors carry a 408 or 5xx status (invalid_response is a 2xx).
  (kind === "network" || kind === "timeout" || status === 408 || status >= 500);
}
function retryDelay(attempt, retryAfterMs, maxRetryAfterMs, random) {
  if (retryAfterMs !== void 0) return retryAfterMs > maxRetryAfterMs ? void 0 : retryAfterMs;
  return Math.min(8e3, 500 * 2 ** attempt) * (0.5 + random() / 2);
}
const systemClock = {
  // Date.now reads no `this`, so it can be passed as is.
  now: Date.now,
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      signal?.aborted ? reject(signal.reason) : resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
    if (signal?.aborted) done();
  })
};
export {
  isRetryable,
  retryDelay,
  systemClock
};
