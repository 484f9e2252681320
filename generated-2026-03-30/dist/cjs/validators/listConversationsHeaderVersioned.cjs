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
var listConversationsHeaderVersioned_exports = {};
__export(listConversationsHeaderVersioned_exports, {
  listConversationsHeaderVersionedChecks: () => listConversationsHeaderVersionedChecks,
  listConversationsHeaderVersionedRequest: () => listConversationsHeaderVersionedRequest,
  listConversationsHeaderVersionedResponse200: () => listConversationsHeaderVersionedResponse200,
  listConversationsHeaderVersionedResponse400: () => listConversationsHeaderVersionedResponse400,
  listConversationsHeaderVersionedResponse401: () => listConversationsHeaderVersionedResponse401,
  listConversationsHeaderVersionedResponse403: () => listConversationsHeaderVersionedResponse403,
  listConversationsHeaderVersionedResponse404: () => listConversationsHeaderVersionedResponse404,
  listConversationsHeaderVersionedResponse500: () => listConversationsHeaderVersionedResponse500,
  listConversationsHeaderVersionedResponses: () => listConversationsHeaderVersionedResponses
});
module.exports = __toCommonJS(listConversationsHeaderVersioned_exports);
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
    const v3 = o1["createdAt"];
    if (v3 !== void 0) {
      if (!(0, import_models.checkCreatedAt)(v3, p + "/createdAt", c)) ok = false;
    }
    const v4 = o1["limit"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 50)) ok = (0, import_validation.bad)(c, p + "/limit", v4, import_constants.rule$65) && ok;
    const v5 = o1["phoneNumberId"];
    if (v5 !== void 0) {
      const p6 = p + "/phoneNumberId";
      c.quiet++;
      const m7 = typeof v5 === "string" && import_constants.pattern$3.test(v5) ? 0 : (0, import_models.checkSource)(v5, p6, c) ? 1 : -1;
      c.quiet--;
      if (m7 === -1) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/ or Source", v5);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m7 === 1) (0, import_models.checkSource)(v5, p6, c);
      }
    }
    const v8 = o1["sort"];
    if (v8 !== void 0 && !(v8 === "createdAt:asc" || v8 === "createdAt:desc" || v8 === "updatedAt:asc" || v8 === "updatedAt:desc")) ok = (0, import_validation.bad)(c, p + "/sort", v8, import_constants.rule$68) && ok;
    const v9 = o1["updatedAt"];
    if (v9 !== void 0) {
      if (!(0, import_models.checkCreatedAt)(v9, p + "/updatedAt", c)) ok = false;
    }
    if (c.scan) {
      for (const k10 in o1) {
        switch (k10) {
          case "after":
          case "createdAt":
          case "limit":
          case "phoneNumberId":
          case "sort":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k10, o1[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsHeaderVersionedRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!(0, import_models.checkMarkConversationAsDone)(v14, p + "/data/" + i13, c)) ok = false;
        }
      }
    }
    const v15 = o11["nextCursor"];
    if (!(v15 === null || typeof v15 === "string")) ok = (0, import_validation.bad)(c, p + "/nextCursor", v15, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k16 in o11) {
        switch (k16) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k16, o11[k16])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsHeaderVersionedResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskForbiddenError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkTaskNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkCallUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listConversationsHeaderVersionedResponses = {
  200: listConversationsHeaderVersionedResponse200,
  400: listConversationsHeaderVersionedResponse400,
  401: listConversationsHeaderVersionedResponse401,
  403: listConversationsHeaderVersionedResponse403,
  404: listConversationsHeaderVersionedResponse404,
  500: listConversationsHeaderVersionedResponse500
};
const listConversationsHeaderVersionedChecks = {
  request: request$,
  responses: { 200: response$200 }
};
