import { request, safe } from "../runtime/http.js";
import { updateTaskDueDateChecks } from "../validators/updateTaskDueDate.js";
const operation = {
  operationId: "tasks.updateDueDate",
  method: "PATCH",
  path: "/tasks/{taskId}/due-date",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateTaskDueDateChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateTaskDueDate(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateTaskDueDateSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateTaskDueDate,
  updateTaskDueDateSafe
};
