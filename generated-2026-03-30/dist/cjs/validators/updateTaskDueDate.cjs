var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var updateTaskDueDate_exports = {};
__export(updateTaskDueDate_exports, {
  updateTaskDueDateChecks: () => updateTaskDueDateChecks,
  updateTaskDueDateRequest: () => updateTaskDueDateRequest,
  updateTaskDueDateResponse200: () => updateTaskDueDateResponse200,
  updateTaskDueDateResponse400: () => updateTaskDueDateResponse400,
  updateTaskDueDateResponse401: () => updateTaskDueDateResponse401,
  updateTaskDueDateResponse403: () => updateTaskDueDateResponse403,
  updateTaskDueDateResponse404: () => updateTaskDueDateResponse404,
  updateTaskDueDateResponse500: () => updateTaskDueDateResponse500,
  updateTaskDueDateResponses: () => updateTaskDueDateResponses
});
module.exports = __toCommonJS(updateTaskDueDate_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["taskId"];
    if (!(typeof v2 === "string" && import_constants.pattern$15.test(v2))) ok = (0, import_validation.bad)(c, p + "/taskId", v2, import_constants.rule$49, true) && ok;
    const v3 = o1["dueDate"];
    if (!(typeof v3 === "string" && (0, import_validation.isDateTime)(v3))) ok = (0, import_validation.bad)(c, p + "/dueDate", v3, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "dueDate":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskDueDateRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Task");
    } else {
      if (!(0, import_models.checkTask)(v6, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k7 in o5) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k7, o5[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateTaskDueDateResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const updateTaskDueDateResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
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
