import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$15, rule$49, rule$5 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    const v3 = o1["dueDate"];
    if (!(typeof v3 === "string" && isDateTime(v3))) ok = bad(c, p + "/dueDate", v3, rule$5, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "dueDate":
            break;
          default: {
            if (!unknownProperty(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskDueDateRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "Task");
    } else {
      if (!checkTask(v6, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k7 in o5) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o5[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskDueDateResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateTaskDueDateResponses = {
  200: updateTaskDueDateResponse200,
  400: updateTaskDueDateResponse400,
  401: updateTaskDueDateResponse401,
  403: updateTaskDueDateResponse403,
  404: updateTaskDueDateResponse404,
  500: updateTaskDueDateResponse500
};
const updateTaskDueDateChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateTaskDueDateChecks,
  updateTaskDueDateRequest,
  updateTaskDueDateResponse200,
  updateTaskDueDateResponse400,
  updateTaskDueDateResponse401,
  updateTaskDueDateResponse403,
  updateTaskDueDateResponse404,
  updateTaskDueDateResponse500,
  updateTaskDueDateResponses
};
