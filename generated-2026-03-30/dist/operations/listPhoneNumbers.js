import { request, safe } from "../runtime/http.js";
import { listPhoneNumbersChecks } from "../validators/listPhoneNumbers.js";
const operation = {
  operationId: "listPhoneNumbers",
  method: "GET",
  path: "/phone-numbers",
  query: ["after", "include", "limit", "phoneNumber"],
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 500],
  checks: listPhoneNumbersChecks
};
const listPhoneNumbersMaxPageSize = 50;
function listPhoneNumbers(client, input = {}, options) {
  return request(client, operation, input, options);
}
function listPhoneNumbersSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  listPhoneNumbers,
  listPhoneNumbersMaxPageSize,
  listPhoneNumbersSafe
};
