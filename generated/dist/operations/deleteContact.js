import { request, safe } from "../runtime/http.js";
import { deleteContactChecks } from "../validators/deleteContact.js";
const operation = {
  operationId: "deleteContact_v1",
  method: "DELETE",
  path: "/v1/contacts/{id}",
  errors: [400, 401, 403, 404, 409, 500],
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
