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
var getCallById_exports = {};
__export(getCallById_exports, {
  getCallByIdChecks: () => getCallByIdChecks,
  getCallByIdRequest: () => getCallByIdRequest,
  getCallByIdResponse200: () => getCallByIdResponse200,
  getCallByIdResponse400: () => getCallByIdResponse400,
  getCallByIdResponse401: () => getCallByIdResponse401,
  getCallByIdResponse403: () => getCallByIdResponse403,
  getCallByIdResponse404: () => getCallByIdResponse404,
  getCallByIdResponse500: () => getCallByIdResponse500,
  getCallByIdResponses: () => getCallByIdResponses
});
module.exports = __toCommonJS(getCallById_exports);
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
    if (!(typeof v2 === "string" && import_constants.pattern$5.test(v2))) ok = (0, import_validation.bad)(c, p + "/callId", v2, import_constants.rule$9, true) && ok;
    const v3 = o1["include"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array", v3);
      } else if (v3.length > 2) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of at most 2 items", v3);
      } else if ((0, import_validation.hasDuplicates)(v3)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of unique items", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!(v5 === "summary" || v5 === "voicemail")) ok = (0, import_validation.bad)(c, p + "/include/" + i4, v5, import_constants.rule$64) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k6 in o1) {
        switch (k6) {
          case "callId":
          case "include":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k6, o1[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getCallByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o7 = v;
    const v8 = o7["data"];
    if (v8 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "Call");
    } else {
      if (!(0, import_models.checkCall)(v8, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k9 in o7) {
        switch (k9) {
          case "data":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k9, o7[k9])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getCallByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getCallByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getCallByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getCallByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getCallByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getCallByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getCallByIdResponses = {
  200: getCallByIdResponse200,
  400: getCallByIdResponse400,
  401: getCallByIdResponse401,
  403: getCallByIdResponse403,
  404: getCallByIdResponse404,
  500: getCallByIdResponse500
};
const getCallByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
