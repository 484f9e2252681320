import { request, safe } from "../runtime/http.js";
import { updateTaskDueDateChecks } from "../validators/updateTaskDueDate.js";
const operation = {
  operationId: "tasks.updateDueDate",
  method: "PATCH",
  path: "/tasks/{taskId}/due-date",
  fixedHeaders: { "quo-api-version": "2026-03-30" },
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateTaskDueDateChecks
};
function updateTaskDueDate(client, input, options) {
  return request(client, operation, input, options);
}
function updateTaskDueDateSafe(client, input, options) {
  return safe(client, operation, input, options);
}
export {
  updateTaskDueDate,
  updateTaskDueDateSafe
};
