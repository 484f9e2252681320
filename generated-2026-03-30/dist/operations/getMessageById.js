import { request, safe } from "../runtime/http.js";
import { getMessageByIdChecks } from "../validators/getMessageById.js";
const operation = {
  operationId: "getMessageById",
  method: "GET",
  path: "/messages/{messageId}",
  errors: [400, 401, 403, 404, 422, 500],
  checks: getMessageByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getMessageById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getMessageByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getMessageById,
  getMessageByIdSafe
};
