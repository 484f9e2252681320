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
var markConversationAsOpen_exports = {};
__export(markConversationAsOpen_exports, {
  markConversationAsOpenChecks: () => markConversationAsOpenChecks,
  markConversationAsOpenRequest: () => markConversationAsOpenRequest,
  markConversationAsOpenResponse200: () => markConversationAsOpenResponse200,
  markConversationAsOpenResponse400: () => markConversationAsOpenResponse400,
  markConversationAsOpenResponse401: () => markConversationAsOpenResponse401,
  markConversationAsOpenResponse403: () => markConversationAsOpenResponse403,
  markConversationAsOpenResponse404: () => markConversationAsOpenResponse404,
  markConversationAsOpenResponse500: () => markConversationAsOpenResponse500,
  markConversationAsOpenResponses: () => markConversationAsOpenResponses
});
module.exports = __toCommonJS(markConversationAsOpen_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["conversationId"];
    if (!(typeof v2 === "string" && import_constants.pattern$14.test(v2))) ok = (0, import_validation.bad)(c, p + "/conversationId", v2, import_constants.rule$50, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "conversationId":
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
const markConversationAsOpenRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "MarkConversationAsDone");
    } else {
      if (!(0, import_models.checkMarkConversationAsDone)(v5, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k6 in o4) {
        switch (k6) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k6, o4[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const markConversationAsOpenResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const markConversationAsOpenResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const markConversationAsOpenResponses = {
  200: markConversationAsOpenResponse200,
  400: markConversationAsOpenResponse400,
  401: markConversationAsOpenResponse401,
  403: markConversationAsOpenResponse403,
  404: markConversationAsOpenResponse404,
  500: markConversationAsOpenResponse500
};
const markConversationAsOpenChecks = {
  request: request$,
  responses: { 200: response$200 }
};
