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
var getWebhookDelivery_exports = {};
__export(getWebhookDelivery_exports, {
  getWebhookDeliveryChecks: () => getWebhookDeliveryChecks,
  getWebhookDeliveryRequest: () => getWebhookDeliveryRequest,
  getWebhookDeliveryResponse200: () => getWebhookDeliveryResponse200,
  getWebhookDeliveryResponse400: () => getWebhookDeliveryResponse400,
  getWebhookDeliveryResponse401: () => getWebhookDeliveryResponse401,
  getWebhookDeliveryResponse403: () => getWebhookDeliveryResponse403,
  getWebhookDeliveryResponse404: () => getWebhookDeliveryResponse404,
  getWebhookDeliveryResponse500: () => getWebhookDeliveryResponse500,
  getWebhookDeliveryResponses: () => getWebhookDeliveryResponses
});
module.exports = __toCommonJS(getWebhookDelivery_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["deliveryId"];
    if (!(typeof v2 === "string" && v2.length > 0)) ok = (0, import_validation.bad)(c, p + "/deliveryId", v2, import_constants.rule$67, true) && ok;
    const v3 = o1["webhookId"];
    if (!(typeof v3 === "string" && import_constants.pattern$12.test(v3))) ok = (0, import_validation.bad)(c, p + "/webhookId", v3, import_constants.rule$41, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "deliveryId":
          case "webhookId":
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
const getWebhookDeliveryRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "GetWebhookDeliveryWebhookDelivery");
    } else {
      if (!(0, import_models.checkGetWebhookDeliveryWebhookDelivery)(v6, p + "/data", c)) ok = false;
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
const getWebhookDeliveryResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getWebhookDeliveryResponses = {
  200: getWebhookDeliveryResponse200,
  400: getWebhookDeliveryResponse400,
  401: getWebhookDeliveryResponse401,
  403: getWebhookDeliveryResponse403,
  404: getWebhookDeliveryResponse404,
  500: getWebhookDeliveryResponse500
};
const getWebhookDeliveryChecks = {
  request: request$,
  responses: { 200: response$200 }
};
