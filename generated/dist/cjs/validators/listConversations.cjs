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
var listConversations_exports = {};
__export(listConversations_exports, {
  listConversationsChecks: () => listConversationsChecks,
  listConversationsRequest: () => listConversationsRequest,
  listConversationsResponse200: () => listConversationsResponse200,
  listConversationsResponse400: () => listConversationsResponse400,
  listConversationsResponse401: () => listConversationsResponse401,
  listConversationsResponse403: () => listConversationsResponse403,
  listConversationsResponse404: () => listConversationsResponse404,
  listConversationsResponse500: () => listConversationsResponse500,
  listConversationsResponses: () => listConversationsResponses
});
module.exports = __toCommonJS(listConversations_exports);
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
    const v2 = o1["createdAfter"];
    if (v2 !== void 0 && !(typeof v2 === "string" && (0, import_validation.isDateTime)(v2))) ok = (0, import_validation.bad)(c, p + "/createdAfter", v2, import_constants.rule$2) && ok;
    const v3 = o1["createdBefore"];
    if (v3 !== void 0 && !(typeof v3 === "string" && (0, import_validation.isDateTime)(v3))) ok = (0, import_validation.bad)(c, p + "/createdBefore", v3, import_constants.rule$2) && ok;
    const v4 = o1["excludeInactive"];
    if (v4 !== void 0 && !(typeof v4 === "boolean")) ok = (0, import_validation.bad)(c, p + "/excludeInactive", v4, import_constants.rule$121) && ok;
    const v5 = o1["maxResults"];
    if (v5 !== void 0 && !(typeof v5 === "number" && Number.isInteger(v5) && v5 >= 1 && v5 <= 100)) ok = (0, import_validation.bad)(c, p + "/maxResults", v5, import_constants.rule$117) && ok;
    const v6 = o1["pageToken"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = (0, import_validation.bad)(c, p + "/pageToken", v6, import_constants.rule$13) && ok;
    const v7 = o1["phoneNumber"];
    if (v7 !== void 0 && !(typeof v7 === "string" && import_constants.pattern$0.test(v7) || typeof v7 === "string" && import_constants.pattern$3.test(v7))) ok = (0, import_validation.bad)(c, p + "/phoneNumber", v7, import_constants.rule$122) && ok;
    const v8 = o1["phoneNumbers"];
    if (v8 !== void 0) {
      if (!Array.isArray(v8)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array", v8);
      } else if (v8.length < 1 || v8.length > 100) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array of 1 to 100 items", v8);
      } else {
        for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (!(typeof v10 === "string" && import_constants.pattern$0.test(v10) || typeof v10 === "string" && import_constants.pattern$3.test(v10))) ok = (0, import_validation.bad)(c, p + "/phoneNumbers/" + i9, v10, import_constants.rule$122) && ok;
        }
      }
    }
    const v11 = o1["updatedAfter"];
    if (v11 !== void 0 && !(typeof v11 === "string" && (0, import_validation.isDateTime)(v11))) ok = (0, import_validation.bad)(c, p + "/updatedAfter", v11, import_constants.rule$2) && ok;
    const v12 = o1["updatedBefore"];
    if (v12 !== void 0 && !(typeof v12 === "string" && (0, import_validation.isDateTime)(v12))) ok = (0, import_validation.bad)(c, p + "/updatedBefore", v12, import_constants.rule$2) && ok;
    const v13 = o1["userId"];
    if (v13 !== void 0 && !(typeof v13 === "string" && import_constants.pattern$1.test(v13))) ok = (0, import_validation.bad)(c, p + "/userId", v13, import_constants.rule$10) && ok;
    if (c.scan) {
      for (const k14 in o1) {
        switch (k14) {
          case "createdAfter":
          case "createdBefore":
          case "excludeInactive":
          case "maxResults":
          case "pageToken":
          case "phoneNumber":
          case "phoneNumbers":
          case "updatedAfter":
          case "updatedBefore":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k14, o1[k14])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsRequest = /* @__PURE__ */ (0, import_validation.createValidator)(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o15 = v;
    const v16 = o15["data"];
    if (v16 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v16)) {
        ok = (0, import_validation.fail)(c, p + "/data", "array", v16);
      } else {
        for (let i17 = 0; i17 < v16.length; i17++) {
          const v18 = v16[i17];
          if (!(0, import_models.checkConversation)(v18, p + "/data/" + i17, c)) ok = false;
        }
      }
    }
    const v19 = o15["nextPageToken"];
    if (!(v19 === null || typeof v19 === "string")) ok = (0, import_validation.bad)(c, p + "/nextPageToken", v19, import_constants.rule$1, true) && ok;
    const v20 = o15["totalItems"];
    if (!(typeof v20 === "number" && Number.isInteger(v20))) ok = (0, import_validation.bad)(c, p + "/totalItems", v20, import_constants.rule$4, true) && ok;
    if (c.scan) {
      for (const k21 in o15) {
        switch (k21) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k21, o15[k21])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsResponse200 = /* @__PURE__ */ (0, import_validation.createValidator)(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationBadRequestError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse400 = /* @__PURE__ */ (0, import_validation.createValidator)(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationUnauthorizedError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse401 = /* @__PURE__ */ (0, import_validation.createValidator)(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationNotPhoneNumberUserError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse403 = /* @__PURE__ */ (0, import_validation.createValidator)(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationNotFoundError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse404 = /* @__PURE__ */ (0, import_validation.createValidator)(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!(0, import_models.checkConversationUnknownError)(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse500 = /* @__PURE__ */ (0, import_validation.createValidator)(response$500, false);
const listConversationsResponses = {
  200: listConversationsResponse200,
  400: listConversationsResponse400,
  401: listConversationsResponse401,
  403: listConversationsResponse403,
  404: listConversationsResponse404,
  500: listConversationsResponse500
};
const listConversationsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
