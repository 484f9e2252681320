import { request, safe } from "../runtime/http.js";
import { deleteTaskDueDateChecks } from "../validators/deleteTaskDueDate.js";
const operation = {
  operationId: "tasks.deleteDueDate",
  method: "DELETE",
  path: "/tasks/{taskId}/due-date",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  errors: [400, 401, 403, 404, 500],
  checks: deleteTaskDueDateChecks
};
function deleteTaskDueDate(client, input, options) {
  return request(client, operation, input, options);
}
function deleteTaskDueDateSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  deleteTaskDueDate,
  deleteTaskDueDateSafe
};
