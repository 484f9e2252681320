import { request, safe } from "../runtime/http.js";
import { createCallTranscriptWebhookChecks } from "../validators/createCallTranscriptWebhook.js";
const operation = {
  operationId: "createCallTranscriptWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/call-transcripts",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: createCallTranscriptWebhookChecks
};
function createCallTranscriptWebhook(client, input, options) {
  return request(client, operation, input, options);
}
function createCallTranscriptWebhookSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  createCallTranscriptWebhook,
  createCallTranscriptWebhookSafe
};
