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
var createTask_exports = {};
__export(createTask_exports, {
  createTaskChecks: () => createTaskChecks,
  createTaskRequest: () => createTaskRequest,
  createTaskResponse201: () => createTaskResponse201,
  createTaskResponse400: () => createTaskResponse400,
  createTaskResponse401: () => createTaskResponse401,
  createTaskResponse403: () => createTaskResponse403,
  createTaskResponse404: () => createTaskResponse404,
  createTaskResponse500: () => createTaskResponse500,
  createTaskResponses: () => createTaskResponses
});
module.exports = __toCommonJS(createTask_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["assignedTo"];
    if (v2 !== void 0 && !(typeof v2 === "string" && import_constants.pattern$1.test(v2))) ok = (0, import_validation.bad)(c, p + "/assignedTo", v2, import_constants.rule$30) && ok;
    const v3 = o1["conversationId"];
    if (!(typeof v3 === "string" && import_constants.pattern$14.test(v3))) ok = (0, import_validation.bad)(c, p + "/conversationId", v3, import_constants.rule$50, true) && ok;
    const v4 = o1["description"];
    if (!(typeof v4 === "string")) ok = (0, import_validation.bad)(c, p + "/description", v4, import_constants.rule$13, true) && ok;
    const v5 = o1["dueDate"];
    if (v5 !== void 0 && !(typeof v5 === "string" && (0, import_validation.isDateTime)(v5))) ok = (0, import_validation.bad)(c, p + "/dueDate", v5, import_constants.rule$5) && ok;
    const v6 = o1["title"];
    if (!(typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/title", v6, import_constants.rule$13, true) && ok;
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
            if (!(0, import_validation.unknownProperty)(c, p, k7, o1[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createTaskRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o8 = v;
    const v9 = o8["data"];
    if (v9 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Task");
    } else {
      if (!(0, import_models.checkTask)(v9, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k10 in o8) {
        switch (k10) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k10, o8[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createTaskResponse201 = /* @__PURE__ */ (0, import_validation.createValidator)(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const createTaskResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
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
