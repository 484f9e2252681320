import { request, safe } from "../runtime/http.js";
import { getMessageByIdChecks } from "../validators/getMessageById.js";
const operation = {
  operationId: "getMessageById",
  method: "GET",
  path: "/messages/{messageId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 422, 500],
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
