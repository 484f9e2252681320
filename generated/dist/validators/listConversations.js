import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$0, pattern$1, pattern$3, rule$1, rule$10, rule$117, rule$121, rule$122, rule$13, rule$2, rule$4 } from "./constants.js";
import { checkConversation, checkConversationBadRequestError, checkConversationNotFoundError, checkConversationNotPhoneNumberUserError, checkConversationUnauthorizedError, checkConversationUnknownError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["createdAfter"];
    if (v2 !== void 0 && !(typeof v2 === "string" && isDateTime(v2))) ok = bad(c, p + "/createdAfter", v2, rule$2) && ok;
    const v3 = o1["createdBefore"];
    if (v3 !== void 0 && !(typeof v3 === "string" && isDateTime(v3))) ok = bad(c, p + "/createdBefore", v3, rule$2) && ok;
    const v4 = o1["excludeInactive"];
    if (v4 !== void 0 && !(typeof v4 === "boolean")) ok = bad(c, p + "/excludeInactive", v4, rule$121) && ok;
    const v5 = o1["maxResults"];
    if (v5 !== void 0 && !(typeof v5 === "number" && Number.isInteger(v5) && v5 >= 1 && v5 <= 100)) ok = bad(c, p + "/maxResults", v5, rule$117) && ok;
    const v6 = o1["pageToken"];
    if (v6 !== void 0 && !(typeof v6 === "string")) ok = bad(c, p + "/pageToken", v6, rule$13) && ok;
    const v7 = o1["phoneNumber"];
    if (v7 !== void 0 && !(typeof v7 === "string" && pattern$0.test(v7) || typeof v7 === "string" && pattern$3.test(v7))) ok = bad(c, p + "/phoneNumber", v7, rule$122) && ok;
    const v8 = o1["phoneNumbers"];
    if (v8 !== void 0) {
      if (!Array.isArray(v8)) {
        ok = fail(c, p + "/phoneNumbers", "array", v8);
      } else if (v8.length < 1 || v8.length > 100) {
        ok = fail(c, p + "/phoneNumbers", "array of 1 to 100 items", v8);
      } else {
        for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (!(typeof v10 === "string" && pattern$0.test(v10) || typeof v10 === "string" && pattern$3.test(v10))) ok = bad(c, p + "/phoneNumbers/" + i9, v10, rule$122) && ok;
        }
      }
    }
    const v11 = o1["updatedAfter"];
    if (v11 !== void 0 && !(typeof v11 === "string" && isDateTime(v11))) ok = bad(c, p + "/updatedAfter", v11, rule$2) && ok;
    const v12 = o1["updatedBefore"];
    if (v12 !== void 0 && !(typeof v12 === "string" && isDateTime(v12))) ok = bad(c, p + "/updatedBefore", v12, rule$2) && ok;
    const v13 = o1["userId"];
    if (v13 !== void 0 && !(typeof v13 === "string" && pattern$1.test(v13))) ok = bad(c, p + "/userId", v13, rule$10) && ok;
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
            if (!unknownProperty(c, p, k14, o1[k14])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o15 = v;
    const v16 = o15["data"];
    if (v16 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v16)) {
        ok = fail(c, p + "/data", "array", v16);
      } else {
        for (let i17 = 0; i17 < v16.length; i17++) {
          const v18 = v16[i17];
          if (!checkConversation(v18, p + "/data/" + i17, c)) ok = false;
        }
      }
    }
    const v19 = o15["nextPageToken"];
    if (!(v19 === null || typeof v19 === "string")) ok = bad(c, p + "/nextPageToken", v19, rule$1, true) && ok;
    const v20 = o15["totalItems"];
    if (!(typeof v20 === "number" && Number.isInteger(v20))) ok = bad(c, p + "/totalItems", v20, rule$4, true) && ok;
    if (c.scan) {
      for (const k21 in o15) {
        switch (k21) {
          case "data":
          case "nextPageToken":
          case "totalItems":
            break;
          default: {
            if (!unknownProperty(c, p, k21, o15[k21])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkConversationBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkConversationUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkConversationNotPhoneNumberUserError(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkConversationNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkConversationUnknownError(v, p, c)) ok = false;
  return ok;
}
const listConversationsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  listConversationsChecks,
  listConversationsRequest,
  listConversationsResponse200,
  listConversationsResponse400,
  listConversationsResponse401,
  listConversationsResponse403,
  listConversationsResponse404,
  listConversationsResponse500,
  listConversationsResponses
};
