import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listMessagesChecks } from "../validators/listMessages.js";
const operation = {
  operationId: "listMessages",
  method: "GET",
  path: "/messages",
  query: ["after", "createdAt", "direction", "from", "limit", "phoneNumberId", "status", "to", "userId"],
  deepObject: /* @__PURE__ */ deepObjectQuery(["createdAt", "to"]),
  errors: [400, 401, 403, 404, 422, 500],
  checks: listMessagesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listMessagesMaxPageSize = 50;
function listMessages(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listMessagesSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listMessages,
  listMessagesMaxPageSize,
  listMessagesSafe
};
