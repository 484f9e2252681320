import { request, safe } from "../runtime/http.js";
import { listWebhooksChecks } from "../validators/listWebhooks.js";
const operation = {
  operationId: "listWebhooks",
  method: "GET",
  path: "/webhooks",
  errors: [401, 403, 500],
  checks: listWebhooksChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function listWebhooks(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listWebhooksSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listWebhooks,
  listWebhooksSafe
};
