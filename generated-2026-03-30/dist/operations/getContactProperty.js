import { request, safe } from "../runtime/http.js";
import { getContactPropertyChecks } from "../validators/getContactProperty.js";
const operation = {
  operationId: "getContactProperty",
  method: "GET",
  path: "/contacts/{contactId}/properties/{propertyId}",
  errors: [400, 401, 403, 404, 500],
  checks: getContactPropertyChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getContactProperty(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getContactPropertySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getContactProperty,
  getContactPropertySafe
};
