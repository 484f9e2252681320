import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$12, rule$41, rule$67 } from "./constants.js";
import { checkGetWebhookDeliveryWebhookDelivery, checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["deliveryId"];
    if (!(typeof v2 === "string" && v2.length > 0)) ok = bad(c, p + "/deliveryId", v2, rule$67, true) && ok;
    const v3 = o1["webhookId"];
    if (!(typeof v3 === "string" && pattern$12.test(v3))) ok = bad(c, p + "/webhookId", v3, rule$41, true) && ok;
    if (c.scan) {
      for (const k4 in o1) {
        switch (k4) {
          case "deliveryId":
          case "webhookId":
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
const getWebhookDeliveryRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
    const v6 = o5["data"];
    if (v6 === void 0) {
      ok = missing(c, p + "/data", "GetWebhookDeliveryWebhookDelivery");
    } else {
      if (!checkGetWebhookDeliveryWebhookDelivery(v6, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k7 in o5) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o5[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const getWebhookDeliveryResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const getWebhookDeliveryResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const getWebhookDeliveryResponses = {
  200: getWebhookDeliveryResponse200,
  400: getWebhookDeliveryResponse400,
  401: getWebhookDeliveryResponse401,
  403: getWebhookDeliveryResponse403,
  404: getWebhookDeliveryResponse404,
  500: getWebhookDeliveryResponse500
};
const getWebhookDeliveryChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  getWebhookDeliveryChecks,
  getWebhookDeliveryRequest,
  getWebhookDeliveryResponse200,
  getWebhookDeliveryResponse400,
  getWebhookDeliveryResponse401,
  getWebhookDeliveryResponse403,
  getWebhookDeliveryResponse404,
  getWebhookDeliveryResponse500,
  getWebhookDeliveryResponses
};
