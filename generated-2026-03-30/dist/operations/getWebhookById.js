import { request, safe } from "../runtime/http.js";
import { getWebhookByIdChecks } from "../validators/getWebhookById.js";
const operation = {
  operationId: "getWebhookById",
  method: "GET",
  path: "/webhooks/{webhookId}",
  errors: [400, 401, 403, 404, 500],
  checks: getWebhookByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getWebhookById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getWebhookByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getWebhookById,
  getWebhookByIdSafe
};
