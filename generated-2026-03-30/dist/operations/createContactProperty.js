import { request, safe } from "../runtime/http.js";
import { createContactPropertyChecks } from "../validators/createContactProperty.js";
const operation = {
  operationId: "createContactProperty",
  method: "POST",
  path: "/contacts/{contactId}/properties",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createContactPropertyChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function createContactProperty(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function createContactPropertySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  createContactProperty,
  createContactPropertySafe
};
