import { request, safe } from "../runtime/http.js";
import { retryWebhookDeliveryChecks } from "../validators/retryWebhookDelivery.js";
const operation = {
  operationId: "retryWebhookDelivery",
  method: "POST",
  path: "/webhooks/{webhookId}/events/{deliveryId}/retry",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: retryWebhookDeliveryChecks
};
function retryWebhookDelivery(client, input, options) {
  return request(client, operation, input, options);
}
function retryWebhookDeliverySafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  retryWebhookDelivery,
  retryWebhookDeliverySafe
};
