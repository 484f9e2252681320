import { request, safe } from "../runtime/http.js";
import { unlinkTaskConversationChecks } from "../validators/unlinkTaskConversation.js";
const operation = {
  operationId: "tasks.unlinkConversation",
  method: "DELETE",
  path: "/tasks/{taskId}/conversations",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: unlinkTaskConversationChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function unlinkTaskConversation(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function unlinkTaskConversationSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  unlinkTaskConversation,
  unlinkTaskConversationSafe
};
