/**
 * Stage 1: get the upstream bytes, from an http(s) URL or a file path.
 *
 * HTTP: a timeout per attempt, up to `retries` retries with exponential backoff
 * on network errors and 5xx, a size cap enforced while streaming (never buffers
 * more than the cap), redirects followed, and a conditional request when the
 * snapshot recorded an ETag (a 304 means "unchanged").
 */
import { type FileHandle, open } from "node:fs/promises";
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

export async function fetchSpec(source: string, options: FetchOptions): Promise<FetchResult> {
  if (!isUrl(source)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
      throw new InputError(
        `Spec source ${source} uses a scheme this tool does not read. Pass an http(s) URL or a local file path with --spec.`,
      );
    }
    const bytes = await readFileCapped(source, options.maxBytes);
    return { kind: "fetched", raw: { bytes, source, sha256: sha256Hex(bytes) } };
  }
  return fetchHttp(source, options);
}

async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `Cannot read the spec file ${path} (${code ?? String(error)}). Check the path given to --spec (relative paths are resolved from ${process.cwd()}).`,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(path, maxBytes);
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes) throw tooLarge(path, maxBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await handle.close();
  }
}

function tooLarge(source: string, maxBytes: number): InputError {
  return new InputError(
    `The spec at ${source} is larger than the size cap of ${maxBytes} bytes, so it was not read further. If the document really is that large, raise the cap with --max-size <MiB>; otherwise check that the URL serves the OpenAPI document.`,
  );
}

/** A failure worth another attempt: the network, a timeout, or a 5xx. */
class RetryableFailure extends Error {}

async function fetchHttp(url: string, options: FetchOptions): Promise<FetchResult> {
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
    `Could not fetch the spec from ${url} after ${options.retries + 1} attempts: ${lastFailure}. Check the network or the URL (--spec / OPENPHONE_SPEC_URL), raise --timeout, or run with --offline to use the committed snapshot.`,
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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.etag) headers["if-none-match"] = options.etag;
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
    } catch (error) {
      throw new RetryableFailure(describeNetworkError(error, controller.signal.aborted, options.timeoutMs));
    }
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
      throw new InputError(
        `The spec URL ${url} answered HTTP ${response.status} ${response.statusText}. Check the URL given to --spec or OPENPHONE_SPEC_URL; a 4xx will not go away by retrying.`.replace(
          /\s+\./,
          ".",
        ),
      );
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, options.maxBytes);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, url, options.maxBytes);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new RetryableFailure(`${describeNetworkError(error, controller.signal.aborted, options.timeoutMs)} while reading the body`);
    }
    return { kind: "fetched", raw: { bytes, source: url, sha256: sha256Hex(bytes), ...(etag ? { etag } : {}) } };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
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
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
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
