import { request, safe } from "../runtime/http.js";
import { createCallSummaryWebhookChecks } from "../validators/createCallSummaryWebhook.js";
const operation = {
  operationId: "createCallSummaryWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/call-summaries",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createCallSummaryWebhookChecks
};
function createCallSummaryWebhook(client, input, options) {
  return request(client, operation, input, options);
}
function createCallSummaryWebhookSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createCallSummaryWebhook,
  createCallSummaryWebhookSafe
};
