import { request, safe } from "../runtime/http.js";
import { retryMessageChecks } from "../validators/retryMessage.js";
const operation = {
  operationId: "retryMessage",
  method: "POST",
  path: "/messages/{messageId}/retry",
  errors: [400, 401, 403, 404, 422, 500],
  checks: retryMessageChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function retryMessage(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function retryMessageSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  retryMessage,
  retryMessageSafe
};
