import { request, safe } from "../runtime/http.js";
import { deleteContactPropertyChecks } from "../validators/deleteContactProperty.js";
const operation = {
  operationId: "deleteContactProperty",
  method: "DELETE",
  path: "/contacts/{contactId}/properties/{propertyId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactPropertyChecks
};
function deleteContactProperty(client, input, options) {
  return request(client, operation, input, options);
}
function deleteContactPropertySafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteContactProperty,
  deleteContactPropertySafe
};
