import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$0, pattern$1, pattern$3, pattern$6, rule$13, rule$2, rule$30, rule$36, rule$51, rule$52, rule$6, rule$65 } from "./constants.js";
import { checkCallUnknownError, checkListMessagesCreatedAt, checkMessage, checkMessageUnprocessableEntityError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError } from "./models.js";
function variant$12(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o13 = v;
    const v14 = o13["all"];
    if (v14 !== void 0 && !(typeof v14 === "string")) ok = bad(c, p + "/all", v14, rule$13) && ok;
    if (c.scan) {
      for (const k15 in o13) {
        switch (k15) {
          case "all":
            break;
          default: {
            if (!unknownProperty(c, p, k15, o13[k15])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
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
      if (!checkListMessagesCreatedAt(v3, p + "/createdAt", c)) ok = false;
    }
    const v4 = o1["direction"];
    if (v4 !== void 0 && !(v4 === "incoming" || v4 === "outgoing")) ok = bad(c, p + "/direction", v4, rule$6) && ok;
    const v5 = o1["from"];
    if (v5 !== void 0 && !(typeof v5 === "string" && pattern$0.test(v5) || typeof v5 === "string" && pattern$6.test(v5) || (v5 === "Anonymous" || v5 === "Restricted" || v5 === "Blocked"))) ok = bad(c, p + "/from", v5, rule$51) && ok;
    const v6 = o1["limit"];
    if (v6 !== void 0 && !(typeof v6 === "number" && Number.isInteger(v6) && v6 >= 1 && v6 <= 50)) ok = bad(c, p + "/limit", v6, rule$65) && ok;
    const v7 = o1["phoneNumberId"];
    if (v7 !== void 0 && !(typeof v7 === "string" && pattern$3.test(v7))) ok = bad(c, p + "/phoneNumberId", v7, rule$36) && ok;
    const v8 = o1["status"];
    if (v8 !== void 0 && !(v8 === "queued" || v8 === "sent" || v8 === "delivered" || v8 === "undelivered" || v8 === "received" || v8 === "failed")) ok = bad(c, p + "/status", v8, rule$52) && ok;
    const v9 = o1["to"];
    if (v9 !== void 0) {
      const p10 = p + "/to";
      c.quiet++;
      const m11 = typeof v9 === "string" && pattern$0.test(v9) || typeof v9 === "string" && pattern$6.test(v9) || (v9 === "Anonymous" || v9 === "Restricted" || v9 === "Blocked") ? 0 : variant$12(v9, p10, c) ? 1 : -1;
      c.quiet--;
      if (m11 === -1) {
        ok = fail(c, p + "/to", 'string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^[0-9]{3,8}$/ or one of "Anonymous", "Restricted", "Blocked" or object', v9);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m11 === 1) variant$12(v9, p10, c);
      }
    }
    const v16 = o1["userId"];
    if (v16 !== void 0 && !(typeof v16 === "string" && pattern$1.test(v16))) ok = bad(c, p + "/userId", v16, rule$30) && ok;
    if (c.scan) {
      for (const k17 in o1) {
        switch (k17) {
          case "after":
          case "createdAt":
          case "direction":
          case "from":
          case "limit":
          case "phoneNumberId":
          case "status":
          case "to":
          case "userId":
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
const listMessagesRequest = /* @__PURE__ */ createValidator(request$, true);
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
          if (!checkMessage(v21, p + "/data/" + i20, c)) ok = false;
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
const listMessagesResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$422(v, p, c) {
  let ok = true;
  if (!checkMessageUnprocessableEntityError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse422 = /* @__PURE__ */ createValidator(response$422, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listMessagesResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listMessagesResponses = {
  200: listMessagesResponse200,
  400: listMessagesResponse400,
  401: listMessagesResponse401,
  403: listMessagesResponse403,
  404: listMessagesResponse404,
  422: listMessagesResponse422,
  500: listMessagesResponse500
};
const listMessagesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listMessagesChecks,
  listMessagesRequest,
  listMessagesResponse200,
  listMessagesResponse400,
  listMessagesResponse401,
  listMessagesResponse403,
  listMessagesResponse404,
  listMessagesResponse422,
  listMessagesResponse500,
  listMessagesResponses
};
