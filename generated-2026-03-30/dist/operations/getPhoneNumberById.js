import { request, safe } from "../runtime/http.js";
import { getPhoneNumberByIdChecks } from "../validators/getPhoneNumberById.js";
const operation = {
  operationId: "getPhoneNumberById",
  method: "GET",
  path: "/phone-numbers/{phoneNumberId}",
  query: ["include"],
  errors: [400, 401, 403, 404, 500],
  checks: getPhoneNumberByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getPhoneNumberById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getPhoneNumberByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getPhoneNumberById,
  getPhoneNumberByIdSafe
};
