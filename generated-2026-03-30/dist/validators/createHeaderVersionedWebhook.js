import { bad, createValidator, fail, isUri, missing, unknownProperty } from "../runtime/validation.js";
import { enum$2, pattern$3, rule$13, rule$31, rule$36, rule$39, rule$44, rule$45 } from "./constants.js";
import { checkHeaderVersionedWebhook, checkWebhookBadRequestError, checkWebhookForbiddenError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function variant$9(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else if (v.length < 1) {
    ok = fail(c, p, "array of at least 1 item", v);
  } else {
    for (let i10 = 0; i10 < v.length; i10++) {
      const v11 = v[i10];
      if (!(typeof v11 === "string" && pattern$3.test(v11))) ok = bad(c, p + "/" + i10, v11, rule$36) && ok;
    }
  }
  return ok;
}
function variant$12(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = fail(c, p, "array of exactly 1 item", v);
  } else {
    for (let i13 = 0; i13 < v.length; i13++) {
      const v14 = v[i13];
      if (!(v14 === "*")) ok = bad(c, p + "/" + i13, v14, rule$44) && ok;
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
      } else if (v2.length < 1) {
        ok = fail(c, p + "/events", "array of at least 1 item", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!enum$2.has(v4)) ok = bad(c, p + "/events/" + i3, v4, rule$39) && ok;
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
    if (v15 !== void 0 && !(v15 === "enabled" || v15 === "disabled")) ok = bad(c, p + "/status", v15, rule$45) && ok;
    const v16 = o1["url"];
    if (!(typeof v16 === "string" && isUri(v16))) ok = bad(c, p + "/url", v16, rule$31, true) && ok;
    if (c.scan) {
      for (const k17 in o1) {
        switch (k17) {
          case "events":
          case "label":
          case "resourceIds":
          case "status":
          case "url":
            break;
          default: {
            if (!unknownProperty(c, p, k17, o1[k17])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createHeaderVersionedWebhookRequest = /* @__PURE__ */ createValidator(request$, true);
function response$201(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o18 = v;
    const v19 = o18["data"];
    if (v19 === void 0) {
      ok = missing(c, p + "/data", "HeaderVersionedWebhook");
    } else {
      if (!checkHeaderVersionedWebhook(v19, p + "/data", c)) ok = false;
    }
    if (c.scan) {
      for (const k20 in o18) {
        switch (k20) {
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k20, o18[k20])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const createHeaderVersionedWebhookResponse201 = /* @__PURE__ */ createValidator(response$201, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const createHeaderVersionedWebhookResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const createHeaderVersionedWebhookResponses = {
  201: createHeaderVersionedWebhookResponse201,
  400: createHeaderVersionedWebhookResponse400,
  401: createHeaderVersionedWebhookResponse401,
  403: createHeaderVersionedWebhookResponse403,
  500: createHeaderVersionedWebhookResponse500
};
const createHeaderVersionedWebhookChecks = {
  request: request$,
  responses: { 201: response$201 }
};
export {
  createHeaderVersionedWebhookChecks,
  createHeaderVersionedWebhookRequest,
  createHeaderVersionedWebhookResponse201,
  createHeaderVersionedWebhookResponse400,
  createHeaderVersionedWebhookResponse401,
  createHeaderVersionedWebhookResponse403,
  createHeaderVersionedWebhookResponse500,
  createHeaderVersionedWebhookResponses
};
