import { request, safe } from "../runtime/http.js";
import { sendWebhookTestEventChecks } from "../validators/sendWebhookTestEvent.js";
const operation = {
  operationId: "sendWebhookTestEvent",
  method: "POST",
  path: "/webhooks/{webhookId}/events/test",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: sendWebhookTestEventChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function sendWebhookTestEvent(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function sendWebhookTestEventSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  sendWebhookTestEvent,
  sendWebhookTestEventSafe
};
