import { request, safe } from "../runtime/http.js";
import { getWebhookDeliveryChecks } from "../validators/getWebhookDelivery.js";
const operation = {
  operationId: "getWebhookDelivery",
  method: "GET",
  path: "/webhooks/{webhookId}/events/{deliveryId}",
  errors: [400, 401, 403, 404, 500],
  checks: getWebhookDeliveryChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getWebhookDelivery(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getWebhookDeliverySafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getWebhookDelivery,
  getWebhookDeliverySafe
};
