/**
 * Given a rule's fixture pair → want its exact findings (place, before, after).
 * Written by hand from the fixture's intent, for the rules whose place or values
 * are easiest to get wrong.
 */
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../generator/diff/index.js";
import { fixture } from "./helpers.js";

const REQ = "/paths/~1things/post/requestBody/content/application~1json/schema/properties/value";
const RES = "/paths/~1things/post/responses/201/content/application~1json/schema/properties/value";
const GET_RES = "/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/properties/value";

type Want = [method: string | null, location: string, before: unknown, after: unknown];
const table: Array<[string, Want[]]> = [
  ["operation-removed", [["GET", "/paths/~1things~1{id}/get", "getThing", undefined]]],
  ["operation-removed-after-deprecation", [["GET", "/paths/~1things~1{id}/get", "getThing", undefined]]],
  [
    "request-parameter-added-required",
    [["GET", "/paths/~1things~1{id}/get/parameters/2", undefined, { in: "query", name: "orgId", required: true }]],
  ],
  [
    "request-parameter-removed",
    [["GET", "/paths/~1things~1{id}/get/parameters/1", { in: "query", name: "expand", required: false }, undefined]],
  ],
  ["request-property-removed", [["POST", REQ, { required: false }, undefined]]],
  ["request-required-property-added", [["POST", REQ, undefined, { required: true }]]],
  ["response-property-became-optional", [["POST", RES, { required: true }, { required: false }]]],
  // The same schema in two responses: one finding per operation (ordered by path, then method).
  [
    "response-property-became-nullable",
    [
      ["POST", RES, false, true],
      ["GET", GET_RES, false, true],
    ],
  ],
  ["request-property-became-non-nullable", [["POST", REQ, true, false]]],
  ["request-type-narrowed", [["POST", REQ, ["number"], ["integer"]]]],
  [
    "response-type-widened",
    [
      ["POST", RES, ["integer"], ["number"]],
      ["GET", GET_RES, ["integer"], ["number"]],
    ],
  ],
  [
    "response-enum-value-added",
    [
      ["POST", `${RES}/enum`, undefined, ["b"]],
      ["GET", `${GET_RES}/enum`, undefined, ["b"]],
    ],
  ],
  ["request-enum-value-removed", [["POST", `${REQ}/enum`, ["b"], undefined]]],
  ["request-enum-added", [["POST", `${REQ}/enum`, undefined, ["a", "b"]]]],
  [
    "response-enum-removed",
    [
      ["POST", `${RES}/enum`, ["a", "b"], undefined],
      ["GET", `${GET_RES}/enum`, ["a", "b"], undefined],
    ],
  ],
  [
    "response-error-code-changed",
    [["POST", "/paths/~1things/post/responses/400/content/application~1json/schema/properties/code/const", "0100400", "0100401"]],
  ],
  ["request-pattern-removed", [["POST", `${REQ}/pattern`, "^PN", undefined]]],
  ["request-range-narrowed", [["POST", `${REQ}/minimum`, 0, 1]]],
  ["request-length-narrowed", [["POST", `${REQ}/maxLength`, 10, 5]]],
  [
    "response-length-widened",
    [
      ["POST", `${RES}/minLength`, 2, 1],
      ["GET", `${GET_RES}/minLength`, 2, 1],
    ],
  ],
  ["request-union-branch-removed", [["POST", `${REQ}/anyOf/1`, "integer", undefined]]],
  [
    "response-union-branch-added",
    [
      ["POST", `${RES}/anyOf/2`, undefined, "boolean"],
      ["GET", `${GET_RES}/anyOf/2`, undefined, "boolean"],
    ],
  ],
  ["response-error-status-removed", [["POST", "/paths/~1things/post/responses/400", "400", undefined]]],
  ["response-success-status-added", [["POST", "/paths/~1things/post/responses/200", undefined, "200"]]],
  ["security-requirement-added", [["GET", "/paths/~1things~1{id}/get/security", ["apiKey"], ["oauth"]]]],
  [
    "security-scheme-changed",
    [
      [
        null,
        "/components/securitySchemes/apiKey",
        { in: "header", name: "Authorization", type: "apiKey" },
        { in: "header", name: "X-Api-Key", type: "apiKey" },
      ],
    ],
  ],
  ["server-removed", [[null, "/servers/0", "https://api.example.com", undefined]]],
  ["extension-changed", [[null, "/x-kong-name", undefined, "public-api"]]],
  ["operation-id-changed", [["GET", "/paths/~1things~1{id}/get/operationId", "getThing", "fetchThing"]]],
  [
    "inapplicable-keyword-changed",
    [
      ["POST", `${RES}/minLength`, undefined, 1],
      ["GET", `${GET_RES}/minLength`, undefined, 1],
    ],
  ],
];

describe("rule findings on their fixture pairs", () => {
  it.each(table)("%s", (id, want) => {
    const { base, revision } = fixture(id);
    const got = diffSpecs(base, revision, { only: [id] }).map((c): Want => [c.method, c.location, c.before, c.after]);
    expect(got).toEqual(want);
  });
});
