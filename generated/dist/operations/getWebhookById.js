import { request, safe } from "../runtime/http.js";
import { getWebhookByIdChecks } from "../validators/getWebhookById.js";
const operation = {
  operationId: "getWebhookById_v1",
  method: "GET",
  path: "/v1/webhooks/{id}",
  errors: [400, 401, 403, 404, 500],
  checks: getWebhookByIdChecks
};
function getWebhookById(client, input, options) {
  return request(client, operation, input, options);
}
function getWebhookByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getWebhookById,
  getWebhookByIdSafe
};
