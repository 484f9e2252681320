import { deepObjectQuery } from "../runtime/deep-object.js";
import { request, safe } from "../runtime/http.js";
import { listWebhookDeliveriesChecks } from "../validators/listWebhookDeliveries.js";
const operation = {
  operationId: "listWebhookDeliveries",
  method: "GET",
  path: "/webhooks/{webhookId}/events",
  query: ["after", "createdAfter", "createdAt", "createdBefore", "eventType", "eventTypes", "limit", "resourceId", "status"],
  deepObject: /* @__PURE__ */ deepObjectQuery(["createdAt", "eventType"]),
  errors: [400, 401, 403, 404, 500],
  checks: listWebhookDeliveriesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listWebhookDeliveriesMaxPageSize = 50;
function listWebhookDeliveries(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listWebhookDeliveriesSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listWebhookDeliveries,
  listWebhookDeliveriesMaxPageSize,
  listWebhookDeliveriesSafe
};
