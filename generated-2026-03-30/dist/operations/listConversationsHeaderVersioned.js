import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listConversationsHeaderVersionedChecks } from "../validators/listConversationsHeaderVersioned.js";
const operation = {
  operationId: "listConversationsHeaderVersioned",
  method: "GET",
  path: "/conversations",
  query: ["after", "createdAt", "limit", "phoneNumberId", "sort", "updatedAt"],
  deepObject: /* @__PURE__ */ deepObjectQuery(["createdAt", "phoneNumberId", "updatedAt"]),
  errors: [400, 401, 403, 404, 500],
  checks: listConversationsHeaderVersionedChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listConversationsHeaderVersionedMaxPageSize = 50;
function listConversationsHeaderVersioned(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listConversationsHeaderVersionedSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listConversationsHeaderVersioned,
  listConversationsHeaderVersionedMaxPageSize,
  listConversationsHeaderVersionedSafe
};
