import { request, safe } from "../runtime/http.js";
import { retryWebhookDeliveryChecks } from "../validators/retryWebhookDelivery.js";
const operation = {
  operationId: "retryWebhookDelivery",
  method: "POST",
  path: "/webhooks/{webhookId}/events/{deliveryId}/retry",
  errors: [400, 401, 403, 404, 500],
  checks: retryWebhookDeliveryChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function retryWebhookDelivery(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function retryWebhookDeliverySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  retryWebhookDelivery,
  retryWebhookDeliverySafe
};
