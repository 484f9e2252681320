import { request, safe } from "../runtime/http.js";
import { getUserByIdChecks } from "../validators/getUserById.js";
const operation = {
  operationId: "getUserById",
  method: "GET",
  path: "/users/{userId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: getUserByIdChecks
};
function getUserById(client, input, options) {
  return request(client, operation, input, options);
}
function getUserByIdSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  getUserById,
  getUserByIdSafe
};
