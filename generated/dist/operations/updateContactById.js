import { request, safe } from "../runtime/http.js";
import { updateContactByIdChecks } from "../validators/updateContactById.js";
const operation = {
  operationId: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  body: "flat",
  errors: [400, 401, 403, 404, 409, 500],
  checks: updateContactByIdChecks
};
function updateContactById(client, input, options) {
  return request(client, operation, input, options);
}
function updateContactByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  updateContactById,
  updateContactByIdSafe
};
