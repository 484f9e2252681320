import { request, safe } from "../runtime/http.js";
import { markConversationAsOpenChecks } from "../validators/markConversationAsOpen.js";
const operation = {
  operationId: "markConversationAsOpen",
  method: "POST",
  path: "/conversations/{conversationId}/mark-as-open",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: markConversationAsOpenChecks
};
function markConversationAsOpen(client, input, options) {
  return request(client, operation, input, options);
}
function markConversationAsOpenSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  markConversationAsOpen,
  markConversationAsOpenSafe
};
