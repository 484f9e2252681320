import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$15, rule$49 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "taskId":
            break;
          default: {
            if (!unknownProperty(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteTaskDueDateRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "Task");
    } else {
      if (!checkTask(v5, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k6 in o4) {
        switch (k6) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o4[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteTaskDueDateResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskDueDateResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskDueDateResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskDueDateResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskDueDateResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteTaskDueDateResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteTaskDueDateResponses = {
  200: deleteTaskDueDateResponse200,
  400: deleteTaskDueDateResponse400,
  401: deleteTaskDueDateResponse401,
  403: deleteTaskDueDateResponse403,
  404: deleteTaskDueDateResponse404,
  500: deleteTaskDueDateResponse500
};
const deleteTaskDueDateChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  deleteTaskDueDateChecks,
  deleteTaskDueDateRequest,
  deleteTaskDueDateResponse200,
  deleteTaskDueDateResponse400,
  deleteTaskDueDateResponse401,
  deleteTaskDueDateResponse403,
  deleteTaskDueDateResponse404,
  deleteTaskDueDateResponse500,
  deleteTaskDueDateResponses
};
