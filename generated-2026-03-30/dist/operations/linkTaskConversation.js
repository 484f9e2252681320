import { request, safe } from "../runtime/http.js";
import { linkTaskConversationChecks } from "../validators/linkTaskConversation.js";
const operation = {
  operationId: "tasks.linkConversation",
  method: "POST",
  path: "/tasks/{taskId}/conversations",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: linkTaskConversationChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function linkTaskConversation(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function linkTaskConversationSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  linkTaskConversation,
  linkTaskConversationSafe
};
