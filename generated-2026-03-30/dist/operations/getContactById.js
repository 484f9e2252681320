import { request, safe } from "../runtime/http.js";
import { getContactByIdChecks } from "../validators/getContactById.js";
const operation = {
  operationId: "getContactById",
  method: "GET",
  path: "/contacts/{contactId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
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
