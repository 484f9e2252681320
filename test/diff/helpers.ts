import { readFileSync } from "node:fs";
import path from "node:path";
import type { JsonObject } from "../../generator/core.js";

export const FIXTURES = path.resolve(process.cwd(), "test/fixtures/diff");
export const OLDER_LOOKING = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json");
export const NEWER_LOOKING = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-12-15.json");

export function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, "utf8")) as JsonObject;
}

export function fixture(id: string): { base: JsonObject; revision: JsonObject } {
  return { base: readJson(path.join(FIXTURES, id, "base.json")), revision: readJson(path.join(FIXTURES, id, "revision.json")) };
}

/** A minimal document with one GET /x whose 200 JSON body is `schema`, and a POST /x taking `requestSchema`. */
export function docWith(schema: unknown, requestSchema: unknown = { type: "object" }, components: JsonObject = {}): JsonObject {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    components: components as never,
    paths: {
      "/x": {
        get: {
          operationId: "getX",
          responses: { "200": { description: "ok", content: { "application/json": { schema: schema as never } } } },
        },
        post: {
          operationId: "postX",
          requestBody: { required: true, content: { "application/json": { schema: requestSchema as never } } },
          responses: { "204": { description: "done" } },
        },
      },
    },
  };
}
