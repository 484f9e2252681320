import { request, safe } from "../runtime/http.js";
import { unassignTaskUserChecks } from "../validators/unassignTaskUser.js";
const operation = {
  operationId: "tasks.unassignUser",
  method: "DELETE",
  path: "/tasks/{taskId}/users",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: unassignTaskUserChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function unassignTaskUser(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function unassignTaskUserSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  unassignTaskUser,
  unassignTaskUserSafe
};
