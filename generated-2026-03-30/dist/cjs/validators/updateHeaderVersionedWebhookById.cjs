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
var updateHeaderVersionedWebhookById_exports = {};
__export(updateHeaderVersionedWebhookById_exports, {
  updateHeaderVersionedWebhookByIdChecks: () => updateHeaderVersionedWebhookByIdChecks,
  updateHeaderVersionedWebhookByIdRequest: () => updateHeaderVersionedWebhookByIdRequest,
  updateHeaderVersionedWebhookByIdResponse200: () => updateHeaderVersionedWebhookByIdResponse200,
  updateHeaderVersionedWebhookByIdResponse400: () => updateHeaderVersionedWebhookByIdResponse400,
  updateHeaderVersionedWebhookByIdResponse401: () => updateHeaderVersionedWebhookByIdResponse401,
  updateHeaderVersionedWebhookByIdResponse403: () => updateHeaderVersionedWebhookByIdResponse403,
  updateHeaderVersionedWebhookByIdResponse404: () => updateHeaderVersionedWebhookByIdResponse404,
  updateHeaderVersionedWebhookByIdResponse500: () => updateHeaderVersionedWebhookByIdResponse500,
  updateHeaderVersionedWebhookByIdResponses: () => updateHeaderVersionedWebhookByIdResponses
});
module.exports = __toCommonJS(updateHeaderVersionedWebhookById_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function variant$10(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i11 = 0; i11 < v.length; i11++) {
      const v12 = v[i11];
      if (!(typeof v12 === "string" && import_constants.pattern$3.test(v12))) ok = (0, import_validation.bad)(c, p + "/" + i11, v12, import_constants.rule$36) && ok;
    }
  }
  return ok;
}
function variant$13(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = (0, import_validation.fail)(c, p, "array of exactly 1 item", v);
  } else {
    for (let i14 = 0; i14 < v.length; i14++) {
      const v15 = v[i14];
      if (!(v15 === "*")) ok = (0, import_validation.bad)(c, p + "/" + i14, v15, import_constants.rule$44) && ok;
    }
  }
  return ok;
}
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && import_constants.pattern$12.test(v2))) ok = (0, import_validation.bad)(c, p + "/webhookId", v2, import_constants.rule$41, true) && ok;
    const v3 = o1["events"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v3);
      } else if (v3.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!import_constants.enum$2.has(v5)) ok = (0, import_validation.bad)(c, p + "/events/" + i4, v5, import_constants.rule$39) && ok;
        }
      }
    }
    const v6 = o1["label"];
    if (v6 !== void 0 && !(v6 === null || typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/label", v6, import_constants.rule$2) && ok;
    const v7 = o1["resourceIds"];
    if (v7 !== void 0) {
      if (v7 !== null) {
        const p8 = p + "/resourceIds";
        c.quiet++;
        const m9 = variant$10(v7, p8, c) ? 0 : variant$13(v7, p8, c) ? 1 : -1;
        c.quiet--;
        if (m9 === -1) {
          ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array or null", v7);
        } else if (c.quiet === 0 && c.onUnknown !== void 0) {
          if (m9 === 0) variant$10(v7, p8, c);
          if (m9 === 1) variant$13(v7, p8, c);
        }
      }
    }
    const v16 = o1["status"];
    if (v16 !== void 0 && !(v16 === "enabled" || v16 === "disabled")) ok = (0, import_validation.bad)(c, p + "/status", v16, import_constants.rule$45) && ok;
    const v17 = o1["url"];
    if (v17 !== void 0 && !(typeof v17 === "string" && (0, import_validation.isUri)(v17))) ok = (0, import_validation.bad)(c, p + "/url", v17, import_constants.rule$31) && ok;
    if (c.scan) {
      for (const k18 in o1) {
        switch (k18) {
          case "webhookId":
          case "events":
          case "label":
          case "resourceIds":
          case "status":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k18, o1[k18])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateHeaderVersionedWebhookByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o19 = v;
    const v20 = o19["data"];
    if (v20 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Webhook");
    } else {
      if (!(0, import_models.checkWebhook)(v20, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k21 in o19) {
        switch (k21) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k21, o19[k21])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const updateHeaderVersionedWebhookByIdResponses = {
  200: updateHeaderVersionedWebhookByIdResponse200,
  400: updateHeaderVersionedWebhookByIdResponse400,
  401: updateHeaderVersionedWebhookByIdResponse401,
  403: updateHeaderVersionedWebhookByIdResponse403,
  404: updateHeaderVersionedWebhookByIdResponse404,
  500: updateHeaderVersionedWebhookByIdResponse500
};
const updateHeaderVersionedWebhookByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
