import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { InputError } from "../../generator/errors.js";
import { buildApiModel } from "../../generator/model/build.js";
import { PACKAGE_OWN_EXPORTS } from "../../generator/model/exports.js";

const thing = { type: "object", properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id"] };

function document(paths: JsonObject): JsonObject {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths };
}

function getOperation(operationId: string, extra: JsonObject = {}): JsonObject {
  return {
    get: {
      operationId,
      ...extra,
      responses: {
        "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { data: thing } } } } },
      },
    },
  };
}

describe("export names are decided in the model", () => {
  it("gives each operation and model every name the emitters print", () => {
    const maxResults = { name: "maxResults", in: "query", schema: { type: "integer", maximum: 50 } };
    const model = buildApiModel(document({ "/v1/things": getOperation("listThings_v1", { parameters: [maxResults] }) }));
    const [operation] = model.operations;
    expect(operation?.maxPageSize).toBe(50);
    expect(operation?.names).toEqual({
      function: "listThings",
      safe: "listThingsSafe",
      maxPageSize: "listThingsMaxPageSize",
      input: "ListThingsInput",
      result: "ListThingsResult",
      errorBodies: "ListThingsErrorBodies",
      error: "ListThingsError",
      request: "listThingsRequest",
      responses: "listThingsResponses",
      checks: "listThingsChecks",
      response: { "200": "listThingsResponse200" },
    });
    expect(model.models.map((m) => m.names)).toEqual([{ type: "Thing", check: "checkThing", validator: "ThingValidator" }]);
  });

  it("leaves maxPageSize out where there is no bounded maxResults", () => {
    const [operation] = buildApiModel(document({ "/v1/thing": getOperation("getThing_v1") })).operations;
    expect(operation?.maxPageSize).toBeUndefined();
    expect(operation?.names.maxPageSize).toBeUndefined();
  });
});

describe("refuseExportCollisions", () => {
  const spec = document({ "/v1/thing": getOperation("getThing_v1") });

  it("refuses a model named like an operation's type, naming both and the names-file fix", () => {
    const build = () => buildApiModel(spec, { rename: { Thing: "GetThingInput" } });
    expect(build).toThrow(InputError);
    expect(build).toThrow(
      /operation "getThing_v1" \(GET \/v1\/thing\) and the model GetThingInput both become the type GetThingInput\. Rename the model in openphone\.names\.json/,
    );
  });

  it("refuses a name the package's runtime already exports", () => {
    expect(() => buildApiModel(spec, { rename: { Thing: "ClientOptions" } })).toThrow(
      /the model ClientOptions would export the type ClientOptions, a name the generated package uses for itself\. Rename the model/,
    );
  });

  it("refuses an operation whose function name is another operation's Safe variant", () => {
    const both = document({ "/v1/thing": getOperation("getThing_v1"), "/v1/thing-safe": getOperation("getThingSafe_v1") });
    expect(() => buildApiModel(both)).toThrow(
      /operations "getThing_v1" \(GET \/v1\/thing\) and "getThingSafe_v1" \(GET \/v1\/thing-safe\) both become the function getThingSafe\. Give one of them a distinct operationId/,
    );
  });

  it("knows every name the root entry exports besides the operations' and the models'", () => {
    const index = readFileSync("generated/src/index.ts", "utf8");
    const own = [...index.matchAll(/export (?:type )?\{([^}]*)\} from "\.\/(?:runtime\/[a-z-]+|client|openapi)\.js"/g)].flatMap((m) =>
      m[1]!.split(",").map((name) => name.replace(/^\s*type\s+/, "").trim()),
    );
    expect(own.length).toBeGreaterThan(20);
    expect(own.filter((name) => name !== "" && !PACKAGE_OWN_EXPORTS.has(name))).toEqual([]);
  });
});
