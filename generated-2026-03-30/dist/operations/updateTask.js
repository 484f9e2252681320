import { request, safe } from "../runtime/http.js";
import { updateTaskChecks } from "../validators/updateTask.js";
const operation = {
  operationId: "tasks.update",
  method: "PATCH",
  path: "/tasks/{taskId}",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateTaskChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateTask(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateTaskSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateTask,
  updateTaskSafe
};
