import { request, safe } from "../runtime/http.js";
import { listUsersChecks } from "../validators/listUsers.js";
const operation = {
  operationId: "listUsers",
  method: "GET",
  path: "/users",
  query: ["after", "limit"],
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 500],
  checks: listUsersChecks
};
const listUsersMaxPageSize = 50;
function listUsers(client, input = {}, options) {
  return request(client, operation, input, options);
}
function listUsersSafe(client, input = {}, options) {
  return safe(client, operation, input, options);
}
export {
  listUsers,
  listUsersMaxPageSize,
  listUsersSafe
};
