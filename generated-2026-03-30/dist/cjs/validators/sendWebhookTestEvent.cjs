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
var sendWebhookTestEvent_exports = {};
__export(sendWebhookTestEvent_exports, {
  sendWebhookTestEventChecks: () => sendWebhookTestEventChecks,
  sendWebhookTestEventRequest: () => sendWebhookTestEventRequest,
  sendWebhookTestEventResponse200: () => sendWebhookTestEventResponse200,
  sendWebhookTestEventResponse400: () => sendWebhookTestEventResponse400,
  sendWebhookTestEventResponse401: () => sendWebhookTestEventResponse401,
  sendWebhookTestEventResponse403: () => sendWebhookTestEventResponse403,
  sendWebhookTestEventResponse404: () => sendWebhookTestEventResponse404,
  sendWebhookTestEventResponse500: () => sendWebhookTestEventResponse500,
  sendWebhookTestEventResponses: () => sendWebhookTestEventResponses
});
module.exports = __toCommonJS(sendWebhookTestEvent_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && import_constants.pattern$12.test(v2))) ok = (0, import_validation.bad)(c, p + "/webhookId", v2, import_constants.rule$41, true) && ok;
    const v3 = o1["eventType"];
    if (!import_constants.enum$2.has(v3)) ok = (0, import_validation.bad)(c, p + "/eventType", v3, import_constants.rule$39, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "webhookId":
          case "eventType":
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
const sendWebhookTestEventRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["apiVersion"];
    if (!(v6 === "2026-03-30")) ok = (0, import_validation.bad)(c, p + "/apiVersion", v6, import_constants.rule$40, true) && ok;
    const v7 = o5["createdAt"];
    if (!(typeof v7 === "string" && (0, import_validation.isDateTime)(v7))) ok = (0, import_validation.bad)(c, p + "/createdAt", v7, import_constants.rule$5, true) && ok;
    const v8 = o5["data"];
    if (v8 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "WebhookTestEvent");
    } else {
      if (!(0, import_models.checkWebhookTestEvent)(v8, p + "/data", c)) ok = false;
    }
    const v9 = o5["id"];
    if (!(typeof v9 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v9, import_constants.rule$13, true) && ok;
    const v10 = o5["type"];
    if (!import_constants.enum$2.has(v10)) ok = (0, import_validation.bad)(c, p + "/type", v10, import_constants.rule$39, true) && ok;
    if (c.scan) {
      for (const k11 in o5) {
        switch (k11) {
          case "apiVersion":
          case "createdAt":
          case "data":
          case "id":
          case "type":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k11, o5[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendWebhookTestEventResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const sendWebhookTestEventResponses = {
  200: sendWebhookTestEventResponse200,
  400: sendWebhookTestEventResponse400,
  401: sendWebhookTestEventResponse401,
  403: sendWebhookTestEventResponse403,
  404: sendWebhookTestEventResponse404,
  500: sendWebhookTestEventResponse500
};
const sendWebhookTestEventChecks = {
  request: request$,
  responses: { 200: response$200 }
};
