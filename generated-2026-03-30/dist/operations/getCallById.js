import { request, safe } from "../runtime/http.js";
import { getCallByIdChecks } from "../validators/getCallById.js";
const operation = {
  operationId: "getCallById",
  method: "GET",
  path: "/calls/{callId}",
  query: ["include"],
  errors: [400, 401, 403, 404, 500],
  checks: getCallByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getCallById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getCallByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getCallById,
  getCallByIdSafe
};
