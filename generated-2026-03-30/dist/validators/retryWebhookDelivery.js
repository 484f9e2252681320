import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { pattern$12, rule$41, rule$67 } from "./constants.js";
import { checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
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
const retryWebhookDeliveryRequest = /* @__PURE__ */ createValidator(request$, true);
function response$202(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o5 = v;
  }
  return ok;
}
const retryWebhookDeliveryResponse202 = /* @__PURE__ */ createValidator(response$202, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const retryWebhookDeliveryResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const retryWebhookDeliveryResponses = {
  202: retryWebhookDeliveryResponse202,
  400: retryWebhookDeliveryResponse400,
  401: retryWebhookDeliveryResponse401,
  403: retryWebhookDeliveryResponse403,
  404: retryWebhookDeliveryResponse404,
  500: retryWebhookDeliveryResponse500
};
const retryWebhookDeliveryChecks = {
  request: request$,
  responses: { 202: response$202 }
};
export {
  retryWebhookDeliveryChecks,
  retryWebhookDeliveryRequest,
  retryWebhookDeliveryResponse202,
  retryWebhookDeliveryResponse400,
  retryWebhookDeliveryResponse401,
  retryWebhookDeliveryResponse403,
  retryWebhookDeliveryResponse404,
  retryWebhookDeliveryResponse500,
  retryWebhookDeliveryResponses
};
