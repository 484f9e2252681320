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
var listCalls_exports = {};
__export(listCalls_exports, {
  listCallsChecks: () => listCallsChecks,
  listCallsRequest: () => listCallsRequest,
  listCallsResponse200: () => listCallsResponse200,
  listCallsResponse400: () => listCallsResponse400,
  listCallsResponse401: () => listCallsResponse401,
  listCallsResponse403: () => listCallsResponse403,
  listCallsResponse404: () => listCallsResponse404,
  listCallsResponse500: () => listCallsResponse500,
  listCallsResponses: () => listCallsResponses
});
module.exports = __toCommonJS(listCalls_exports);
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
    const v2 = o1["actorId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && import_constants.pattern$1.test(v2) || typeof v2 === "string" && import_constants.pattern$2.test(v2))) ok = (0, import_validation.bad)(c, p + "/actorId", v2, import_constants.rule$1) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = (0, import_validation.bad)(c, p + "/after", v3, import_constants.rule$13) && ok;
    const v4 = o1["createdAt"];
    if (v4 !== void 0) {
      if (!(0, import_models.checkCreatedAt)(v4, p + "/createdAt", c)) ok = false;
    }
    const v5 = o1["direction"];
    if (v5 !== void 0 && !(v5 === "incoming" || v5 === "outgoing")) ok = (0, import_validation.bad)(c, p + "/direction", v5, import_constants.rule$6) && ok;
    const v6 = o1["include"];
    if (v6 !== void 0) {
      if (!Array.isArray(v6)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array", v6);
      } else if (v6.length > 2) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of at most 2 items", v6);
      } else if ((0, import_validation.hasDuplicates)(v6)) {
        ok = (0, import_validation.fail)(c, p + "/include", "array of unique items", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(v8 === "summary" || v8 === "voicemail")) ok = (0, import_validation.bad)(c, p + "/include/" + i7, v8, import_constants.rule$64) && ok;
        }
      }
    }
    const v9 = o1["limit"];
    if (v9 !== void 0 && !(typeof v9 === "number" && Number.isInteger(v9) && v9 >= 1 && v9 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v9, import_constants.rule$65) && ok;
    const v10 = o1["participant"];
    if (v10 !== void 0) {
      const p11 = p + "/participant";
      c.quiet++;
      const m12 = typeof v10 === "string" && import_constants.pattern$0.test(v10) ? 0 : (0, import_models.checkSource)(v10, p11, c) ? 1 : -1;
      c.quiet--;
      if (m12 === -1) {
        ok = (0, import_validation.fail)(c, p + "/participant", "string matching /^\\+[1-9]\\d{1,14}$/ or Source", v10);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m12 === 1) (0, import_models.checkSource)(v10, p11, c);
      }
    }
    const v13 = o1["phoneNumberId"];
    if (v13 !== void 0 && !(typeof v13 === "string" && import_constants.pattern$3.test(v13))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v13, import_constants.rule$36) && ok;
    const v14 = o1["status"];
    if (v14 !== void 0) {
      const p15 = p + "/status";
      c.quiet++;
      const m16 = import_constants.enum$0.has(v14) ? 0 : (0, import_models.checkSource)(v14, p15, c) ? 1 : -1;
      c.quiet--;
      if (m16 === -1) {
        ok = (0, import_validation.fail)(c, p + "/status", 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026 or Source', v14);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m16 === 1) (0, import_models.checkSource)(v14, p15, c);
      }
    }
    if (c.scan) {
      for (const k17 in o1) {
        switch (k17) {
          case "actorId":
          case "after":
          case "createdAt":
          case "direction":
          case "include":
          case "limit":
          case "participant":
          case "phoneNumberId":
          case "status":
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
const listCallsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o18 = v;
    const v19 = o18["data"];
    if (v19 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v19)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v19);
      } else {
        for (let i20 = 0; i20 < v19.length; i20++) {
          const v21 = v19[i20];
          if (!(0, import_models.checkCall)(v21, p + "/data/" + i20, c)) ok = false;
        }
      }
    }
    const v22 = o18["nextCursor"];
    if (!(v22 === null || typeof v22 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v22, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k23 in o18) {
        switch (k23) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k23, o18[k23])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listCallsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listCallsResponses = {
  200: listCallsResponse200,
  400: listCallsResponse400,
  401: listCallsResponse401,
  403: listCallsResponse403,
  404: listCallsResponse404,
  500: listCallsResponse500
};
const listCallsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
