import { request, safe } from "../runtime/http.js";
import { deleteWebhookByIdChecks } from "../validators/deleteWebhookById.js";
const operation = {
  operationId: "deleteWebhookById",
  method: "DELETE",
  path: "/webhooks/{webhookId}",
  errors: [400, 401, 403, 404, 500],
  checks: deleteWebhookByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteWebhookById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteWebhookByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteWebhookById,
  deleteWebhookByIdSafe
};
