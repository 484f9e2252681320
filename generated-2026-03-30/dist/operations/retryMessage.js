import { request, safe } from "../runtime/http.js";
import { retryMessageChecks } from "../validators/retryMessage.js";
const operation = {
  operationId: "retryMessage",
  method: "POST",
  path: "/messages/{messageId}/retry",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 422, 500],
  checks: retryMessageChecks
};
function retryMessage(client, input, options) {
  return request(client, operation, input, options);
}
function retryMessageSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  retryMessage,
  retryMessageSafe
};
