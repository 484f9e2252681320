import { request, safe } from "../runtime/http.js";
import { markConversationAsDoneChecks } from "../validators/markConversationAsDone.js";
const operation = {
  operationId: "markConversationAsDone",
  method: "POST",
  path: "/conversations/{conversationId}/mark-as-done",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: markConversationAsDoneChecks
};
function markConversationAsDone(client, input, options) {
  return request(client, operation, input, options);
}
function markConversationAsDoneSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  markConversationAsDone,
  markConversationAsDoneSafe
};
