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
var retryMessage_exports = {};
__export(retryMessage_exports, {
  retryMessageChecks: () => retryMessageChecks,
  retryMessageRequest: () => retryMessageRequest,
  retryMessageResponse202: () => retryMessageResponse202,
  retryMessageResponse400: () => retryMessageResponse400,
  retryMessageResponse401: () => retryMessageResponse401,
  retryMessageResponse403: () => retryMessageResponse403,
  retryMessageResponse404: () => retryMessageResponse404,
  retryMessageResponse422: () => retryMessageResponse422,
  retryMessageResponse500: () => retryMessageResponse500,
  retryMessageResponses: () => retryMessageResponses
});
module.exports = __toCommonJS(retryMessage_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["messageId"];
    if (!(typeof v2 === "string" && import_constants.pattern$5.test(v2))) ok = (0, import_validation.bad)(c, p + "/messageId", v2, import_constants.rule$9, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "messageId":
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
const retryMessageRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
  }
  return ok;
}
const retryMessageResponse202 = /* @__PURE__ */ (0, import_validation.createValidator)(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$422(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkMessageUnprocessableEntityError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse422 = /* @__PURE__ */ (0, import_validation.createValidator)(response$422, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const retryMessageResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const retryMessageResponses = {
  202: retryMessageResponse202,
  400: retryMessageResponse400,
  401: retryMessageResponse401,
  403: retryMessageResponse403,
  404: retryMessageResponse404,
  422: retryMessageResponse422,
  500: retryMessageResponse500
};
const retryMessageChecks = {
  request: request$,
  responses: { 202: response$202 }
};
