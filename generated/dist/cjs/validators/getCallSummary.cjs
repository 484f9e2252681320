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
var getCallSummary_exports = {};
__export(getCallSummary_exports, {
  getCallSummaryChecks: () => getCallSummaryChecks,
  getCallSummaryRequest: () => getCallSummaryRequest,
  getCallSummaryResponse200: () => getCallSummaryResponse200,
  getCallSummaryResponse400: () => getCallSummaryResponse400,
  getCallSummaryResponse401: () => getCallSummaryResponse401,
  getCallSummaryResponse403: () => getCallSummaryResponse403,
  getCallSummaryResponse404: () => getCallSummaryResponse404,
  getCallSummaryResponse500: () => getCallSummaryResponse500,
  getCallSummaryResponses: () => getCallSummaryResponses
});
module.exports = __toCommonJS(getCallSummary_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["callId"];
    if (!(typeof v2 === "string" && import_constants.pattern$2.test(v2))) ok = (0, import_validation.bad)(c, p + "/callId", v2, import_constants.rule$6, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "callId":
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
const getCallSummaryRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "CallSummary");
    } else {
      if (!(0, import_models.checkCallSummary)(v5, p + "/data", c)) ok = false;
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
const getCallSummaryResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallSummaryBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallSummaryUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallSummaryForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallSummaryNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallSummaryUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getCallSummaryResponses = {
  200: getCallSummaryResponse200,
  400: getCallSummaryResponse400,
  401: getCallSummaryResponse401,
  403: getCallSummaryResponse403,
  404: getCallSummaryResponse404,
  500: getCallSummaryResponse500
};
const getCallSummaryChecks = {
  request: request$,
  responses: { 200: response$200 }
};
