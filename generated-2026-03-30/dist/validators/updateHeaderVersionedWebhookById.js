import { bad, createValidator, fail, isUri, missing, unknownProperty } from "../runtime/validation.js";
import { enum$2, pattern$12, pattern$3, rule$2, rule$31, rule$36, rule$39, rule$41, rule$44, rule$45 } from "./constants.js";
import { checkWebhook, checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function variant$10(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i11 = 0; i11 < v.length; i11++) {
      const v12 = v[i11];
      if (!(typeof v12 === "string" && pattern$3.test(v12))) ok = bad(c, p + "/" + i11, v12, rule$36) && ok;
    }
  }
  return ok;
}
function variant$13(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = fail(c, p, "array of exactly 1 item", v);
  } else {
    for (let i14 = 0; i14 < v.length; i14++) {
      const v15 = v[i14];
      if (!(v15 === "*")) ok = bad(c, p + "/" + i14, v15, rule$44) && ok;
    }
  }
  return ok;
}
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && pattern$12.test(v2))) ok = bad(c, p + "/webhookId", v2, rule$41, true) && ok;
    const v3 = o1["events"];
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) {
        ok = fail(c, p + "/events", "array", v3);
      } else if (v3.length < 1) {
        ok = fail(c, p + "/events", "array of at least 1 item", v3);
      } else {
        for (let i4 = 0; i4 < v3.length; i4++) {
          const v5 = v3[i4];
          if (!enum$2.has(v5)) ok = bad(c, p + "/events/" + i4, v5, rule$39) && ok;
        }
      }
    }
    const v6 = o1["label"];
    if (v6 !== void 0 && !(v6 === null || typeof v6 === "string")) ok = bad(c, p + "/label", v6, rule$2) && ok;
    const v7 = o1["resourceIds"];
    if (v7 !== void 0) {
      if (v7 !== null) {
        const p8 = p + "/resourceIds";
        c.quiet++;
        const m9 = variant$10(v7, p8, c) ? 0 : variant$13(v7, p8, c) ? 1 : -1;
        c.quiet--;
        if (m9 === -1) {
          ok = fail(c, p + "/resourceIds", "array or array or null", v7);
        } else if (c.quiet === 0 && c.onUnknown !== void 0) {
          if (m9 === 0) variant$10(v7, p8, c);
          if (m9 === 1) variant$13(v7, p8, c);
        }
      }
    }
    const v16 = o1["status"];
    if (v16 !== void 0 && !(v16 === "enabled" || v16 === "disabled")) ok = bad(c, p + "/status", v16, rule$45) && ok;
    const v17 = o1["url"];
    if (v17 !== void 0 && !(typeof v17 === "string" && isUri(v17))) ok = bad(c, p + "/url", v17, rule$31) && ok;
    if (c.scan) {
      for (const k18 in o1) {
        switch (k18) {
          case "webhookId":
          case "events":
          case "label":
          case "resourceIds":
          case "status":
          case "url":
            break;
          default: {
            if (!unknownProperty(c, p, k18, o1[k18])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateHeaderVersionedWebhookByIdRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o19 = v;
    const v20 = o19["data"];
    if (v20 === void 0) {
      ok = missing(c, p + "/data", "Webhook");
    } else {
      if (!checkWebhook(v20, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k21 in o19) {
        switch (k21) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k21, o19[k21])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const updateHeaderVersionedWebhookByIdResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const updateHeaderVersionedWebhookByIdResponses = {
  200: updateHeaderVersionedWebhookByIdResponse200,
  400: updateHeaderVersionedWebhookByIdResponse400,
  401: updateHeaderVersionedWebhookByIdResponse401,
  403: updateHeaderVersionedWebhookByIdResponse403,
  404: updateHeaderVersionedWebhookByIdResponse404,
  500: updateHeaderVersionedWebhookByIdResponse500
};
const updateHeaderVersionedWebhookByIdChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  updateHeaderVersionedWebhookByIdChecks,
  updateHeaderVersionedWebhookByIdRequest,
  updateHeaderVersionedWebhookByIdResponse200,
  updateHeaderVersionedWebhookByIdResponse400,
  updateHeaderVersionedWebhookByIdResponse401,
  updateHeaderVersionedWebhookByIdResponse403,
  updateHeaderVersionedWebhookByIdResponse404,
  updateHeaderVersionedWebhookByIdResponse500,
  updateHeaderVersionedWebhookByIdResponses
};
