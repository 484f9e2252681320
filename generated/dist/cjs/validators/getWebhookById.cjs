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
var getWebhookById_exports = {};
__export(getWebhookById_exports, {
  getWebhookByIdChecks: () => getWebhookByIdChecks,
  getWebhookByIdRequest: () => getWebhookByIdRequest,
  getWebhookByIdResponse200: () => getWebhookByIdResponse200,
  getWebhookByIdResponse400: () => getWebhookByIdResponse400,
  getWebhookByIdResponse401: () => getWebhookByIdResponse401,
  getWebhookByIdResponse403: () => getWebhookByIdResponse403,
  getWebhookByIdResponse404: () => getWebhookByIdResponse404,
  getWebhookByIdResponse500: () => getWebhookByIdResponse500,
  getWebhookByIdResponses: () => getWebhookByIdResponses
});
module.exports = __toCommonJS(getWebhookById_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string" && import_constants.pattern$4.test(v2))) ok = (0, import_validation.bad)(c, p + "/id", v2, import_constants.rule$43, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "id":
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
const getWebhookByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Webhook");
    } else {
      if (!(0, import_models.checkWebhook)(v5, p + "/data", c)) ok = false;
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
const getWebhookByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookInvalidVersionError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getWebhookByIdResponses = {
  200: getWebhookByIdResponse200,
  400: getWebhookByIdResponse400,
  401: getWebhookByIdResponse401,
  403: getWebhookByIdResponse403,
  404: getWebhookByIdResponse404,
  500: getWebhookByIdResponse500
};
const getWebhookByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
