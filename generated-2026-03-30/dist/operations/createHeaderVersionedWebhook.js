import { request, safe } from "../runtime/http.js";
import { createHeaderVersionedWebhookChecks } from "../validators/createHeaderVersionedWebhook.js";
const operation = {
  operationId: "createHeaderVersionedWebhook",
  method: "POST",
  path: "/webhooks",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 500],
  checks: createHeaderVersionedWebhookChecks
};
function createHeaderVersionedWebhook(client, input, options) {
  return request(client, operation, input, options);
}
function createHeaderVersionedWebhookSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createHeaderVersionedWebhook,
  createHeaderVersionedWebhookSafe
};
