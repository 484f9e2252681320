import { request, safe } from "../runtime/http.js";
import { listCallsChecks } from "../validators/listCalls.js";
const operation = {
  operationId: "listCalls_v1",
  method: "GET",
  path: "/v1/calls",
  query: ["createdAfter", "createdBefore", "maxResults", "pageToken", "participants", "phoneNumberId", "since", "userId"],
  explode: ["participants"],
  errors: [400, 401, 403, 404, 500],
  checks: listCallsChecks
};
const listCallsMaxPageSize = 100;
function listCalls(client, input, options) {
  return request(client, operation, input, options);
}
function listCallsSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  listCalls,
  listCallsMaxPageSize,
  listCallsSafe
};
