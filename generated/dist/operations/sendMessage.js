import { request, safe } from "../runtime/http.js";
import { sendMessageChecks } from "../validators/sendMessage.js";
const operation = {
  operationId: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  body: "flat",
  errors: [400, 401, 402, 403, 404, 500],
  checks: sendMessageChecks
};
function sendMessage(client, input, options) {
  return request(client, operation, input, options);
}
function sendMessageSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  sendMessage,
  sendMessageSafe
};
