import { request, safe } from "../runtime/http.js";
import { listUserPhoneNumbersChecks } from "../validators/listUserPhoneNumbers.js";
const operation = {
  operationId: "listUserPhoneNumbers",
  method: "GET",
  path: "/users/{userId}/phone-numbers",
  query: ["after", "include", "limit"],
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 500],
  checks: listUserPhoneNumbersChecks
};
const listUserPhoneNumbersMaxPageSize = 50;
function listUserPhoneNumbers(client, input, options) {
  return request(client, operation, input, options);
}
function listUserPhoneNumbersSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  listUserPhoneNumbers,
  listUserPhoneNumbersMaxPageSize,
  listUserPhoneNumbersSafe
};
