import { request, safe } from "../runtime/http.js";
import { listPhoneNumbersChecks } from "../validators/listPhoneNumbers.js";
const operation = {
  operationId: "listPhoneNumbers",
  method: "GET",
  path: "/phone-numbers",
  query: ["after", "include", "limit", "phoneNumber"],
  errors: [400, 401, 403, 500],
  checks: listPhoneNumbersChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listPhoneNumbersMaxPageSize = 50;
function listPhoneNumbers(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listPhoneNumbersSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listPhoneNumbers,
  listPhoneNumbersMaxPageSize,
  listPhoneNumbersSafe
};
