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
var createHeaderVersionedWebhook_exports = {};
__export(createHeaderVersionedWebhook_exports, {
  createHeaderVersionedWebhookChecks: () => createHeaderVersionedWebhookChecks,
  createHeaderVersionedWebhookRequest: () => createHeaderVersionedWebhookRequest,
  createHeaderVersionedWebhookResponse201: () => createHeaderVersionedWebhookResponse201,
  createHeaderVersionedWebhookResponse400: () => createHeaderVersionedWebhookResponse400,
  createHeaderVersionedWebhookResponse401: () => createHeaderVersionedWebhookResponse401,
  createHeaderVersionedWebhookResponse403: () => createHeaderVersionedWebhookResponse403,
  createHeaderVersionedWebhookResponse500: () => createHeaderVersionedWebhookResponse500,
  createHeaderVersionedWebhookResponses: () => createHeaderVersionedWebhookResponses
});
module.exports = __toCommonJS(createHeaderVersionedWebhook_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function variant$9(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1) {
    ok = (0, import_validation.fail)(c, p, "array of at least 1 item", v);
  } else {
    for (let i10 = 0; i10 < v.length; i10++) {
      const v11 = v[i10];
      if (!(typeof v11 === "string" && import_constants.pattern$3.test(v11))) ok = (0, import_validation.bad)(c, p + "/" + i10, v11, import_constants.rule$36) && ok;
    }
  }
  return ok;
}
function variant$12(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = (0, import_validation.fail)(c, p, "array of exactly 1 item", v);
  } else {
    for (let i13 = 0; i13 < v.length; i13++) {
      const v14 = v[i13];
      if (!(v14 === "*")) ok = (0, import_validation.bad)(c, p + "/" + i13, v14, import_constants.rule$44) && ok;
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
    const v2 = o1["events"];
    if (v2 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v2)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v2);
      } else if (v2.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!import_constants.enum$2.has(v4)) ok = (0, import_validation.bad)(c, p + "/events/" + i3, v4, import_constants.rule$39) && ok;
        }
      }
    }
    const v5 = o1["label"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = (0, import_validation.bad)(c, p + "/label", v5, import_constants.rule$13) && ok;
    const v6 = o1["resourceIds"];
    if (v6 !== void 0) {
      const p7 = p + "/resourceIds";
      c.quiet++;
      const m8 = variant$9(v6, p7, c) ? 0 : variant$12(v6, p7, c) ? 1 : -1;
      c.quiet--;
      if (m8 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v6);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m8 === 0) variant$9(v6, p7, c);
        if (m8 === 1) variant$12(v6, p7, c);
      }
    }
    const v15 = o1["status"];
    if (v15 !== void 0 && !(v15 === "enabled" || v15 === "disabled")) ok = (0, import_validation.bad)(c, p + "/status", v15, import_constants.rule$45) && ok;
    const v16 = o1["url"];
    if (!(typeof v16 === "string" && (0, import_validation.isUri)(v16))) ok = (0, import_validation.bad)(c, p + "/url", v16, import_constants.rule$31, true) && ok;
    if (c.scan) {
      for (const k17 in o1) {
        switch (k17) {
          case "events":
          case "label":
          case "resourceIds":
          case "status":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k17, o1[k17])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createHeaderVersionedWebhookRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o18 = v;
    const v19 = o18["data"];
    if (v19 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "HeaderVersionedWebhook");
    } else {
      if (!(0, import_models.checkHeaderVersionedWebhook)(v19, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k20 in o18) {
        switch (k20) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k20, o18[k20])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createHeaderVersionedWebhookResponse201 = /* @__PURE__ */ (0, import_validation.createValidator)(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkWebhookUnknownError)(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const createHeaderVersionedWebhookResponses = {
  201: createHeaderVersionedWebhookResponse201,
  400: createHeaderVersionedWebhookResponse400,
  401: createHeaderVersionedWebhookResponse401,
  403: createHeaderVersionedWebhookResponse403,
  500: createHeaderVersionedWebhookResponse500
};
const createHeaderVersionedWebhookChecks = {
  request: request$,
  responses: { 201: response$201 }
};
