import { request, safe } from "../runtime/http.js";
import { createContactChecks } from "../validators/createContact.js";
const operation = {
  operationId: "createContact",
  method: "POST",
  path: "/contacts",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 404, 409, 500],
  checks: createContactChecks
};
function createContact(client, input, options) {
  return request(client, operation, input, options);
}
function createContactSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createContact,
  createContactSafe
};
