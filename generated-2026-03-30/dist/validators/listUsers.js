import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { rule$13, rule$2, rule$65 } from "./constants.js";
import { checkCallUnknownError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskUnauthorizedError, checkUser } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["after"];
    if (v2 !== void 0 && !(typeof v2 === "string")) ok = bad(c, p + "/after", v2, rule$13) && ok;
    const v3 = o1["limit"];
    if (v3 !== void 0 && !(typeof v3 === "number" && Number.isInteger(v3) && v3 >= 1 && v3 <= 50)) ok = bad(c, p + "/limit", v3, rule$65) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "after":
          case "limit":
            break;
          default: {
            if (!unknownProperty(c, p, k4, o1[k4])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUsersRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v6)) {
        ok = fail(c, p + "/data", "array", v6);
      } else {
        for (let i7 = 0; i7 < v6.length; i7++) {
          const v8 = v6[i7];
          if (!checkUser(v8, p + "/data/" + i7, c)) ok = false;
        }
      }
    }
    const v9 = o5["nextCursor"];
    if (!(v9 === null || typeof v9 === "string")) ok = bad(c, p + "/nextCursor", v9, rule$2, true) && ok;
    if (c.scan) {
      for (const k10 in o5) {
        switch (k10) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k10, o5[k10])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listUsersResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const listUsersResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  listUsersChecks,
  listUsersRequest,
  listUsersResponse200,
  listUsersResponse400,
  listUsersResponse401,
  listUsersResponse403,
  listUsersResponse500,
  listUsersResponses
};
