/**
 * Reading one side of a diff: a file path or an http(s) URL (global fetch, 30 s
 * timeout, no retries: a diff is run by a person or CI step that can rerun it).
 * The result is the parsed document and the sha256 of the bytes.
 */
import { readFile } from "node:fs/promises";
import type { JsonObject } from "../core.js";
import { InputError } from "../errors.js";
import { sha256Hex } from "../load/fetch.js";
import { isObject, resolveRef } from "./schema-view.js";

export const FETCH_TIMEOUT_MS = 30_000;

export interface LoadedSide {
  source: string;
  sha256: string;
  document: JsonObject;
}

export async function loadSide(source: string, role: "base" | "revision", timeoutMs = FETCH_TIMEOUT_MS): Promise<LoadedSide> {
  const bytes = /^https?:\/\//i.test(source) ? await fetchBytes(source, role, timeoutMs) : await readBytes(source, role);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(
      `The ${role} spec ${source} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Pass an OpenAPI 3.1 JSON document (YAML is not read).`,
    );
  }
  if (
    !isObject(value as never) ||
    typeof (value as JsonObject).openapi !== "string" ||
    !/^3\./.test((value as JsonObject).openapi as string)
  ) {
    throw new InputError(
      `The ${role} spec ${source} is JSON but not an OpenAPI 3.x document (no "openapi": "3.x" field at the top). Check that you passed the OpenAPI document.`,
    );
  }
  const document = value as JsonObject;
  // OpenAPI 3.1 allows a document of webhooks only (the webhook supplement is one).
  if (!isObject(document.paths) && !isObject(document.webhooks)) {
    throw new InputError(
      `The ${role} spec ${source} has no "paths" (nor "webhooks") object, so there is nothing to compare. Check the document.`,
    );
  }
  checkRefs(document, source, role);
  // No re-canonicalisation needed: the diff never depends on key order (test/diff/real-specs.test.ts).
  return { source, sha256: sha256Hex(bytes), document };
}

async function readBytes(path: string, role: string): Promise<Uint8Array> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw new InputError(`The ${role} spec ${path} uses a scheme this command does not read. Pass a local file path or an http(s) URL.`);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(
      `Cannot read the ${role} spec file ${path} (${code}). Check the path (relative paths are resolved from ${process.cwd()}).`,
    );
  }
}

async function fetchBytes(url: string, role: string, timeoutMs: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers: { accept: "application/json" }, signal: controller.signal, redirect: "follow" });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(
        `The ${role} spec URL ${url} answered HTTP ${response.status}. Check the URL, or download the document and pass the file.`,
      );
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs / 1000} s`
      : ((error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error)));
    throw new InputError(
      `Could not fetch the ${role} spec from ${url} (${reason}). Check the URL and the network, or download the document and pass the file.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Only references inside the document are followed; anything else is refused up front. */
function checkRefs(document: JsonObject, source: string, role: string): void {
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: document, pointer: "" }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    const ref = (value as Record<string, unknown>).$ref;
    if (!Array.isArray(value) && typeof ref === "string") {
      if (!ref.startsWith("#") || resolveRef(document, ref) === undefined) {
        throw new InputError(
          `The ${role} spec ${source} has a $ref ${JSON.stringify(ref).slice(0, 200)} at ${pointer || "/"}/$ref that does not point inside the document. The diff follows only internal references ("#/components/..."); fix or inline the reference.`,
        );
      }
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, pointer: `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` });
  }
}
