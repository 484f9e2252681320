import { request, safe } from "../runtime/http.js";
import { rotateHeaderVersionedWebhookSecretChecks } from "../validators/rotateHeaderVersionedWebhookSecret.js";
const operation = {
  operationId: "rotateHeaderVersionedWebhookSecret",
  method: "POST",
  path: "/webhooks/{webhookId}/rotate",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: rotateHeaderVersionedWebhookSecretChecks
};
function rotateHeaderVersionedWebhookSecret(client, input, options) {
  return request(client, operation, input, options);
}
function rotateHeaderVersionedWebhookSecretSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  rotateHeaderVersionedWebhookSecret,
  rotateHeaderVersionedWebhookSecretSafe
};
