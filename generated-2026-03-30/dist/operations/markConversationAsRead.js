import { request, safe } from "../runtime/http.js";
import { markConversationAsReadChecks } from "../validators/markConversationAsRead.js";
const operation = {
  operationId: "markConversationAsRead",
  method: "POST",
  path: "/conversations/{conversationId}/mark-as-read",
  errors: [400, 401, 403, 404, 500],
  checks: markConversationAsReadChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function markConversationAsRead(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function markConversationAsReadSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  markConversationAsRead,
  markConversationAsReadSafe
};
