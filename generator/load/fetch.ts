/**
 * Stage 1 over HTTP: get the upstream bytes from an http(s) URL (other sources:
 * load/document.ts, which is what the commands call).
 *
 * A timeout per attempt, up to `retries` retries with exponential backoff on
 * network errors and 5xx, a size cap enforced while streaming (never buffers more
 * than the cap), and a conditional request when the snapshot recorded an ETag (a
 * 304 means "unchanged"). Redirects are followed by hand, at most
 * MAX_REDIRECTS, to http(s) only; the URL that served the bytes is kept.
 */
import type { RawSpec } from "../core.js";
import { InputError, UpstreamUnreachableError } from "../errors.js";
import { sha256Hex } from "../json.js";

export const PUBLISHED_SPEC_URL = "https://openphone-public-api-prod.s3.us-west-2.amazonaws.com/public/openphone-public-api-v1-prod.json";

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Retries after the first attempt (network errors and 5xx only). */
  retries: number;
  /** Base of the exponential backoff; attempt n waits about base * 2^n (with jitter). */
  backoffMs: number;
  /** ETag recorded with the snapshot, sent as If-None-Match. */
  etag?: string;
  /** What the document is called in messages ("spec", "base spec"...). */
  label?: string;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 30_000,
  maxBytes: 25 * 1024 * 1024,
  retries: 3,
  backoffMs: 250,
};

export type FetchResult = { kind: "unchanged"; source: string; etag?: string } | { kind: "fetched"; raw: RawSpec };

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Redirects followed before giving up: a loop or a chain this long is a misconfigured server. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function tooLarge(source: string, maxBytes: number, label = "spec"): InputError {
  return new InputError(
    `The ${label} at ${source} is larger than the size cap of ${maxBytes} bytes, so it was not read further. If the document really is that large, raise the cap with --max-size <MiB>; otherwise check that the URL serves the OpenAPI document.`,
  );
}

/** A failure worth another attempt: the network, a timeout, or a 5xx. */
class RetryableFailure extends Error {}

export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchResult> {
  let lastFailure = "";
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(options.backoffMs, attempt));
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      if (!(error instanceof RetryableFailure)) throw error;
      lastFailure = error.message;
    }
  }
  throw new UpstreamUnreachableError(
    `Could not fetch the ${options.label ?? "spec"} from ${url} after ${options.retries + 1} attempts: ${lastFailure}. Check the network or the URL (--spec / OPENPHONE_SPEC_URL), raise --timeout, or run with --offline to use the committed snapshot.`,
  );
}

function backoffDelay(baseMs: number, attempt: number): number {
  const exponential = baseMs * 2 ** (attempt - 1);
  // Full jitter on half the delay keeps retries from several CI jobs apart.
  return exponential / 2 + Math.random() * (exponential / 2);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fetchOnce(url: string, options: FetchOptions): Promise<FetchResult> {
  const label = options.label ?? "spec";
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.etag) headers["if-none-match"] = options.etag;
    let current = url;
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      try {
        response = await fetch(current, { headers, signal: controller.signal, redirect: "manual" });
      } catch (error) {
        throw new RetryableFailure(describeNetworkError(error, controller.signal.aborted, options.timeoutMs));
      }
      if (!REDIRECT_STATUSES.has(response.status)) break;
      await response.body?.cancel();
      const next = redirectTarget(url, current, response, label);
      if (redirects >= MAX_REDIRECTS) {
        throw new InputError(
          `The ${label} URL ${url} redirected more than ${MAX_REDIRECTS} times (the last from ${current} to ${next}); it is probably a redirect loop. Pass the document's final URL with --spec, or fix the server.`,
        );
      }
      current = next;
    }
    const served = current === url ? {} : { finalUrl: current };
    const etag = response.headers.get("etag") ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: "unchanged", source: url, ...(etag ? { etag } : {}) };
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new RetryableFailure(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    if (!response.ok) {
      await response.body?.cancel();
      const at = current === url ? url : `${url} (redirected to ${current})`;
      throw new InputError(
        `The ${label} URL ${at} answered HTTP ${response.status} ${response.statusText}. Check the URL given to --spec or OPENPHONE_SPEC_URL; a 4xx will not go away by retrying.`.replace(
          /\s+\./,
          ".",
        ),
      );
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, options.maxBytes, label);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, url, options.maxBytes, label);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new RetryableFailure(`${describeNetworkError(error, controller.signal.aborted, options.timeoutMs)} while reading the body`);
    }
    return { kind: "fetched", raw: { bytes, source: url, ...served, sha256: sha256Hex(bytes), ...(etag ? { etag } : {}) } };
  } finally {
    clearTimeout(timer);
  }
}

/** Where a 3xx points, resolved against the URL that sent it; only http(s) is followed (never file:, data:, ...). */
function redirectTarget(url: string, current: string, response: Response, label: string): string {
  const location = response.headers.get("location");
  let target: URL | undefined;
  try {
    target = location ? new URL(location, current) : undefined;
  } catch {
    target = undefined;
  }
  if (!target) {
    throw new InputError(
      `The ${label} URL ${url} answered HTTP ${response.status} from ${current} with ${location ? `an unusable Location ${JSON.stringify(location.slice(0, 200))}` : "no Location header"}. Pass the document's real URL with --spec, or fix the server.`,
    );
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new InputError(
      `The ${label} URL ${url} redirected (HTTP ${response.status} from ${current}) to ${target.href.slice(0, 200)}, which is not an http(s) URL; only http(s) redirects are followed. Pass an http(s) URL or a local file with --spec.`,
    );
  }
  return target.href;
}

async function readCapped(response: Response, url: string, maxBytes: number, label: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes, label);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function describeNetworkError(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no complete answer within ${timeoutMs / 1000} s (timeout)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
