import { request, safe } from "../runtime/http.js";
import { getContactByIdChecks } from "../validators/getContactById.js";
const operation = {
  operationId: "getContactById",
  method: "GET",
  path: "/contacts/{contactId}",
  errors: [400, 401, 403, 404, 500],
  checks: getContactByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getContactById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getContactByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getContactById,
  getContactByIdSafe
};
