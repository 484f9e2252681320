import { bad, createValidator, fail, isDateTime, missing, unknownProperty } from "../runtime/validation.js";
import { enum$2, pattern$12, rule$13, rule$2, rule$37, rule$39, rule$41, rule$5, rule$65, rule$67 } from "./constants.js";
import { checkListMessagesCreatedAt, checkSource, checkWebhookBadRequestError, checkWebhookDelivery, checkWebhookForbiddenError, checkWebhookNotFoundError, checkWebhookUnauthorizedError, checkWebhookUnknownError } from "./models.js";
function request$(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["webhookId"];
    if (!(typeof v2 === "string" && pattern$12.test(v2))) ok = bad(c, p + "/webhookId", v2, rule$41, true) && ok;
    const v3 = o1["after"];
    if (v3 !== void 0 && !(typeof v3 === "string")) ok = bad(c, p + "/after", v3, rule$13) && ok;
    const v4 = o1["createdAfter"];
    if (v4 !== void 0 && !(typeof v4 === "string" && isDateTime(v4))) ok = bad(c, p + "/createdAfter", v4, rule$5) && ok;
    const v5 = o1["createdAt"];
    if (v5 !== void 0) {
      if (!checkListMessagesCreatedAt(v5, p + "/createdAt", c)) ok = false;
    }
    const v6 = o1["createdBefore"];
    if (v6 !== void 0 && !(typeof v6 === "string" && isDateTime(v6))) ok = bad(c, p + "/createdBefore", v6, rule$5) && ok;
    const v7 = o1["eventType"];
    if (v7 !== void 0) {
      const p8 = p + "/eventType";
      c.quiet++;
      const m9 = enum$2.has(v7) ? 0 : checkSource(v7, p8, c) ? 1 : -1;
      c.quiet--;
      if (m9 === -1) {
        ok = fail(c, p + "/eventType", 'one of "message.received", "message.delivered", "message.failed", "message.undelivered", "call.ringing", "call.answered", "call.completed", "call.missed", \u2026 or Source', v7);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m9 === 1) checkSource(v7, p8, c);
      }
    }
    const v10 = o1["eventTypes"];
    if (v10 !== void 0) {
      if (!Array.isArray(v10)) {
        ok = fail(c, p + "/eventTypes", "array", v10);
      } else {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (!enum$2.has(v12)) ok = bad(c, p + "/eventTypes/" + i11, v12, rule$39) && ok;
        }
      }
    }
    const v13 = o1["limit"];
    if (v13 !== void 0 && !(typeof v13 === "number" && Number.isInteger(v13) && v13 >= 1 && v13 <= 50)) ok = bad(c, p + "/limit", v13, rule$65) && ok;
    const v14 = o1["resourceId"];
    if (v14 !== void 0 && !(typeof v14 === "string" && v14.length > 0)) ok = bad(c, p + "/resourceId", v14, rule$67) && ok;
    const v15 = o1["status"];
    if (v15 !== void 0 && !(v15 === "success" || v15 === "pending" || v15 === "sending" || v15 === "failed")) ok = bad(c, p + "/status", v15, rule$37) && ok;
    if (c.scan) {
      for (const k16 in o1) {
        switch (k16) {
          case "webhookId":
          case "after":
          case "createdAfter":
          case "createdAt":
          case "createdBefore":
          case "eventType":
          case "eventTypes":
          case "limit":
          case "resourceId":
          case "status":
            break;
          default: {
            if (!unknownProperty(c, p, k16, o1[k16])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listWebhookDeliveriesRequest = /* @__PURE__ */ createValidator(request$, true);
function response$200(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o17 = v;
    const v18 = o17["data"];
    if (v18 === void 0) {
      ok = missing(c, p + "/data", "array");
    } else {
      if (!Array.isArray(v18)) {
        ok = fail(c, p + "/data", "array", v18);
      } else {
        for (let i19 = 0; i19 < v18.length; i19++) {
          const v20 = v18[i19];
          if (!checkWebhookDelivery(v20, p + "/data/" + i19, c)) ok = false;
        }
      }
    }
    const v21 = o17["nextCursor"];
    if (!(v21 === null || typeof v21 === "string")) ok = bad(c, p + "/nextCursor", v21, rule$2, true) && ok;
    if (c.scan) {
      for (const k22 in o17) {
        switch (k22) {
          case "data":
          case "nextCursor":
            break;
          default: {
            if (!unknownProperty(c, p, k22, o17[k22])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const listWebhookDeliveriesResponse200 = /* @__PURE__ */ createValidator(response$200, false);
function response$400(v, p, c) {
  let ok = true;
  if (!checkWebhookBadRequestError(v, p, c)) ok = false;
  return ok;
}
const listWebhookDeliveriesResponse400 = /* @__PURE__ */ createValidator(response$400, false);
function response$401(v, p, c) {
  let ok = true;
  if (!checkWebhookUnauthorizedError(v, p, c)) ok = false;
  return ok;
}
const listWebhookDeliveriesResponse401 = /* @__PURE__ */ createValidator(response$401, false);
function response$403(v, p, c) {
  let ok = true;
  if (!checkWebhookForbiddenError(v, p, c)) ok = false;
  return ok;
}
const listWebhookDeliveriesResponse403 = /* @__PURE__ */ createValidator(response$403, false);
function response$404(v, p, c) {
  let ok = true;
  if (!checkWebhookNotFoundError(v, p, c)) ok = false;
  return ok;
}
const listWebhookDeliveriesResponse404 = /* @__PURE__ */ createValidator(response$404, false);
function response$500(v, p, c) {
  let ok = true;
  if (!checkWebhookUnknownError(v, p, c)) ok = false;
  return ok;
}
const listWebhookDeliveriesResponse500 = /* @__PURE__ */ createValidator(response$500, false);
const listWebhookDeliveriesResponses = {
  200: listWebhookDeliveriesResponse200,
  400: listWebhookDeliveriesResponse400,
  401: listWebhookDeliveriesResponse401,
  403: listWebhookDeliveriesResponse403,
  404: listWebhookDeliveriesResponse404,
  500: listWebhookDeliveriesResponse500
};
const listWebhookDeliveriesChecks = {
  request: request$,
  responses: { 200: response$200 }
};
export {
  listWebhookDeliveriesChecks,
  listWebhookDeliveriesRequest,
  listWebhookDeliveriesResponse200,
  listWebhookDeliveriesResponse400,
  listWebhookDeliveriesResponse401,
  listWebhookDeliveriesResponse403,
  listWebhookDeliveriesResponse404,
  listWebhookDeliveriesResponse500,
  listWebhookDeliveriesResponses
};
