import { request, safe } from "../runtime/http.js";
import { getCallRecordingsChecks } from "../validators/getCallRecordings.js";
const operation = {
  operationId: "getCallRecordings_v1",
  method: "GET",
  path: "/v1/call-recordings/{callId}",
  errors: [400, 401, 403, 404, 500],
  checks: getCallRecordingsChecks
};
function getCallRecordings(client, input, options) {
  return request(client, operation, input, options);
}
function getCallRecordingsSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getCallRecordings,
  getCallRecordingsSafe
};
