import { request, safe } from "../runtime/http.js";
import { rotateHeaderVersionedWebhookSecretChecks } from "../validators/rotateHeaderVersionedWebhookSecret.js";
const operation = {
  operationId: "rotateHeaderVersionedWebhookSecret",
  method: "POST",
  path: "/webhooks/{webhookId}/rotate",
  errors: [400, 401, 403, 404, 500],
  checks: rotateHeaderVersionedWebhookSecretChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function rotateHeaderVersionedWebhookSecret(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function rotateHeaderVersionedWebhookSecretSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  rotateHeaderVersionedWebhookSecret,
  rotateHeaderVersionedWebhookSecretSafe
};
