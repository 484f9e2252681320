import { request, safe } from "../runtime/http.js";
import { updateTaskStatusChecks } from "../validators/updateTaskStatus.js";
const operation = {
  operationId: "tasks.updateStatus",
  method: "PATCH",
  path: "/tasks/{taskId}/status",
  body: "flat",
  errors: [400, 401, 403, 404, 500],
  checks: updateTaskStatusChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function updateTaskStatus(client, input, options) {
  return request(client, operation, input, withFixedHeaders(options));
}
function updateTaskStatusSafe(client, input, options) {
  return safe(client, operation, input, withFixedHeaders(options));
}
export {
  updateTaskStatus,
  updateTaskStatusSafe
};
