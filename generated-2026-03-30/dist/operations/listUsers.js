import { request, safe } from "../runtime/http.js";
import { listUsersChecks } from "../validators/listUsers.js";
const operation = {
  operationId: "listUsers",
  method: "GET",
  path: "/users",
  query: ["after", "limit"],
  errors: [400, 401, 403, 500],
  checks: listUsersChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listUsersMaxPageSize = 50;
function listUsers(client, input = {}, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function listUsersSafe(client, input = {}, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  listUsers,
  listUsersMaxPageSize,
  listUsersSafe
};
