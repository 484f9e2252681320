import { request, safe } from "../runtime/http.js";
import { listContactPropertiesChecks } from "../validators/listContactProperties.js";
const operation = {
  operationId: "listContactProperties",
  method: "GET",
  path: "/contacts/{contactId}/properties",
  query: ["after", "limit", "type"],
  errors: [400, 401, 403, 404, 500],
  checks: listContactPropertiesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactPropertiesMaxPageSize = 50;
function listContactProperties(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listContactPropertiesSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listContactProperties,
  listContactPropertiesMaxPageSize,
  listContactPropertiesSafe
};
