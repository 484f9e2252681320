import { request, safe } from "../runtime/http.js";
import { createContactChecks } from "../validators/createContact.js";
const operation = {
  operationId: "createContact",
  method: "POST",
  path: "/contacts",
  body: "flat",
  errors: [400, 401, 403, 404, 409, 500],
  checks: createContactChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function createContact(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function createContactSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  createContact,
  createContactSafe
};
