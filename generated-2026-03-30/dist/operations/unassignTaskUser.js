import { request, safe } from "../runtime/http.js";
import { unassignTaskUserChecks } from "../validators/unassignTaskUser.js";
const operation = {
  operationId: "tasks.unassignUser",
  method: "DELETE",
  path: "/tasks/{taskId}/users",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: unassignTaskUserChecks
};
function unassignTaskUser(client, input, options) {
  return request(client, operation, input, options);
}
function unassignTaskUserSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  unassignTaskUser,
  unassignTaskUserSafe
};
