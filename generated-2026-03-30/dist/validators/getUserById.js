import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, rule$30 } from "./constants.js";
import { checkCallUnknownError, checkTaskBadRequestError, checkTaskForbiddenError, checkTaskNotFoundError, checkTaskUnauthorizedError, checkUser } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (!(typeof v2 === "string" && pattern$1.test(v2))) ok = bad(c, p + "/userId", v2, rule$30, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "userId":
            break;
          default: {
            if (!unknownProperty(c, p, k3, o1[k3])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getUserByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "User");
    } else {
      if (!checkUser(v5, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k6 in o4) {
        switch (k6) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k6, o4[k6])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getUserByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkTaskBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkTaskUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkTaskForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkTaskNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallUnknownError(v, p, c)) ok = false;
  return ok;
}
const getUserByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
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
export {
  getUserByIdChecks,
  getUserByIdRequest,
  getUserByIdResponse200,
  getUserByIdResponse400,
  getUserByIdResponse401,
  getUserByIdResponse403,
  getUserByIdResponse404,
  getUserByIdResponse500,
  getUserByIdResponses
};
