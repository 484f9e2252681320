import { bad, createValidator, fail, isUri, missing, unknownProperty } from "../runtime/validation.js";
import { pattern$1, pattern$3, rule$10, rule$103, rule$13, rule$45, rule$46, rule$47, rule$8 } from "./constants.js";
import { checkMessageWebhook, checkWebhookForbiddenError, checkWebhookInvalidVersionError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function variant$9(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i10 = 0; i10 < v.length; i10++) {
      const v11 = v[i10];
      if (!(typeof v11 === "string" && pattern$3.test(v11))) ok = bad(c, p + "/" + i10, v11, rule$8) && ok;
    }
  }
  return ok;
}
function variant$12(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i13 = 0; i13 < v.length; i13++) {
      const v14 = v[i13];
      if (!(v14 === "*")) ok = bad(c, p + "/" + i13, v14, rule$45) && ok;
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
    const v2 = o1["events"];
    if (v2 === void 0) {
      ok = missing(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v2)) {
        ok = fail(c, p + "/events", "array", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!(v4 === "message.received" || v4 === "message.delivered")) ok = bad(c, p + "/events/" + i3, v4, rule$103) && ok;
        }
      }
    }
    const v5 = o1["label"];
    if (v5 !== void 0 && !(typeof v5 === "string")) ok = bad(c, p + "/label", v5, rule$13) && ok;
    const v6 = o1["resourceIds"];
    if (v6 !== void 0) {
      const p7 = p + "/resourceIds";
      c.quiet++;
      const m8 = variant$9(v6, p7, c) ? 0 : variant$12(v6, p7, c) ? 1 : -1;
      c.quiet--;
      if (m8 === -1) {
        ok = fail(c, p + "/resourceIds", "array or array", v6);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m8 === 0) variant$9(v6, p7, c);
        if (m8 === 1) variant$12(v6, p7, c);
      }
    }
    const v15 = o1["status"];
    if (v15 !== void 0 && !(v15 === "enabled" || v15 === "disabled")) ok = bad(c, p + "/status", v15, rule$46) && ok;
    const v16 = o1["url"];
    if (!(typeof v16 === "string" && isUri(v16))) ok = bad(c, p + "/url", v16, rule$47, true) && ok;
    const v17 = o1["userId"];
    if (v17 !== void 0 && !(typeof v17 === "string" && pattern$1.test(v17))) ok = bad(c, p + "/userId", v17, rule$10) && ok;
    if (c.scan) {
      for (const k18 in o1) {
        switch (k18) {
          case "events":
          case "label":
          case "resourceIds":
          case "status":
          case "url":
          case "userId":
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
const createMessageWebhookRequest = /* @__PURE__ */ createValidator(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o19 = v;
    const v20 = o19["data"];
    if (v20 === void 0) {
      ok = missing(c, p + "/data", "MessageWebhook");
    } else {
      if (!checkMessageWebhook(v20, p + "/data", c)) ok = false;
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
const createMessageWebhookResponse201 = /* @__PURE__ */ createValidator(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookInvalidVersionError(v, p, c)) ok = false;
  return ok;
}
const createMessageWebhookResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const createMessageWebhookResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const createMessageWebhookResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const createMessageWebhookResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const createMessageWebhookResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const createMessageWebhookResponses = {
  201: createMessageWebhookResponse201,
  400: createMessageWebhookResponse400,
  401: createMessageWebhookResponse401,
  403: createMessageWebhookResponse403,
  404: createMessageWebhookResponse404,
  500: createMessageWebhookResponse500
};
const createMessageWebhookChecks = {
  request: request$,
  responses: { 201: response$201 }
};
export {
  createMessageWebhookChecks,
  createMessageWebhookRequest,
  createMessageWebhookResponse201,
  createMessageWebhookResponse400,
  createMessageWebhookResponse401,
  createMessageWebhookResponse403,
  createMessageWebhookResponse404,
  createMessageWebhookResponse500,
  createMessageWebhookResponses
};
