import { request, safe } from "../runtime/http.js";
import { markConversationAsOpenChecks } from "../validators/markConversationAsOpen.js";
const operation = {
  operationId: "markConversationAsOpen",
  method: "POST",
  path: "/conversations/{conversationId}/mark-as-open",
  errors: [400, 401, 403, 404, 500],
  checks: markConversationAsOpenChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function markConversationAsOpen(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function markConversationAsOpenSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  markConversationAsOpen,
  markConversationAsOpenSafe
};
