import { request, safe } from "../runtime/http.js";
import { getOrganizationChecks } from "../validators/getOrganization.js";
const operation = {
  operationId: "getOrganization",
  method: "GET",
  path: "/organization",
  errors: [401, 500],
  checks: getOrganizationChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getOrganization(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getOrganizationSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getOrganization,
  getOrganizationSafe
};
