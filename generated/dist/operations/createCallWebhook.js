import { request, safe } from "../runtime/http.js";
import { createCallWebhookChecks } from "../validators/createCallWebhook.js";
const operation = {
  operationId: "createCallWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/calls",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createCallWebhookChecks
};
function createCallWebhook(client, input, options) {
  return request(client, operation, input, options);
}
function createCallWebhookSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createCallWebhook,
  createCallWebhookSafe
};
