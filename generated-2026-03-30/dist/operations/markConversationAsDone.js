import { request, safe } from "../runtime/http.js";
import { markConversationAsDoneChecks } from "../validators/markConversationAsDone.js";
const operation = {
  operationId: "markConversationAsDone",
  method: "POST",
  path: "/conversations/{conversationId}/mark-as-done",
  errors: [400, 401, 403, 404, 500],
  checks: markConversationAsDoneChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function markConversationAsDone(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function markConversationAsDoneSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  markConversationAsDone,
  markConversationAsDoneSafe
};
