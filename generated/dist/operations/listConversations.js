import { request, safe } from "../runtime/http.js";
import { listConversationsChecks } from "../validators/listConversations.js";
const operation = {
  operationId: "listConversations_v1",
  method: "GET",
  path: "/v1/conversations",
  query: ["createdAfter", "createdBefore", "excludeInactive", "maxResults", "pageToken", "phoneNumber", "phoneNumbers", "updatedAfter", "updatedBefore", "userId"],
  explode: ["phoneNumbers"],
  errors: [400, 401, 403, 404, 500],
  checks: listConversationsChecks
};
const listConversationsMaxPageSize = 100;
function listConversations(client, input = {}, options) {
  return request(client, operation, input, options);
}
function listConversationsSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  listConversations,
  listConversationsMaxPageSize,
  listConversationsSafe
};
