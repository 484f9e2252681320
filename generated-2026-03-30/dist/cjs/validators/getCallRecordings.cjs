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
var getCallRecordings_exports = {};
__export(getCallRecordings_exports, {
  getCallRecordingsChecks: () => getCallRecordingsChecks,
  getCallRecordingsRequest: () => getCallRecordingsRequest,
  getCallRecordingsResponse200: () => getCallRecordingsResponse200,
  getCallRecordingsResponse400: () => getCallRecordingsResponse400,
  getCallRecordingsResponse401: () => getCallRecordingsResponse401,
  getCallRecordingsResponse403: () => getCallRecordingsResponse403,
  getCallRecordingsResponse404: () => getCallRecordingsResponse404,
  getCallRecordingsResponse500: () => getCallRecordingsResponse500,
  getCallRecordingsResponses: () => getCallRecordingsResponses
});
module.exports = __toCommonJS(getCallRecordings_exports);
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
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/after", v3, import_constants.rule$13) && ok;
    const v4 = o1["limit"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v4, import_constants.rule$65) && ok;
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "callId":
          case "after":
          case "limit":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k5, o1[k5])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getCallRecordingsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o6 = v;
    const v7 = o6["data"];
    if (v7 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v7)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v7);
      } else {
        for (let i8 = 0; i8 < v7.length; i8++) {
          const v9 = v7[i8];
          if (!(0, import_models.checkCallRecording)(v9, p + "/data/" + i8, c)) ok = false;
        }
      }
    }
    const v10 = o6["nextCursor"];
    if (!(v10 === null || typeof v10 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v10, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k11 in o6) {
        switch (k11) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k11, o6[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getCallRecordingsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getCallRecordingsResponses = {
  200: getCallRecordingsResponse200,
  400: getCallRecordingsResponse400,
  401: getCallRecordingsResponse401,
  403: getCallRecordingsResponse403,
  404: getCallRecordingsResponse404,
  500: getCallRecordingsResponse500
};
const getCallRecordingsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
