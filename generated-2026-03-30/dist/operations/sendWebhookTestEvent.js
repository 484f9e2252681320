import { request, safe } from "../runtime/http.js";
import { sendWebhookTestEventChecks } from "../validators/sendWebhookTestEvent.js";
const operation = {
  operationId: "sendWebhookTestEvent",
  method: "POST",
  path: "/webhooks/{webhookId}/events/test",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: sendWebhookTestEventChecks
};
function sendWebhookTestEvent(client, input, options) {
  return request(client, operation, input, options);
}
function sendWebhookTestEventSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  sendWebhookTestEvent,
  sendWebhookTestEventSafe
};
