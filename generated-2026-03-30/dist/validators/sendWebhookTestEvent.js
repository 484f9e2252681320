import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { enum$2, pattern$12, rule$13, rule$39, rule$40, rule$41, rule$5 } from "./constants.js";
import { checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookTestEvent, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && pattern$12.test(v2))) ok = bad(c, p + "/webhookId", v2, rule$41, true) && ok;
    const v3 = o1["eventType"];
    if (!enum$2.has(v3)) ok = bad(c, p + "/eventType", v3, rule$39, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "webhookId":
          case "eventType":
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
const sendWebhookTestEventRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["apiVersion"];
    if (!(v6 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v6, rule$40, true) && ok;
    const v7 = o5["createdAt"];
    if (!(typeof v7 === "string" && isDateTime(v7))) ok = bad(c, p + "/createdAt", v7, rule$5, true) && ok;
    const v8 = o5["data"];
    if (v8 === void 0) {
      ok = missing(c, p + "/data", "WebhookTestEvent");
    } else {
      if (!checkWebhookTestEvent(v8, p + "/data", c)) ok = false;
    }
    const v9 = o5["id"];
    if (!(typeof v9 === "string")) ok = bad(c, p + "/id", v9, rule$13, true) && ok;
    const v10 = o5["type"];
    if (!enum$2.has(v10)) ok = bad(c, p + "/type", v10, rule$39, true) && ok;
    if (c.scan) {
      for (const k11 in o5) {
        switch (k11) {
          case "apiVersion":
          case "createdAt":
          case "data":
          case "id":
          case "type":
            break;
          default: {
            if (!unknownProperty(c, p, k11, o5[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const sendWebhookTestEventResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const sendWebhookTestEventResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const sendWebhookTestEventResponses = {
  200: sendWebhookTestEventResponse200,
  400: sendWebhookTestEventResponse400,
  401: sendWebhookTestEventResponse401,
  403: sendWebhookTestEventResponse403,
  404: sendWebhookTestEventResponse404,
  500: sendWebhookTestEventResponse500
};
const sendWebhookTestEventChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  sendWebhookTestEventChecks,
  sendWebhookTestEventRequest,
  sendWebhookTestEventResponse200,
  sendWebhookTestEventResponse400,
  sendWebhookTestEventResponse401,
  sendWebhookTestEventResponse403,
  sendWebhookTestEventResponse404,
  sendWebhookTestEventResponse500,
  sendWebhookTestEventResponses
};
