/**
 * Errors the CLI turns into exit codes. Every message is one paragraph that names
 * the file or URL, the place, and the fix (see README "Exit codes").
 */

/** Bad input or usage: exit 2. */
export class InputError extends Error {
  override name = "InputError";
}

/** The upstream could not be reached (DNS, refused, timeout, 5xx after retries): exit 3 with --require-upstream. */
export class UpstreamUnreachableError extends Error {
  override name = "UpstreamUnreachableError";
}

/** A short, printable rendering of the first bytes of a body, for error messages. */
export function firstBytes(bytes: Uint8Array, max = 80): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, max));
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === "\n" ? "\\n" : "·"));
  return JSON.stringify(printable + (bytes.length > max ? "…" : ""));
}
