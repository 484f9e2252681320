import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listContactsChecks } from "../validators/listContacts.js";
const operation = {
  operationId: "listContacts",
  method: "GET",
  path: "/contacts",
  query: ["after", "externalId", "limit", "source"],
  deepObject: /* @__PURE__ */ deepObjectQuery(["externalId", "source"]),
  errors: [400, 401, 403, 404, 500],
  checks: listContactsChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactsMaxPageSize = 50;
function listContacts(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listContactsSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listContacts,
  listContactsMaxPageSize,
  listContactsSafe
};
