/**
 * The one way the commands read a document: `generate --spec`, both sides of
 * `npm run diff`, and the small JSON inputs (overlay, names).
 *
 * A source is an http(s) URL (load/fetch.ts: retries, redirects, ETag), `-` for
 * stdin, or a local path: a regular file, or a FIFO (`<(curl …)`, `mkfifo`).
 * Everything is streamed under the same size cap and timeout, so an endless pipe
 * neither fills the memory nor hangs the run. Folders and devices are refused:
 * `/dev/zero` would never end, a folder is a wrong path.
 */
import { closeSync, constants, open as openCallback, openSync, readFileSync, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Socket } from "node:net";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { InputError } from "../errors.js";
import { sha256Hex } from "../json.js";
import { concat, type FetchOptions, type FetchResult, fetchUrl, isUrl, tooLarge } from "./fetch.js";

/** `--spec -`: read the document from stdin. */
export const STDIN_SOURCE = "-";

export async function loadDocument(source: string, options: FetchOptions): Promise<FetchResult> {
  if (isUrl(source)) return fetchUrl(source, options);
  const label = options.label ?? "spec";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new InputError(
      `The ${label} source ${source} uses a scheme this tool does not read. Pass an http(s) URL, a local file path, or - (stdin).`,
    );
  }
  const bytes = source === STDIN_SOURCE ? await readStdin(options) : await readLocal(source, options);
  const shown = source === STDIN_SOURCE ? "stdin" : source;
  return { kind: "fetched", raw: { bytes, source: shown, sha256: sha256Hex(bytes) } };
}

function readStdin(options: FetchOptions): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new InputError(
      "--spec - reads the document from stdin, but stdin is a terminal. Pipe the document in (`cat spec.json | npm run generate -- --spec -`) or pass its path.",
    );
  }
  return readStream(process.stdin, "stdin", options);
}

async function readLocal(path: string, options: FetchOptions): Promise<Uint8Array> {
  const label = options.label ?? "spec";
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw cannotRead(path, error, label);
  }
  if (info.isDirectory()) {
    throw new InputError(
      `The ${label} path ${path} is a folder, not a file. Pass the OpenAPI JSON file itself (or an http(s) URL, or - for stdin).`,
    );
  }
  if (info.isFIFO()) return readStream(await openFifo(path, options), path, options);
  if (!info.isFile()) {
    throw new InputError(
      `The ${label} path ${path} is a ${info.isSocket() ? "socket" : "device"}, not a regular file; it may never end. Pass a regular file, an http(s) URL, or - to read stdin.`,
    );
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw cannotRead(path, error, label);
  }
  try {
    if ((await handle.stat()).size > options.maxBytes) throw tooLarge(path, options.maxBytes, label);
    return await readStream(handle.createReadStream({ autoClose: false }), path, options);
  } finally {
    await handle.close();
  }
}

const openFd = promisify(openCallback);

/**
 * Opening a FIFO blocks until a writer opens it, in a thread no timeout can
 * cancel. On timeout, opening it for writing ourselves (and closing at once)
 * releases that open, which then reads an empty, ended pipe.
 */
async function openFifo(path: string, options: FetchOptions): Promise<Readable> {
  const label = options.label ?? "spec";
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // The writer came after all, or the FIFO went away: the open settles either way.
    }
  }, options.timeoutMs);
  let fd: number;
  try {
    fd = await openFd(path, constants.O_RDONLY);
  } catch (error) {
    throw cannotRead(path, error, label);
  } finally {
    clearTimeout(timer);
  }
  if (timedOut) {
    closeSync(fd);
    throw noDocumentInTime(path, options);
  }
  // A pipe handle polls the event loop instead of blocking a thread per read, so the timeout can stop it.
  return new Socket({ fd, readable: true, writable: false });
}

/** Read a stream whole, but never more than the cap and never longer than the timeout. */
function readStream(stream: Readable, source: string, options: FetchOptions): Promise<Uint8Array> {
  const label = options.label ?? "spec";
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const finish = (error: Error | undefined): void => {
      clearTimeout(timer);
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      if (error) {
        // Stop the writer: it gets EPIPE instead of filling memory that will never be read.
        stream.destroy();
        reject(error);
      } else resolve(concat(chunks, total));
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > options.maxBytes) finish(tooLarge(source, options.maxBytes, label));
      else chunks.push(bytes);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (error: Error): void => finish(cannotRead(source, error, label));
    const timer = setTimeout(() => finish(noDocumentInTime(source, options)), options.timeoutMs);
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

function noDocumentInTime(source: string, options: FetchOptions): InputError {
  return new InputError(
    `The ${options.label ?? "spec"} from ${source} was not complete within ${options.timeoutMs / 1000} s (timeout): nothing wrote it, or the writer never closed it. Check what feeds it, or raise --timeout.`,
  );
}

function cannotRead(path: string, error: unknown, label: string): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new InputError(
    `Cannot read the ${label} file ${path} (${code}). Check the path given to --spec (relative paths are resolved from ${process.cwd()}) and its permissions.`,
  );
}

export interface JsonInput {
  /** The flag that names the file, e.g. "--names". */
  flag: string;
  /** What the file is, e.g. "names file". */
  what: string;
  /** What it must contain, e.g. "an OpenAPI Overlay 1.0 document". */
  format: string;
}

/** A small local JSON input (overlay, names): missing, unreadable or invalid is bad input naming the file and the fix. */
export function readJsonInput(file: string, input: JsonInput): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "ENOENT") {
      throw new InputError(
        `The ${input.what} ${file} (${input.flag}) does not exist. Check the path (relative paths are resolved from ${process.cwd()}), or drop ${input.flag}.`,
      );
    }
    if (code === "EISDIR")
      throw new InputError(`The ${input.what} ${file} (${input.flag}) is a folder, not a file. Pass the JSON file itself.`);
    throw new InputError(
      `Cannot read the ${input.what} ${file} (${input.flag}): ${code}. Fix its permissions, or pass another file with ${input.flag}.`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(
      `The ${input.what} ${file} (${input.flag}) is not valid JSON (${(error as Error).message.replace(/\s+/g, " ")}). Fix the syntax; it must be ${input.format}.`,
    );
  }
}
