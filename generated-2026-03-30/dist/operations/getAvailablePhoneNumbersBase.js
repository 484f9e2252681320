import { request, safe } from "../runtime/http.js";
import { getAvailablePhoneNumbersBaseChecks } from "../validators/getAvailablePhoneNumbersBase.js";
const operation = {
  operationId: "getAvailablePhoneNumbersBase",
  method: "GET",
  path: "/phone-numbers/available",
  query: ["areaCode", "contains", "countryCode", "inLocality", "inRegion", "tollFree"],
  anonymous: true,
  errors: [400, 401, 403, 404, 500],
  checks: getAvailablePhoneNumbersBaseChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getAvailablePhoneNumbersBase(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getAvailablePhoneNumbersBaseSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getAvailablePhoneNumbersBase,
  getAvailablePhoneNumbersBaseSafe
};
