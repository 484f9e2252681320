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
var getUserById_exports = {};
__export(getUserById_exports, {
  getUserByIdChecks: () => getUserByIdChecks,
  getUserByIdRequest: () => getUserByIdRequest,
  getUserByIdResponse200: () => getUserByIdResponse200,
  getUserByIdResponse400: () => getUserByIdResponse400,
  getUserByIdResponse401: () => getUserByIdResponse401,
  getUserByIdResponse403: () => getUserByIdResponse403,
  getUserByIdResponse404: () => getUserByIdResponse404,
  getUserByIdResponse500: () => getUserByIdResponse500,
  getUserByIdResponses: () => getUserByIdResponses
});
module.exports = __toCommonJS(getUserById_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
var import_models = require("./models.cjs");
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (!(typeof v2 === "string" && import_constants.pattern$1.test(v2))) ok = (0, import_validation.bad)(c, p + "/userId", v2, import_constants.rule$30, true) && ok;
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
const getUserByIdRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "User");
    } else {
      if (!(0, import_models.checkUser)(v5, p + "/data", c)) ok = false;
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
const getUserByIdResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const getUserByIdResponses = {
  200: getUserByIdResponse200,
  400: getUserByIdResponse400,
  401: getUserByIdResponse401,
  403: getUserByIdResponse403,
  404: getUserByIdResponse404,
  500: getUserByIdResponse500
};
const getUserByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
