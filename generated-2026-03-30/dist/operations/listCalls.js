import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listCallsChecks } from "../validators/listCalls.js";
const operation = {
  operationId: "listCalls",
  method: "GET",
  path: "/calls",
  query: ["actorId", "after", "createdAt", "direction", "include", "limit", "participant", "phoneNumberId", "status"],
  deepObject: /* @__PURE__ */ deepObjectQuery(["createdAt", "participant", "status"]),
  errors: [400, 401, 403, 404, 500],
  checks: listCallsChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listCallsMaxPageSize = 50;
function listCalls(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listCallsSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listCalls,
  listCallsMaxPageSize,
  listCallsSafe
};
