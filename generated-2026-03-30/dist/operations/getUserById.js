import { request, safe } from "../runtime/http.js";
import { getUserByIdChecks } from "../validators/getUserById.js";
const operation = {
  operationId: "getUserById",
  method: "GET",
  path: "/users/{userId}",
  errors: [400, 401, 403, 404, 500],
  checks: getUserByIdChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getUserById(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function getUserByIdSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  getUserById,
  getUserByIdSafe
};
