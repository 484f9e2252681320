import { bad, createValidator, fail, unknownProperty } from "../runtime/validation.js";
import { pattern$12, rule$41 } from "./constants.js";
import { checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && pattern$12.test(v2))) ok = bad(c, p + "/webhookId", v2, rule$41, true) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "webhookId":
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
const deleteWebhookByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const deleteWebhookByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const deleteWebhookByIdResponses = {
  400: deleteWebhookByIdResponse400,
  401: deleteWebhookByIdResponse401,
  403: deleteWebhookByIdResponse403,
  404: deleteWebhookByIdResponse404,
  500: deleteWebhookByIdResponse500
};
const deleteWebhookByIdChecks = {
  request: request$,
  responses: {}
};
export {
  deleteWebhookByIdChecks,
  deleteWebhookByIdRequest,
  deleteWebhookByIdResponse400,
  deleteWebhookByIdResponse401,
  deleteWebhookByIdResponse403,
  deleteWebhookByIdResponse404,
  deleteWebhookByIdResponse500,
  deleteWebhookByIdResponses
};
