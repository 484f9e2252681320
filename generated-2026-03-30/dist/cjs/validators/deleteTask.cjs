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
var deleteTask_exports = {};
__export(deleteTask_exports, {
  deleteTaskChecks: () => deleteTaskChecks,
  deleteTaskRequest: () => deleteTaskRequest,
  deleteTaskResponse400: () => deleteTaskResponse400,
  deleteTaskResponse401: () => deleteTaskResponse401,
  deleteTaskResponse403: () => deleteTaskResponse403,
  deleteTaskResponse404: () => deleteTaskResponse404,
  deleteTaskResponse500: () => deleteTaskResponse500,
  deleteTaskResponses: () => deleteTaskResponses
});
module.exports = __toCommonJS(deleteTask_exports);
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
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "taskId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const deleteTaskRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const deleteTaskResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const deleteTaskResponses = {
  400: deleteTaskResponse400,
  401: deleteTaskResponse401,
  403: deleteTaskResponse403,
  404: deleteTaskResponse404,
  500: deleteTaskResponse500
};
const deleteTaskChecks = {
  request: request$,
  responses: {}
};
