import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$2, rule$6 } from "./constants.js";
import { checkCallSummary, checkCallSummaryBadRequestError, checkCallSummaryForbiddenError, checkCallSummaryNotFoundError, checkCallSummaryUnauthorizedError, checkCallSummaryUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["callId"];
    if (!(typeof v2 === "string" && pattern$2.test(v2))) ok = bad(c, p + "/callId", v2, rule$6, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "callId":
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
const getCallSummaryRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "CallSummary");
    } else {
      if (!checkCallSummary(v5, p + "/data", c)) ok = false;
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
const getCallSummaryResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkCallSummaryBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkCallSummaryUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkCallSummaryForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkCallSummaryNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallSummaryUnknownError(v, p, c)) ok = false;
  return ok;
}
const getCallSummaryResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getCallSummaryResponses = {
  200: getCallSummaryResponse200,
  400: getCallSummaryResponse400,
  401: getCallSummaryResponse401,
  403: getCallSummaryResponse403,
  404: getCallSummaryResponse404,
  500: getCallSummaryResponse500
};
const getCallSummaryChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getCallSummaryChecks,
  getCallSummaryRequest,
  getCallSummaryResponse200,
  getCallSummaryResponse400,
  getCallSummaryResponse401,
  getCallSummaryResponse403,
  getCallSummaryResponse404,
  getCallSummaryResponse500,
  getCallSummaryResponses
};
