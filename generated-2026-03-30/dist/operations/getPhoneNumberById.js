import { request, safe } from "../runtime/http.js";
import { getPhoneNumberByIdChecks } from "../validators/getPhoneNumberById.js";
const operation = {
  operationId: "getPhoneNumberById",
  method: "GET",
  path: "/phone-numbers/{phoneNumberId}",
  query: ["include"],
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: getPhoneNumberByIdChecks
};
function getPhoneNumberById(client, input, options) {
  return request(client, operation, input, options);
}
function getPhoneNumberByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getPhoneNumberById,
  getPhoneNumberByIdSafe
};
