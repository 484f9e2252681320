import { bad, createValidator, fail, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, rule$10 } from "./constants.js";
import { checkWebhook, checkWebhookForbiddenError, checkWebhookInvalidVersionError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  if (v === void 0) return true;
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["userId"];
    if (v2 !== void 0 && !(typeof v2 === "string" && pattern$1.test(v2))) ok = bad(c, p + "/userId", v2, rule$10) && ok;
    if (c.scan) {
      for (const k3 in o1) {
        switch (k3) {
          case "userId":
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
const listWebhooksRequest = /* @__PURE__ */ createValidator(request$, true);
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
          if (!checkWebhook(v7, p + "/data/" + i6, c)) ok = false;
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
const listWebhooksResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookInvalidVersionError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse400 = /* @__PURE__ */ createValidator(response$400, false);
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
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const listWebhooksResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listWebhooksResponses = {
  200: listWebhooksResponse200,
  400: listWebhooksResponse400,
  401: listWebhooksResponse401,
  403: listWebhooksResponse403,
  404: listWebhooksResponse404,
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
  listWebhooksResponse400,
  listWebhooksResponse401,
  listWebhooksResponse403,
  listWebhooksResponse404,
  listWebhooksResponse500,
  listWebhooksResponses
};
