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
var retryWebhookDelivery_exports = {};
__export(retryWebhookDelivery_exports, {
  retryWebhookDeliveryChecks: () => retryWebhookDeliveryChecks,
  retryWebhookDeliveryRequest: () => retryWebhookDeliveryRequest,
  retryWebhookDeliveryResponse202: () => retryWebhookDeliveryResponse202,
  retryWebhookDeliveryResponse400: () => retryWebhookDeliveryResponse400,
  retryWebhookDeliveryResponse401: () => retryWebhookDeliveryResponse401,
  retryWebhookDeliveryResponse403: () => retryWebhookDeliveryResponse403,
  retryWebhookDeliveryResponse404: () => retryWebhookDeliveryResponse404,
  retryWebhookDeliveryResponse500: () => retryWebhookDeliveryResponse500,
  retryWebhookDeliveryResponses: () => retryWebhookDeliveryResponses
});
module.exports = __toCommonJS(retryWebhookDelivery_exports);
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
const retryWebhookDeliveryRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o5 = v;
  }
  return ok;
}
const retryWebhookDeliveryResponse202 = /* @__PURE__ */ (0, import_validation.createValidator)(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const retryWebhookDeliveryResponses = {
  202: retryWebhookDeliveryResponse202,
  400: retryWebhookDeliveryResponse400,
  401: retryWebhookDeliveryResponse401,
  403: retryWebhookDeliveryResponse403,
  404: retryWebhookDeliveryResponse404,
  500: retryWebhookDeliveryResponse500
};
const retryWebhookDeliveryChecks = {
  request: request$,
  responses: { 202: response$202 }
};
