import { request, safe } from "../runtime/http.js";
import { updateHeaderVersionedWebhookByIdChecks } from "../validators/updateHeaderVersionedWebhookById.js";
const operation = {
  operationId: "updateHeaderVersionedWebhookById",
  method: "PATCH",
  path: "/webhooks/{webhookId}",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateHeaderVersionedWebhookByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateHeaderVersionedWebhookById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateHeaderVersionedWebhookByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateHeaderVersionedWebhookById,
  updateHeaderVersionedWebhookByIdSafe
};
