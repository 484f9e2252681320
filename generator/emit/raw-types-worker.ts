/**
 * Worker-thread entry for src/openapi.ts (see raw-types-thread.ts). Loading openapi-typescript
 * (with TypeScript and @redocly) is most of its cost, so that happens as soon as the worker
 * starts; each document arrives later as a message, and the text, or the error as plain data,
 * goes back.
 */
import { parentPort, threadId } from "node:worker_threads";
import type { JsonObject } from "../core.js";
import { InputError } from "../errors.js";
import { rawTypesSource } from "./raw-types.js";

/** `threadId`: where the text was made (`--verbose` prints it; tests check it is not the main thread). */
export type RawTypesReply = { ok: true; source: string; threadId: number } | { ok: false; message: string; input: boolean };

async function reply(document: JsonObject): Promise<RawTypesReply> {
  try {
    return { ok: true, source: await rawTypesSource(document), threadId };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), input: error instanceof InputError };
  }
}

// One document at a time: the main thread sends the next only after this reply
// (raw-types-thread.ts keeps an idle worker for the next run in the same process).
parentPort?.on("message", async (document: JsonObject) => {
  parentPort?.postMessage(await reply(document));
});
