import { request, safe } from "../runtime/http.js";
import { getContactByIdChecks } from "../validators/getContactById.js";
const operation = {
  operationId: "getContactById_v1",
  method: "GET",
  path: "/v1/contacts/{id}",
  errors: [400, 401, 403, 404, 409, 500],
  checks: getContactByIdChecks
};
function getContactById(client, input, options) {
  return request(client, operation, input, options);
}
function getContactByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getContactById,
  getContactByIdSafe
};
