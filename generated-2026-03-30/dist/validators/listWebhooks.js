import { createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { checkWebhook, checkWebhookForbiddenError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    if (c.scan) {
      for (const k2 in o1) {
        if (!unknownProperty(c, p, k2, o1[k2])) ok = false;
      }
    }
  }
  return ok;
}
const listWebhooksRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o3 = v;
    const v4 = o3["data"];
    if (v4 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v4)) {
        ok = fail(c, p + "/data", "array", v4);
      } else {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (!checkWebhook(v6, p + "/data/" + i5, c)) ok = false;
        }
      }
    }
    if (c.scan) {
      for (const k7 in o3) {
        switch (k7) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k7, o3[k7])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listWebhooksResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listWebhooksResponses = {
  200: listWebhooksResponse200,
  401: listWebhooksResponse401,
  403: listWebhooksResponse403,
  500: listWebhooksResponse500
};
const listWebhooksChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listWebhooksChecks,
  listWebhooksRequest,
  listWebhooksResponse200,
  listWebhooksResponse401,
  listWebhooksResponse403,
  listWebhooksResponse500,
  listWebhooksResponses
};
