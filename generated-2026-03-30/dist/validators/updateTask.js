import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$15, rule$13, rule$49 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && pattern$15.test(v2))) ok = bad(c, p + "/taskId", v2, rule$49, true) && ok;
    const v3 = o1["description"];
    if (!(typeof v3 === "string")) ok = bad(c, p + "/description", v3, rule$13, true) && ok;
    const v4 = o1["title"];
    if (!(typeof v4 === "string")) ok = bad(c, p + "/title", v4, rule$13, true) && ok;
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "taskId":
          case "description":
          case "title":
            break;
          default: {
            if (!unknownProperty(c, p, k5, o1[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o6 = v;
    const v7 = o6["data"];
    if (v7 === void 0) {
      ok = missing(c, p + "/data", "Task");
    } else {
      if (!checkTask(v7, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k8 in o6) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k8, o6[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateTaskResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateTaskResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateTaskResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateTaskResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateTaskResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateTaskResponses = {
  200: updateTaskResponse200,
  400: updateTaskResponse400,
  401: updateTaskResponse401,
  403: updateTaskResponse403,
  404: updateTaskResponse404,
  500: updateTaskResponse500
};
const updateTaskChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateTaskChecks,
  updateTaskRequest,
  updateTaskResponse200,
  updateTaskResponse400,
  updateTaskResponse401,
  updateTaskResponse403,
  updateTaskResponse404,
  updateTaskResponse500,
  updateTaskResponses
};
