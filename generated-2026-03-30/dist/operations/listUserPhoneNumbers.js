import { request, safe } from "../runtime/http.js";
import { listUserPhoneNumbersChecks } from "../validators/listUserPhoneNumbers.js";
const operation = {
  operationId: "listUserPhoneNumbers",
  method: "GET",
  path: "/users/{userId}/phone-numbers",
  query: ["after", "include", "limit"],
  errors: [400, 401, 403, 500],
  checks: listUserPhoneNumbersChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listUserPhoneNumbersMaxPageSize = 50;
function listUserPhoneNumbers(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listUserPhoneNumbersSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listUserPhoneNumbers,
  listUserPhoneNumbersMaxPageSize,
  listUserPhoneNumbersSafe
};
