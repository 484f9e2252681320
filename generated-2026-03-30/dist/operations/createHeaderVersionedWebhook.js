import { request, safe } from "../runtime/http.js";
import { createHeaderVersionedWebhookChecks } from "../validators/createHeaderVersionedWebhook.js";
const operation = {
  operationId: "createHeaderVersionedWebhook",
  method: "POST",
  path: "/webhooks",
  body: "flat",
  errors: [400, 401, 403, 500],
  checks: createHeaderVersionedWebhookChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function createHeaderVersionedWebhook(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function createHeaderVersionedWebhookSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  createHeaderVersionedWebhook,
  createHeaderVersionedWebhookSafe
};
