/**
 * src/openapi.ts is openapi-typescript's output, and producing it (loading TypeScript and
 * @redocly, then transforming and printing) is the largest single cost of a generate. It
 * depends on nothing else we emit, so in the bundled CLI (scripts/launch.mjs builds
 * raw-types-worker.js next to the CLI) it runs on a worker thread, started when the run
 * starts (`prewarmRawTypes`) so its module loading overlaps reading and parsing the spec,
 * and working while this thread builds the model, emits and compiles everything else.
 * Run from TypeScript sources (tests, `tsx generator/cli.ts`), the same worker starts from
 * raw-types-worker.ts with the tsx loader: one path for users and tests.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { GeneratedFile, JsonObject } from "../core.js";
import { InputError } from "../errors.js";
import type { RawTypesReply } from "./raw-types-worker.js";

export interface RawTypesWorker {
  /** Hand the document over (once); resolves to the text of src/openapi.ts and the thread that made it. */
  run(document: JsonObject): Promise<{ source: string; threadId: number }>;
  /** End the worker if it is still running (the run ended another way). */
  stop(): void;
}

/**
 * Idle worker left by an earlier run in this process, its modules already loaded. A CLI
 * run makes one run per process; a process that makes many (the tests) would otherwise
 * load TypeScript and openapi-typescript again on a new thread for each.
 */
let idle: Worker | undefined;
const ended = new WeakSet<Worker>();

/** Start the worker now (or take the idle one): the bundled .js beside this chunk, or the .ts source through tsx. */
export function prewarmRawTypes(): RawTypesWorker {
  const worker = idle ?? startWorker();
  idle = undefined;
  let settled = false;
  let onMessage: (message: RawTypesReply) => void = () => {};
  let onError: (error: Error) => void = () => {};
  let onExit: (code: number) => void = () => {};
  const reply = new Promise<{ source: string; threadId: number }>((resolve, reject) => {
    onMessage = (message) => {
      settled = true;
      if (message.ok) resolve({ source: message.source, threadId: message.threadId });
      else reject(message.input ? new InputError(message.message) : new Error(message.message));
    };
    onError = (error) => {
      settled = true;
      reject(error);
    };
    onExit = (code) => {
      settled = true;
      reject(new Error(`Internal error: the openapi-typescript worker exited (code ${code}) without a result.`));
    };
  });
  worker.once("message", onMessage);
  worker.once("error", onError);
  worker.once("exit", onExit);
  // Awaited only if `run` is called.
  reply.catch(() => {});
  let sent = false;
  return {
    run: (document) => {
      sent = true;
      worker.postMessage(document);
      return reply;
    },
    stop: () => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      // Idle again only if it answered (or never got work); one still working is ended.
      if ((settled || !sent) && idle === undefined && !ended.has(worker)) idle = worker;
      else void worker.terminate();
    },
  };
}

function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const worker = fromSource ? sourceWorker() : new Worker(new URL("./raw-types-worker.js", import.meta.url));
  // Never the reason the process stays alive.
  worker.unref();
  // A worker that ends (crashed, or terminated) is never handed out again.
  worker.once("exit", () => {
    ended.add(worker);
    if (idle === worker) idle = undefined;
  });
  return worker;
}

/**
 * The worker from raw-types-worker.ts: a two-line bootstrap registers tsx's loader on the
 * worker's thread, then imports the entry. (`execArgv: ["--import", "tsx"]` is ignored for
 * workers by Node 20: the .ts entry then fails with "Unknown file extension".) tsx is found
 * from this file, by absolute URL, whatever the working directory.
 */
function sourceWorker(): Worker {
  const tsxApi = createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const entry = new URL("./raw-types-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Starts producing src/openapi.ts on `worker`; await the result when it is needed.
 * `made` hears which thread made it (the pipeline's `--verbose` line).
 */
export function startRawTypes(document: JsonObject, worker: RawTypesWorker, made?: (threadId: number) => void): Promise<GeneratedFile> {
  const file = worker.run(document).then(({ source, threadId }): GeneratedFile => {
    made?.(threadId);
    return { path: "src/openapi.ts", contents: source, typesOnly: true };
  });
  // Awaited later; if this thread fails first, the outcome no longer matters.
  file.catch(() => {});
  return file;
}
