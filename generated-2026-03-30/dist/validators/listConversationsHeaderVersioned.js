import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$3, rule$13, rule$2, rule$65, rule$68 } from "./constants.js";
import { checkCallUnknownError, checkCreatedAt, checkMarkConversationAsDone, checkSource, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["after"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = bad(c, p + "/after", v2, rule$13) && ok;
    const v3 = o1["createdAt"];
    if (v3 !== void 0) {
      if (!checkCreatedAt(v3, p + "/createdAt", c)) ok = false;
    }
    const v4 = o1["limit"];
    if (v4 !== void 0 && !(typeof v4 === "number" && Number.isInteger(v4) && v4 >= 1 && v4 <= 50)) ok = bad(c, p + "/limit", v4, rule$65) && ok;
    const v5 = o1["phoneNumberId"];
    if (v5 !== void 0) {
      const p6 = p + "/phoneNumberId";
      c.quiet++;
      const m7 = typeof v5 === "string" && pattern$3.test(v5) ? 0 : checkSource(v5, p6, c) ? 1 : -1;
      c.quiet--;
      if (m7 === -1) {
        ok = fail(c, p + "/phoneNumberId", "string matching /^PN(.*)$/ or Source", v5);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m7 === 1) checkSource(v5, p6, c);
      }
    }
    const v8 = o1["sort"];
    if (v8 !== void 0 && !(v8 === "createdAt:asc" || v8 === "createdAt:desc" || v8 === "updatedAt:asc" || v8 === "updatedAt:desc")) ok = bad(c, p + "/sort", v8, rule$68) && ok;
    const v9 = o1["updatedAt"];
    if (v9 !== void 0) {
      if (!checkCreatedAt(v9, p + "/updatedAt", c)) ok = false;
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
            if (!unknownProperty(c, p, k10, o1[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsHeaderVersionedRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o11 = v;
    const v12 = o11["data"];
    if (v12 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = fail(c, p + "/data", "array", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!checkMarkConversationAsDone(v14, p + "/data/" + i13, c)) ok = false;
        }
      }
    }
    const v15 = o11["nextCursor"];
    if (!(v15 === null || typeof v15 === "string")) ok = bad(c, p + "/nextCursor", v15, rule$2, true) && ok;
    if (c.scan) {
      for (const k16 in o11) {
        switch (k16) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k16, o11[k16])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listConversationsHeaderVersionedResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listConversationsHeaderVersionedResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  listConversationsHeaderVersionedChecks,
  listConversationsHeaderVersionedRequest,
  listConversationsHeaderVersionedResponse200,
  listConversationsHeaderVersionedResponse400,
  listConversationsHeaderVersionedResponse401,
  listConversationsHeaderVersionedResponse403,
  listConversationsHeaderVersionedResponse404,
  listConversationsHeaderVersionedResponse500,
  listConversationsHeaderVersionedResponses
};
