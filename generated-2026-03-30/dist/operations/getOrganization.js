import { request, safe } from "../runtime/http.js";
import { getOrganizationChecks } from "../validators/getOrganization.js";
const operation = {
  operationId: "getOrganization",
  method: "GET",
  path: "/organization",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [401, 500],
  checks: getOrganizationChecks
};
function getOrganization(client, input = {}, options) {
  return request(client, operation, input, options);
}
function getOrganizationSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  getOrganization,
  getOrganizationSafe
};
