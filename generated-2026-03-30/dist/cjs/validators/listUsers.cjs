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
var listUsers_exports = {};
__export(listUsers_exports, {
  listUsersChecks: () => listUsersChecks,
  listUsersRequest: () => listUsersRequest,
  listUsersResponse200: () => listUsersResponse200,
  listUsersResponse400: () => listUsersResponse400,
  listUsersResponse401: () => listUsersResponse401,
  listUsersResponse403: () => listUsersResponse403,
  listUsersResponse500: () => listUsersResponse500,
  listUsersResponses: () => listUsersResponses
});
module.exports = __toCommonJS(listUsers_exports);
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
    const v2 = o1["after"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = (0, import_validation.bad)(c, p + "/after", v2, import_constants.rule$13) && ok;
    const v3 = o1["limit"];
    if (v3 !== void 0 && !(typeof v3 === "number" && Number.isInteger(v3) && v3 >= 1 && v3 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v3, import_constants.rule$65) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "after":
          case "limit":
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
const listUsersRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(0, import_models.checkUser)(v8, p + "/data/" + i7, c)) ok = false;
        }
      }
    }
    const v9 = o5["nextCursor"];
    if (!(v9 === null || typeof v9 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v9, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k10 in o5) {
        switch (k10) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k10, o5[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUsersResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listUsersResponses = {
  200: listUsersResponse200,
  400: listUsersResponse400,
  401: listUsersResponse401,
  403: listUsersResponse403,
  500: listUsersResponse500
};
const listUsersChecks = {
  request: request$,
  responses: { 200: response$200 }
};
