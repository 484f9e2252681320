import { request, safe } from "../runtime/http.js";
import { assignTaskUserChecks } from "../validators/assignTaskUser.js";
const operation = {
  operationId: "tasks.assignUser",
  method: "POST",
  path: "/tasks/{taskId}/users",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: assignTaskUserChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function assignTaskUser(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function assignTaskUserSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  assignTaskUser,
  assignTaskUserSafe
};
