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
var listWebhooks_exports = {};
__export(listWebhooks_exports, {
  listWebhooksChecks: () => listWebhooksChecks,
  listWebhooksRequest: () => listWebhooksRequest,
  listWebhooksResponse200: () => listWebhooksResponse200,
  listWebhooksResponse400: () => listWebhooksResponse400,
  listWebhooksResponse401: () => listWebhooksResponse401,
  listWebhooksResponse403: () => listWebhooksResponse403,
  listWebhooksResponse404: () => listWebhooksResponse404,
  listWebhooksResponse500: () => listWebhooksResponse500,
  listWebhooksResponses: () => listWebhooksResponses
});
module.exports = __toCommonJS(listWebhooks_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && import_constants.pattern$1.test(v2))) ok = (0, import_validation.bad)(c, p + "/userId", v2, import_constants.rule$10) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "userId":
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
const listWebhooksRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v5)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v5);
      } else {
        for (let i6 = 0; i6 < v5.length; i6++) {
          const v7 = v5[i6];
          if (!(0, import_models.checkWebhook)(v7, p + "/data/" + i6, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k8 in o4) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k8, o4[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listWebhooksResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookInvalidVersionError)(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listWebhooksResponses = {
  200: listWebhooksResponse200,
  400: listWebhooksResponse400,
  401: listWebhooksResponse401,
  403: listWebhooksResponse403,
  404: listWebhooksResponse404,
  500: listWebhooksResponse500
};
const listWebhooksChecks = {
  request: request$,
  responses: { 200: response$200 }
};
