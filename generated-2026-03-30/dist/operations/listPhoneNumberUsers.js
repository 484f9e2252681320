import { request, safe } from "../runtime/http.js";
import { listPhoneNumberUsersChecks } from "../validators/listPhoneNumberUsers.js";
const operation = {
  operationId: "listPhoneNumberUsers",
  method: "GET",
  path: "/phone-numbers/{phoneNumberId}/users",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: listPhoneNumberUsersChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listPhoneNumberUsersMaxPageSize = 50;
function listPhoneNumberUsers(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listPhoneNumberUsersSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listPhoneNumberUsers,
  listPhoneNumberUsersMaxPageSize,
  listPhoneNumberUsersSafe
};
