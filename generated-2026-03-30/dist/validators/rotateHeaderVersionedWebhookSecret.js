import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$12, rule$41 } from "./constants.js";
import { checkRotateHeaderVersionedWebhookSecret, checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
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
const rotateHeaderVersionedWebhookSecretRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o4 = v;
    const v5 = o4["data"];
    if (v5 === void 0) {
      ok = missing(c, p + "/data", "RotateHeaderVersionedWebhookSecret");
    } else {
      if (!checkRotateHeaderVersionedWebhookSecret(v5, p + "/data", c)) ok = false;
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
const rotateHeaderVersionedWebhookSecretResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const rotateHeaderVersionedWebhookSecretResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const rotateHeaderVersionedWebhookSecretResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const rotateHeaderVersionedWebhookSecretResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const rotateHeaderVersionedWebhookSecretResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const rotateHeaderVersionedWebhookSecretResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const rotateHeaderVersionedWebhookSecretResponses = {
  200: rotateHeaderVersionedWebhookSecretResponse200,
  400: rotateHeaderVersionedWebhookSecretResponse400,
  401: rotateHeaderVersionedWebhookSecretResponse401,
  403: rotateHeaderVersionedWebhookSecretResponse403,
  404: rotateHeaderVersionedWebhookSecretResponse404,
  500: rotateHeaderVersionedWebhookSecretResponse500
};
const rotateHeaderVersionedWebhookSecretChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  rotateHeaderVersionedWebhookSecretChecks,
  rotateHeaderVersionedWebhookSecretRequest,
  rotateHeaderVersionedWebhookSecretResponse200,
  rotateHeaderVersionedWebhookSecretResponse400,
  rotateHeaderVersionedWebhookSecretResponse401,
  rotateHeaderVersionedWebhookSecretResponse403,
  rotateHeaderVersionedWebhookSecretResponse404,
  rotateHeaderVersionedWebhookSecretResponse500,
  rotateHeaderVersionedWebhookSecretResponses
};
