/**
 * The typed values that flow between pipeline stages (ARCHITECTURE.md). Each
 * stage is a function from one of these to the next. The outside world is read
 * by load (load/document.ts, load/fetch.ts: the upstream; load/snapshot.ts) and correction-files.ts (the committed
 * corrections), and written by write.ts; correct, model and emit are pure, but
 * for emit reading templates/runtime/ and running compilers.
 */

/** Any JSON value, as parsed from the upstream document. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** The upstream bytes exactly as fetched or read, before any parsing. */
export interface RawSpec {
  bytes: Uint8Array;
  /** URL or file path the bytes came from (as asked for: `--spec`). */
  source: string;
  /** The URL that served the bytes, when a redirect led away from `source`. */
  finalUrl?: string;
  /** ETag header of the response, when the source was HTTP and sent one. */
  etag?: string;
  /** Hex sha256 of `bytes`. */
  sha256: string;
}

/**
 * The upstream document in canonical form: object keys sorted, arrays in order,
 * 2-space JSON, LF, trailing newline. Equal contracts give equal `text`.
 */
export interface CanonicalSpec {
  document: JsonObject;
  text: string;
  /** Hex sha256 of `text`. */
  sha256: string;
}

/** What `generated/openapi.meta.json` records about the snapshot. */
export interface SnapshotMeta {
  source: string;
  /** Present only when the upstream redirected: the URL that served the snapshot's bytes. */
  finalUrl?: string;
  etag: string | null;
  fetchedAt: string;
  rawSha256: string;
  canonicalSha256: string;
}

/** One file of the generated package; `path` is relative to `generated/`, with `/`. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * Set by an emitter whose TypeScript file declares only types (no value is
   * exported or run). Compilation then skips the compiler: the JS is an empty
   * module and the declaration file is the source itself.
   */
  typesOnly?: boolean;
  /**
   * The file's declaration output, when the emitter knows it (it knows every export's
   * type): compilation uses it instead of running TypeScript's declaration emit, the
   * slowest step of a generate. Tests hold it byte-equal to what TypeScript would emit.
   */
  declaration?: string;
}
