/** Small OpenAPI documents for the surface rules: one POST /v1/things whose input and output are given. */
import type { JsonObject } from "../../generator/core.js";
import { diffSpecs } from "../../generator/diff/index.js";
import { describeSurface, type SurfaceDiff } from "../../generator/surface/index.js";

export interface Shape {
  /** Properties of the request body (required ones listed in `inputRequired`). */
  input?: JsonObject;
  inputRequired?: string[];
  /** Properties of the response's `data` object. */
  output?: JsonObject;
  outputRequired?: string[];
  /** Documented error statuses, each with its own `code`. */
  errors?: number[];
  /** A second operation, GET /v1/widgets. */
  widgets?: boolean;
}

export function doc(shape: Shape): JsonObject {
  const errors = Object.fromEntries(
    (shape.errors ?? []).map((status) => [
      String(status),
      {
        description: `error ${status}`,
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: { status: { const: status }, code: { const: `E${status}` }, message: { type: "string" } },
              required: ["status", "code", "message"],
            },
          },
        },
      },
    ]),
  );
  const data = { type: "object", properties: shape.output ?? { id: { type: "string" } }, required: shape.outputRequired ?? ["id"] };
  const paths: JsonObject = {
    "/v1/things": {
      post: {
        operationId: "createThing_v1",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: shape.input ?? { name: { type: "string" } },
                required: shape.inputRequired ?? ["name"],
              },
            },
          },
        },
        responses: {
          "201": {
            description: "ok",
            content: { "application/json": { schema: { type: "object", properties: { data }, required: ["data"] } } },
          },
          ...errors,
        },
      },
    },
  };
  if (shape.widgets) {
    paths["/v1/widgets"] = {
      get: {
        operationId: "listWidgets_v1",
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] } } },
          },
        },
      },
    };
  }
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths };
}

export function surfaceOf(base: Shape, revision: Shape): Promise<SurfaceDiff> {
  const a = doc(base);
  const b = doc(revision);
  return describeSurface({ base: a, revision: b, changes: diffSpecs(a, b) });
}

/** "severity rule subject" per change. */
export function summary(diff: SurfaceDiff): string[] {
  return diff.changes.map((c) => `${c.severity} ${c.rule} ${c.subject}`);
}
