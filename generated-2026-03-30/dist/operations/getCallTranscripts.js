import { request, safe } from "../runtime/http.js";
import { getCallTranscriptsChecks } from "../validators/getCallTranscripts.js";
const operation = {
  operationId: "getCallTranscripts",
  method: "GET",
  path: "/calls/{callId}/transcripts",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: getCallTranscriptsChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const getCallTranscriptsMaxPageSize = 50;
function getCallTranscripts(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getCallTranscriptsSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getCallTranscripts,
  getCallTranscriptsMaxPageSize,
  getCallTranscriptsSafe
};
