import { request, safe } from "../runtime/http.js";
import { getAvailablePhoneNumbersBaseChecks } from "../validators/getAvailablePhoneNumbersBase.js";
const operation = {
  operationId: "getAvailablePhoneNumbersBase",
  method: "GET",
  path: "/phone-numbers/available",
  query: ["areaCode", "contains", "countryCode", "inLocality", "inRegion", "tollFree"],
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: getAvailablePhoneNumbersBaseChecks
};
function getAvailablePhoneNumbersBase(client, input = {}, options) {
  return request(client, operation, input, options);
}
function getAvailablePhoneNumbersBaseSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  getAvailablePhoneNumbersBase,
  getAvailablePhoneNumbersBaseSafe
};
