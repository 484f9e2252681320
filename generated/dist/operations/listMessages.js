import { request, safe } from "../runtime/http.js";
import { listMessagesChecks } from "../validators/listMessages.js";
const operation = {
  operationId: "listMessages_v1",
  method: "GET",
  path: "/v1/messages",
  query: ["createdAfter", "createdBefore", "maxResults", "pageToken", "participants", "phoneNumberId", "since", "userId"],
  explode: ["participants"],
  errors: [400, 401, 402, 403, 404, 500],
  checks: listMessagesChecks
};
const listMessagesMaxPageSize = 100;
function listMessages(client, input, options) {
  return request(client, operation, input, options);
}
function listMessagesSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  listMessages,
  listMessagesMaxPageSize,
  listMessagesSafe
};
