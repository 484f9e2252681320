/**
 * Errors the commands turn into exit codes, and the one table of those codes.
 * Every message is one paragraph that names the file or URL, the place, and the
 * fix (see README "Exit codes").
 */

/** The exit codes of `generate` and `diff`; the README's table and scripts/ci/run-generate.ts follow it. */
export const EXIT = {
  ok: 0,
  /** The contract changed at or above --fail-on (or --check found stale output). */
  changed: 1,
  /** Bad input or usage, including a file system that refuses a read or write. */
  badInput: 2,
  /** The upstream could not be reached (generate with --require-upstream; diff always). */
  unreachable: 3,
  /** A bug in the generator. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Least to most severe: a bug outranks bad input, which outranks an unreachable upstream, then a change. */
const SEVERITY: readonly number[] = [EXIT.ok, EXIT.changed, EXIT.unreachable, EXIT.badInput, EXIT.internal];

/** The more severe of two exit codes (several upstreams in one run end with the worst). */
export function mostSevere<T extends number>(a: T, b: T): T {
  return SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a;
}

/** Bad input or usage: exit 2. */
export class InputError extends Error {
  override name = "InputError";
}

/** The upstream could not be reached (DNS, refused, timeout, 5xx after retries): exit 3 with --require-upstream. */
export class UpstreamUnreachableError extends Error {
  override name = "UpstreamUnreachableError";
}

/** Error codes that describe the machine, not the generator: the fix is on the user's side. */
const FILE_SYSTEM_FIXES: Record<string, string> = {
  EACCES: "the user running the generator may not read or write it; fix its permissions (or those of its folder) or run as its owner",
  EPERM: "the operation is not permitted there; fix its permissions or attributes, or choose another --out",
  EROFS: "it is on a read-only file system; choose an --out on a writable one",
  ENOSPC: "the disk is full; free some space and run again",
  EDQUOT: "the disk quota is exhausted; free some space and run again",
  ENOTDIR: "a part of the path is a file where a folder is expected; move that file away or choose another path",
  EISDIR: "it is a folder where a file is expected; pass a file path",
  ENAMETOOLONG: "the path is too long; choose a shorter one",
  ELOOP: "the path has a symbolic-link loop; fix the link",
  EMFILE: "too many files are open; raise the limit (ulimit -n) and run again",
};

export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    (error as NodeJS.ErrnoException).code! in FILE_SYSTEM_FIXES
  );
}

/**
 * A refusal of the file system as bad input (exit 2): names the path, the reason
 * and the fix, with no stack. Anything that is not such a refusal is returned as is.
 */
export function fileSystemError(error: unknown, path?: string, note = ""): unknown {
  if (error instanceof InputError || !isFileSystemError(error)) return error;
  const code = error.code as string;
  const where = path ?? error.path ?? "(unknown path)";
  const detail = error.path && error.path !== where ? ` (at ${error.path})` : "";
  return new InputError(
    `Cannot ${error.syscall ?? "access"} ${where}${detail}: ${code}; ${FILE_SYSTEM_FIXES[code]}.${note ? ` ${note}` : ""}`,
  );
}

function isUsageError(error: unknown): boolean {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof InputError || isUsageError(error) || isFileSystemError(error)) return EXIT.badInput;
  if (error instanceof UpstreamUnreachableError) return EXIT.unreachable;
  return EXIT.internal;
}

/** What a command prints on stderr for an error that ended it: one paragraph, a stack only for bugs. */
export function describeError(error: unknown): string {
  const mapped = fileSystemError(error);
  const code = exitCodeOf(mapped);
  if (code === EXIT.internal) {
    // Not the input's fault: a bug in the generator. Distinct from 1, which CI reads as "contract changed".
    return `internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  return `error: ${mapped instanceof Error ? mapped.message : String(mapped)}`;
}

/** A short, printable rendering of the first bytes of a body, for error messages. */
export function firstBytes(bytes: Uint8Array, max = 80): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, max));
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === "\n" ? "\\n" : "·"));
  return JSON.stringify(printable + (bytes.length > max ? "…" : ""));
}
