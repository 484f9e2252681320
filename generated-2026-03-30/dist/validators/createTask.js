import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, pattern$14, rule$13, rule$30, rule$5, rule$50 } from "./constants.js";
import { checkTask, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkTaskUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["assignedTo"];
    if (v2 !== void 0 && !(typeof v2 === "string" && pattern$1.test(v2))) ok = bad(c, p + "/assignedTo", v2, rule$30) && ok;
    const v3 = o1["conversationId"];
    if (!(typeof v3 === "string" && pattern$14.test(v3))) ok = bad(c, p + "/conversationId", v3, rule$50, true) && ok;
    const v4 = o1["description"];
    if (!(typeof v4 === "string")) ok = bad(c, p + "/description", v4, rule$13, true) && ok;
    const v5 = o1["dueDate"];
    if (v5 !== void 0 && !(typeof v5 === "string" && isDateTime(v5))) ok = bad(c, p + "/dueDate", v5, rule$5) && ok;
    const v6 = o1["title"];
    if (!(typeof v6 === "string")) ok = bad(c, p + "/title", v6, rule$13, true) && ok;
    if (c.scan) {
      for (const k7 in o1) {
        switch (k7) {
          case "assignedTo":
          case "conversationId":
          case "description":
          case "dueDate":
          case "title":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o1[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createTaskRequest = /* @__PURE__ */ createValidator(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o8 = v;
    const v9 = o8["data"];
    if (v9 === void 0) {
      ok = missing(c, p + "/data", "Task");
    } else {
      if (!checkTask(v9, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k10 in o8) {
        switch (k10) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k10, o8[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createTaskResponse201 = /* @__PURE__ */ createValidator(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkTaskUnknownError(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const createTaskResponses = {
  201: createTaskResponse201,
  400: createTaskResponse400,
  401: createTaskResponse401,
  403: createTaskResponse403,
  404: createTaskResponse404,
  500: createTaskResponse500
};
const createTaskChecks = {
  request: request$,
  responses: { 201: response$201 }
};
export {
  createTaskChecks,
  createTaskRequest,
  createTaskResponse201,
  createTaskResponse400,
  createTaskResponse401,
  createTaskResponse403,
  createTaskResponse404,
  createTaskResponse500,
  createTaskResponses
};
