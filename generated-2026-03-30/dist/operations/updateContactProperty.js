import { request, safe } from "../runtime/http.js";
import { updateContactPropertyChecks } from "../validators/updateContactProperty.js";
const operation = {
  operationId: "updateContactProperty",
  method: "PATCH",
  path: "/contacts/{contactId}/properties/{propertyId}",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateContactPropertyChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateContactProperty(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateContactPropertySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateContactProperty,
  updateContactPropertySafe
};
