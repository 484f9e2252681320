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
var deleteWebhookById_exports = {};
__export(deleteWebhookById_exports, {
  deleteWebhookByIdChecks: () => deleteWebhookByIdChecks,
  deleteWebhookByIdRequest: () => deleteWebhookByIdRequest,
  deleteWebhookByIdResponse400: () => deleteWebhookByIdResponse400,
  deleteWebhookByIdResponse401: () => deleteWebhookByIdResponse401,
  deleteWebhookByIdResponse403: () => deleteWebhookByIdResponse403,
  deleteWebhookByIdResponse404: () => deleteWebhookByIdResponse404,
  deleteWebhookByIdResponse500: () => deleteWebhookByIdResponse500,
  deleteWebhookByIdResponses: () => deleteWebhookByIdResponses
});
module.exports = __toCommonJS(deleteWebhookById_exports);
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
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "webhookId":
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
const deleteWebhookByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const deleteWebhookByIdResponses = {
  400: deleteWebhookByIdResponse400,
  401: deleteWebhookByIdResponse401,
  403: deleteWebhookByIdResponse403,
  404: deleteWebhookByIdResponse404,
  500: deleteWebhookByIdResponse500
};
const deleteWebhookByIdChecks = {
  request: request$,
  responses: {}
};
