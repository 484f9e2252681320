import { request, safe } from "../runtime/http.js";
import { deleteTaskDueDateChecks } from "../validators/deleteTaskDueDate.js";
const operation = {
  operationId: "tasks.deleteDueDate",
  method: "DELETE",
  path: "/tasks/{taskId}/due-date",
  errors: [400, 401, 403, 404, 500],
  checks: deleteTaskDueDateChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function deleteTaskDueDate(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function deleteTaskDueDateSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  deleteTaskDueDate,
  deleteTaskDueDateSafe
};
