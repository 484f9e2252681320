import { request, safe } from "../runtime/http.js";
import { getCallSummaryChecks } from "../validators/getCallSummary.js";
const operation = {
  operationId: "getCallSummary_v1",
  method: "GET",
  path: "/v1/call-summaries/{callId}",
  errors: [400, 401, 403, 404, 500],
  checks: getCallSummaryChecks
};
function getCallSummary(client, input, options) {
  return request(client, operation, input, options);
}
function getCallSummarySafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getCallSummary,
  getCallSummarySafe
};
