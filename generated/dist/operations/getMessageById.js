import { request, safe } from "../runtime/http.js";
import { getMessageByIdChecks } from "../validators/getMessageById.js";
const operation = {
  operationId: "getMessageById_v1",
  method: "GET",
  path: "/v1/messages/{id}",
  errors: [400, 401, 402, 403, 404, 500],
  checks: getMessageByIdChecks
};
function getMessageById(client, input, options) {
  return request(client, operation, input, options);
}
function getMessageByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getMessageById,
  getMessageByIdSafe
};
