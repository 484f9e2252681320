import { bad, createValidator, fail, hasDuplicates, missing, unknownProperty } from "../runtime/validation.js";
import { enum$0, pattern$0, pattern$1, pattern$2, pattern$3, rule$1, rule$13, rule$2, rule$36, rule$6, rule$64, rule$65 } from "./constants.js";
import { checkCall, checkCallUnknownError, checkCreatedAt, checkSource, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["actorId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && pattern$1.test(v2) || typeof v2 === "string" && pattern$2.test(v2))) ok = bad(c, p + "/actorId", v2, rule$1) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = bad(c, p + "/after", v3, rule$13) && ok;
    const v4 = o1["createdAt"];
    if (v4 !== void 0) {
      if (!checkCreatedAt(v4, p + "/createdAt", c)) ok = false;
    }
    const v5 = o1["direction"];
    if (v5 !== void 0 && !(v5 === "incoming" || v5 === "outgoing")) ok = bad(c, p + "/direction", v5, rule$6) && ok;
    const v6 = o1["include"];
    if (v6 !== void 0) {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/include", "array", v6);
      } else if (v6.length > 2) {
        ok = fail(c, p + "/include", "array of at most 2 items", v6);
      } else if (hasDuplicates(v6)) {
        ok = fail(c, p + "/include", "array of unique items", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!(v8 === "summary" || v8 === "voicemail")) ok = bad(c, p + "/include/" + i7, v8, rule$64) && ok;
        }
      }
    }
    const v9 = o1["limit"];
    if (v9 !== void 0 && !(typeof v9 === "number" && Number.isInteger(v9) && v9 >= 1 && v9 <= 50)) ok = bad(c, p + "/limit", v9, rule$65) && ok;
    const v10 = o1["participant"];
    if (v10 !== void 0) {
      const p11 = p + "/participant";
      c.quiet++;
      const m12 = typeof v10 === "string" && pattern$0.test(v10) ? 0 : checkSource(v10, p11, c) ? 1 : -1;
      c.quiet--;
      if (m12 === -1) {
        ok = fail(c, p + "/participant", "string matching /^\\+[1-9]\\d{1,14}$/ or Source", v10);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m12 === 1) checkSource(v10, p11, c);
      }
    }
    const v13 = o1["phoneNumberId"];
    if (v13 !== void 0 && !(typeof v13 === "string" && pattern$3.test(v13))) ok = bad(c, p + "/phoneNumberId", v13, rule$36) && ok;
    const v14 = o1["status"];
    if (v14 !== void 0) {
      const p15 = p + "/status";
      c.quiet++;
      const m16 = enum$0.has(v14) ? 0 : checkSource(v14, p15, c) ? 1 : -1;
      c.quiet--;
      if (m16 === -1) {
        ok = fail(c, p + "/status", 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026 or Source', v14);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m16 === 1) checkSource(v14, p15, c);
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
            if (!unknownProperty(c, p, k17, o1[k17])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listCallsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o18 = v;
    const v19 = o18["data"];
    if (v19 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v19)) {
        ok = fail(c, p + "/data", "array", v19);
      } else {
        for (let i20 = 0; i20 < v19.length; i20++) {
          const v21 = v19[i20];
          if (!checkCall(v21, p + "/data/" + i20, c)) ok = false;
        }
      }
    }
    const v22 = o18["nextCursor"];
    if (!(v22 === null || typeof v22 === "string")) ok = bad(c, p + "/nextCursor", v22, rule$2, true) && ok;
    if (c.scan) {
      for (const k23 in o18) {
        switch (k23) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k23, o18[k23])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listCallsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listCallsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  listCallsChecks,
  listCallsRequest,
  listCallsResponse200,
  listCallsResponse400,
  listCallsResponse401,
  listCallsResponse403,
  listCallsResponse404,
  listCallsResponse500,
  listCallsResponses
};
