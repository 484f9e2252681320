import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$2, rule$6 } from "./constants.js";
import { checkCallTranscript, checkCallTranscriptBadRequestError, checkCallTranscriptForbiddenError, checkCallTranscriptNotFoundError, checkCallTranscriptUnauthorizedError, checkCallTranscriptUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string" && pattern$2.test(v2))) ok = bad(c, p + "/id", v2, rule$6, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "id":
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
const getCallTranscriptRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "CallTranscript");
    } else {
      if (!checkCallTranscript(v5, p + "/data", c)) ok = false;
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
const getCallTranscriptResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkCallTranscriptBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getCallTranscriptResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkCallTranscriptUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getCallTranscriptResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkCallTranscriptForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getCallTranscriptResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkCallTranscriptNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getCallTranscriptResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallTranscriptUnknownError(v, p, c)) ok = false;
  return ok;
}
const getCallTranscriptResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getCallTranscriptResponses = {
  200: getCallTranscriptResponse200,
  400: getCallTranscriptResponse400,
  401: getCallTranscriptResponse401,
  403: getCallTranscriptResponse403,
  404: getCallTranscriptResponse404,
  500: getCallTranscriptResponse500
};
const getCallTranscriptChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getCallTranscriptChecks,
  getCallTranscriptRequest,
  getCallTranscriptResponse200,
  getCallTranscriptResponse400,
  getCallTranscriptResponse401,
  getCallTranscriptResponse403,
  getCallTranscriptResponse404,
  getCallTranscriptResponse500,
  getCallTranscriptResponses
};
