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
var linkTaskConversation_exports = {};
__export(linkTaskConversation_exports, {
  linkTaskConversationChecks: () => linkTaskConversationChecks,
  linkTaskConversationRequest: () => linkTaskConversationRequest,
  linkTaskConversationResponse200: () => linkTaskConversationResponse200,
  linkTaskConversationResponse400: () => linkTaskConversationResponse400,
  linkTaskConversationResponse401: () => linkTaskConversationResponse401,
  linkTaskConversationResponse403: () => linkTaskConversationResponse403,
  linkTaskConversationResponse404: () => linkTaskConversationResponse404,
  linkTaskConversationResponse500: () => linkTaskConversationResponse500,
  linkTaskConversationResponses: () => linkTaskConversationResponses
});
module.exports = __toCommonJS(linkTaskConversation_exports);
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
    const v3 = o1["conversationId"];
    if (!(typeof v3 === "string" && import_constants.pattern$14.test(v3))) ok = (0, import_validation.bad)(c, p + "/conversationId", v3, import_constants.rule$50, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "taskId":
          case "conversationId":
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
const linkTaskConversationRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
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
const linkTaskConversationResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnknownError)(v, p, c)) ok = false;
  return ok;
}
const linkTaskConversationResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const linkTaskConversationResponses = {
  200: linkTaskConversationResponse200,
  400: linkTaskConversationResponse400,
  401: linkTaskConversationResponse401,
  403: linkTaskConversationResponse403,
  404: linkTaskConversationResponse404,
  500: linkTaskConversationResponse500
};
const linkTaskConversationChecks = {
  request: request$,
  responses: { 200: response$200 }
};
