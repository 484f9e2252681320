import { request, safe } from "../runtime/http.js";
import { getCallTranscriptChecks } from "../validators/getCallTranscript.js";
const operation = {
  operationId: "getCallTranscript_v1",
  method: "GET",
  path: "/v1/call-transcripts/{id}",
  errors: [400, 401, 403, 404, 500],
  checks: getCallTranscriptChecks
};
function getCallTranscript(client, input, options) {
  return request(client, operation, input, options);
}
function getCallTranscriptSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getCallTranscript,
  getCallTranscriptSafe
};
