import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$2, rule$6 } from "./constants.js";
import { checkCallRecording, checkCallRecordingBadRequestError, checkCallRecordingForbiddenError, checkCallRecordingNotFoundError, checkCallRecordingUnauthorizedError, checkCallRecordingUnknownError } from "./models.js";
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
const getCallRecordingsRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v5)) {
        ok = fail(c, p + "/data", "array", v5);
      } else {
        for (let i6 = 0; i6 < v5.length; i6++) {
          const v7 = v5[i6];
          if (!checkCallRecording(v7, p + "/data/" + i6, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k8 in o4) {
        switch (k8) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k8, o4[k8])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getCallRecordingsResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkCallRecordingBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkCallRecordingUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkCallRecordingForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkCallRecordingNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkCallRecordingUnknownError(v, p, c)) ok = false;
  return ok;
}
const getCallRecordingsResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getCallRecordingsResponses = {
  200: getCallRecordingsResponse200,
  400: getCallRecordingsResponse400,
  401: getCallRecordingsResponse401,
  403: getCallRecordingsResponse403,
  404: getCallRecordingsResponse404,
  500: getCallRecordingsResponse500
};
const getCallRecordingsChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getCallRecordingsChecks,
  getCallRecordingsRequest,
  getCallRecordingsResponse200,
  getCallRecordingsResponse400,
  getCallRecordingsResponse401,
  getCallRecordingsResponse403,
  getCallRecordingsResponse404,
  getCallRecordingsResponse500,
  getCallRecordingsResponses
};
