import { request, safe } from "../runtime/http.js";
import { deleteTaskChecks } from "../validators/deleteTask.js";
const operation = {
  operationId: "tasks.delete",
  method: "DELETE",
  path: "/tasks/{taskId}",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteTaskChecks
};
function deleteTask(client, input, options) {
  return request(client, operation, input, options);
}
function deleteTaskSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteTask,
  deleteTaskSafe
};
