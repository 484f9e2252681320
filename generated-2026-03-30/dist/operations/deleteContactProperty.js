import { request, safe } from "../runtime/http.js";
import { deleteContactPropertyChecks } from "../validators/deleteContactProperty.js";
const operation = {
  operationId: "deleteContactProperty",
  method: "DELETE",
  path: "/contacts/{contactId}/properties/{propertyId}",
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactPropertyChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteContactProperty(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteContactPropertySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteContactProperty,
  deleteContactPropertySafe
};
