import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listWebhookDeliveriesChecks } from "../validators/listWebhookDeliveries.js";
const operation = {
  operationId: "listWebhookDeliveries",
  method: "GET",
  path: "/webhooks/{webhookId}/events",
  query: ["after", "createdAfter", "createdAt", "createdBefore", "eventType", "eventTypes", "limit", "resourceId", "status"],
  deepObject: deepObjectQuery(["createdAt", "eventType"]),
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: listWebhookDeliveriesChecks
};
const listWebhookDeliveriesMaxPageSize = 50;
function listWebhookDeliveries(client, input, options) {
  return request(client, operation, input, options);
}
function listWebhookDeliveriesSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  listWebhookDeliveries,
  listWebhookDeliveriesMaxPageSize,
  listWebhookDeliveriesSafe
};
