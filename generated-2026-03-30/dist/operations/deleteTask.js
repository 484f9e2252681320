import { request, safe } from "../runtime/http.js";
import { deleteTaskChecks } from "../validators/deleteTask.js";
const operation = {
  operationId: "tasks.delete",
  method: "DELETE",
  path: "/tasks/{taskId}",
  errors: [400, 401, 403, 404, 500],
  checks: deleteTaskChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteTask(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteTaskSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteTask,
  deleteTaskSafe
};
