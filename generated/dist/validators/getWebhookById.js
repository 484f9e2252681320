import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$4, rule$43 } from "./constants.js";
import { checkWebhook, checkWebhookForbiddenError, checkWebhookInvalidVersionError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string" && pattern$4.test(v2))) ok = bad(c, p + "/id", v2, rule$43, true) && ok;
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
const getWebhookByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "Webhook");
    } else {
      if (!checkWebhook(v5, p + "/data", c)) ok = false;
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
const getWebhookByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookInvalidVersionError(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const getWebhookByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getWebhookByIdResponses = {
  200: getWebhookByIdResponse200,
  400: getWebhookByIdResponse400,
  401: getWebhookByIdResponse401,
  403: getWebhookByIdResponse403,
  404: getWebhookByIdResponse404,
  500: getWebhookByIdResponse500
};
const getWebhookByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getWebhookByIdChecks,
  getWebhookByIdRequest,
  getWebhookByIdResponse200,
  getWebhookByIdResponse400,
  getWebhookByIdResponse401,
  getWebhookByIdResponse403,
  getWebhookByIdResponse404,
  getWebhookByIdResponse500,
  getWebhookByIdResponses
};
