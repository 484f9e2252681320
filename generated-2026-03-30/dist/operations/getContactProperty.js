import { request, safe } from "../runtime/http.js";
import { getContactPropertyChecks } from "../validators/getContactProperty.js";
const operation = {
  operationId: "getContactProperty",
  method: "GET",
  path: "/contacts/{contactId}/properties/{propertyId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: getContactPropertyChecks
};
function getContactProperty(client, input, options) {
  return request(client, operation, input, options);
}
function getContactPropertySafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getContactProperty,
  getContactPropertySafe
};
