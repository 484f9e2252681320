import { request, safe } from "../runtime/http.js";
import { deleteWebhookByIdChecks } from "../validators/deleteWebhookById.js";
const operation = {
  operationId: "deleteWebhookById",
  method: "DELETE",
  path: "/webhooks/{webhookId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteWebhookByIdChecks
};
function deleteWebhookById(client, input, options) {
  return request(client, operation, input, options);
}
function deleteWebhookByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteWebhookById,
  deleteWebhookByIdSafe
};
