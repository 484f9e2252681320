import { request, safe } from "../runtime/http.js";
import { listPhoneNumbersChecks } from "../validators/listPhoneNumbers.js";
const operation = {
  operationId: "listPhoneNumbers_v1",
  method: "GET",
  path: "/v1/phone-numbers",
  query: ["userId"],
  errors: [400, 401, 403, 404, 500],
  checks: listPhoneNumbersChecks
};
function listPhoneNumbers(client, input = {}, options) {
  return request(client, operation, input, options);
}
function listPhoneNumbersSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  listPhoneNumbers,
  listPhoneNumbersSafe
};
