import { request, safe } from "../runtime/http.js";
import { getCallRecordingsChecks } from "../validators/getCallRecordings.js";
const operation = {
  operationId: "getCallRecordings",
  method: "GET",
  path: "/calls/{callId}/recordings",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: getCallRecordingsChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const getCallRecordingsMaxPageSize = 50;
function getCallRecordings(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getCallRecordingsSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getCallRecordings,
  getCallRecordingsMaxPageSize,
  getCallRecordingsSafe
};
