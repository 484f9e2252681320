import { request, safe } from "../runtime/http.js";
import { deleteContactChecks } from "../validators/deleteContact.js";
const operation = {
  operationId: "deleteContact",
  method: "DELETE",
  path: "/contacts/{contactId}",
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteContact(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteContactSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteContact,
  deleteContactSafe
};
