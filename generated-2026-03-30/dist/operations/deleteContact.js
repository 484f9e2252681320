import { request, safe } from "../runtime/http.js";
import { deleteContactChecks } from "../validators/deleteContact.js";
const operation = {
  operationId: "deleteContact",
  method: "DELETE",
  path: "/contacts/{contactId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteContactChecks
};
function deleteContact(client, input, options) {
  return request(client, operation, input, options);
}
function deleteContactSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteContact,
  deleteContactSafe
};
