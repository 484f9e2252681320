import { request, safe } from "../runtime/http.js";
import { listWebhooksChecks } from "../validators/listWebhooks.js";
const operation = {
  operationId: "listWebhooks_v1",
  method: "GET",
  path: "/v1/webhooks",
  query: ["userId"],
  errors: [400, 401, 403, 404, 500],
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
