import { request, safe } from "../runtime/http.js";
import { createMessageWebhookChecks } from "../validators/createMessageWebhook.js";
const operation = {
  operationId: "createMessageWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/messages",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createMessageWebhookChecks
};
function createMessageWebhook(client, input, options) {
  return request(client, operation, input, options);
}
function createMessageWebhookSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createMessageWebhook,
  createMessageWebhookSafe
};
