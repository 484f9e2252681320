import { request, safe } from "../runtime/http.js";
import { listWebhooksChecks } from "../validators/listWebhooks.js";
const operation = {
  operationId: "listWebhooks",
  method: "GET",
  path: "/webhooks",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [401, 403, 500],
  checks: listWebhooksChecks
};
function listWebhooks(client, input = {}, options) {
  return request(client, operation, input, options);
}
function listWebhooksSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  listWebhooks,
  listWebhooksSafe
};
