/**
 * src/openapi.ts is openapi-typescript's output, and producing it (loading TypeScript and
 * @redocly, then transforming and printing) is the largest single cost of a generate. It
 * depends on nothing else we emit, so in the bundled CLI (scripts/launch.mjs builds
 * raw-types-worker.js next to the CLI) it runs on a worker thread, started when the run
 * starts (`prewarmRawTypes`) so its module loading overlaps reading and parsing the spec,
 * and working while this thread builds the model, emits and compiles everything else.
 * Run from TypeScript sources (tests), there is no worker file and it runs on this thread;
 * the text is the same either way.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { GeneratedFile, JsonObject } from "../core.js";
import { InputError } from "../errors.js";
import type { RawTypesReply } from "./raw-types-worker.js";

export interface RawTypesWorker {
  /** Hand the document over (once); resolves to the text of src/openapi.ts. */
  run(document: JsonObject): Promise<string>;
  /** End the worker if it is still running (the run ended another way). */
  stop(): void;
}

/** Start the worker now, or undefined when running from TypeScript sources. */
export function prewarmRawTypes(): RawTypesWorker | undefined {
  const file = new URL("./raw-types-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(file))) return undefined;
  const worker = new Worker(file);
  // Never the reason the process stays alive.
  worker.unref();
  const reply = new Promise<string>((resolve, reject) => {
    worker.once("message", (message: RawTypesReply) => {
      if (message.ok) resolve(message.source);
      else reject(message.input ? new InputError(message.message) : new Error(message.message));
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`Internal error: the openapi-typescript worker exited (code ${code}) without a result.`)),
    );
  });
  // Awaited only if `run` is called.
  reply.catch(() => {});
  return {
    run: (document) => {
      worker.postMessage(document);
      return reply;
    },
    stop: () => void worker.terminate(),
  };
}

/** Starts producing src/openapi.ts (on `worker` when given); await the result when it is needed. */
export function startRawTypes(document: JsonObject, worker?: RawTypesWorker): Promise<GeneratedFile> {
  const text = worker ? worker.run(document) : import("./raw-types.js").then((module) => module.rawTypesSource(document));
  const file = text.then((contents): GeneratedFile => ({ path: "src/openapi.ts", contents, typesOnly: true }));
  // Awaited later; if this thread fails first, the outcome no longer matters.
  file.catch(() => {});
  return file;
}
