var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var models_exports = {};
__export(models_exports, {
  CallBadRequestErrorValidator: () => CallBadRequestErrorValidator,
  CallNotFoundErrorValidator: () => CallNotFoundErrorValidator,
  CallNotPhoneNumberUserErrorValidator: () => CallNotPhoneNumberUserErrorValidator,
  CallRecordingBadRequestErrorValidator: () => CallRecordingBadRequestErrorValidator,
  CallRecordingForbiddenErrorValidator: () => CallRecordingForbiddenErrorValidator,
  CallRecordingNotFoundErrorValidator: () => CallRecordingNotFoundErrorValidator,
  CallRecordingUnauthorizedErrorValidator: () => CallRecordingUnauthorizedErrorValidator,
  CallRecordingUnknownErrorValidator: () => CallRecordingUnknownErrorValidator,
  CallRecordingValidator: () => CallRecordingValidator,
  CallSummaryBadRequestErrorValidator: () => CallSummaryBadRequestErrorValidator,
  CallSummaryForbiddenErrorValidator: () => CallSummaryForbiddenErrorValidator,
  CallSummaryNotFoundErrorValidator: () => CallSummaryNotFoundErrorValidator,
  CallSummaryUnauthorizedErrorValidator: () => CallSummaryUnauthorizedErrorValidator,
  CallSummaryUnknownErrorValidator: () => CallSummaryUnknownErrorValidator,
  CallSummaryValidator: () => CallSummaryValidator,
  CallSummaryWebhookValidator: () => CallSummaryWebhookValidator,
  CallTranscriptBadRequestErrorValidator: () => CallTranscriptBadRequestErrorValidator,
  CallTranscriptForbiddenErrorValidator: () => CallTranscriptForbiddenErrorValidator,
  CallTranscriptNotFoundErrorValidator: () => CallTranscriptNotFoundErrorValidator,
  CallTranscriptUnauthorizedErrorValidator: () => CallTranscriptUnauthorizedErrorValidator,
  CallTranscriptUnknownErrorValidator: () => CallTranscriptUnknownErrorValidator,
  CallTranscriptValidator: () => CallTranscriptValidator,
  CallTranscriptWebhookValidator: () => CallTranscriptWebhookValidator,
  CallUnauthorizedErrorValidator: () => CallUnauthorizedErrorValidator,
  CallUnknownErrorValidator: () => CallUnknownErrorValidator,
  CallValidator: () => CallValidator,
  CallWebhookValidator: () => CallWebhookValidator,
  CallingValidator: () => CallingValidator,
  ContactConflictErrorValidator: () => ContactConflictErrorValidator,
  ContactCustomFieldBadRequestErrorValidator: () => ContactCustomFieldBadRequestErrorValidator,
  ContactCustomFieldForbiddenErrorValidator: () => ContactCustomFieldForbiddenErrorValidator,
  ContactCustomFieldNotFoundErrorValidator: () => ContactCustomFieldNotFoundErrorValidator,
  ContactCustomFieldUnauthorizedErrorValidator: () => ContactCustomFieldUnauthorizedErrorValidator,
  ContactCustomFieldUnknownErrorValidator: () => ContactCustomFieldUnknownErrorValidator,
  ContactCustomFieldValidator: () => ContactCustomFieldValidator,
  ContactInvalidCustomFieldItemErrorValidator: () => ContactInvalidCustomFieldItemErrorValidator,
  ContactNotFoundErrorValidator: () => ContactNotFoundErrorValidator,
  ContactNotPhoneNumberUserErrorValidator: () => ContactNotPhoneNumberUserErrorValidator,
  ContactUnauthorizedErrorValidator: () => ContactUnauthorizedErrorValidator,
  ContactUnknownErrorValidator: () => ContactUnknownErrorValidator,
  ContactValidator: () => ContactValidator,
  ConversationBadRequestErrorValidator: () => ConversationBadRequestErrorValidator,
  ConversationNotFoundErrorValidator: () => ConversationNotFoundErrorValidator,
  ConversationNotPhoneNumberUserErrorValidator: () => ConversationNotPhoneNumberUserErrorValidator,
  ConversationUnauthorizedErrorValidator: () => ConversationUnauthorizedErrorValidator,
  ConversationUnknownErrorValidator: () => ConversationUnknownErrorValidator,
  ConversationValidator: () => ConversationValidator,
  CreateContactCustomFieldValidator: () => CreateContactCustomFieldValidator,
  CustomFieldValidator: () => CustomFieldValidator,
  DefaultFieldsEmailValidator: () => DefaultFieldsEmailValidator,
  DefaultFieldsValidator: () => DefaultFieldsValidator,
  EmailValidator: () => EmailValidator,
  ErrorDetailValidator: () => ErrorDetailValidator,
  MessageA2PRegistrationNotApprovedErrorValidator: () => MessageA2PRegistrationNotApprovedErrorValidator,
  MessageNotEnoughCreditsErrorValidator: () => MessageNotEnoughCreditsErrorValidator,
  MessageNotFoundErrorValidator: () => MessageNotFoundErrorValidator,
  MessageNotPhoneNumberUserErrorValidator: () => MessageNotPhoneNumberUserErrorValidator,
  MessageUnauthorizedErrorValidator: () => MessageUnauthorizedErrorValidator,
  MessageUnknownErrorValidator: () => MessageUnknownErrorValidator,
  MessageValidator: () => MessageValidator,
  MessageWebhookValidator: () => MessageWebhookValidator,
  PhoneNumberBadRequestErrorValidator: () => PhoneNumberBadRequestErrorValidator,
  PhoneNumberForbiddenErrorValidator: () => PhoneNumberForbiddenErrorValidator,
  PhoneNumberNotFoundErrorValidator: () => PhoneNumberNotFoundErrorValidator,
  PhoneNumberUnauthorizedErrorValidator: () => PhoneNumberUnauthorizedErrorValidator,
  PhoneNumberUnknownErrorValidator: () => PhoneNumberUnknownErrorValidator,
  PhoneNumberValidator: () => PhoneNumberValidator,
  UpdateContactByIdContactValidator: () => UpdateContactByIdContactValidator,
  WebhookForbiddenErrorValidator: () => WebhookForbiddenErrorValidator,
  WebhookInvalidVersionErrorValidator: () => WebhookInvalidVersionErrorValidator,
  WebhookNotFoundErrorValidator: () => WebhookNotFoundErrorValidator,
  WebhookUnauthorizedErrorValidator: () => WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator: () => WebhookUnknownErrorValidator,
  WebhookValidator: () => WebhookValidator,
  checkCall: () => checkCall,
  checkCallBadRequestError: () => checkCallBadRequestError,
  checkCallNotFoundError: () => checkCallNotFoundError,
  checkCallNotPhoneNumberUserError: () => checkCallNotPhoneNumberUserError,
  checkCallRecording: () => checkCallRecording,
  checkCallRecordingBadRequestError: () => checkCallRecordingBadRequestError,
  checkCallRecordingForbiddenError: () => checkCallRecordingForbiddenError,
  checkCallRecordingNotFoundError: () => checkCallRecordingNotFoundError,
  checkCallRecordingUnauthorizedError: () => checkCallRecordingUnauthorizedError,
  checkCallRecordingUnknownError: () => checkCallRecordingUnknownError,
  checkCallSummary: () => checkCallSummary,
  checkCallSummaryBadRequestError: () => checkCallSummaryBadRequestError,
  checkCallSummaryForbiddenError: () => checkCallSummaryForbiddenError,
  checkCallSummaryNotFoundError: () => checkCallSummaryNotFoundError,
  checkCallSummaryUnauthorizedError: () => checkCallSummaryUnauthorizedError,
  checkCallSummaryUnknownError: () => checkCallSummaryUnknownError,
  checkCallSummaryWebhook: () => checkCallSummaryWebhook,
  checkCallTranscript: () => checkCallTranscript,
  checkCallTranscriptBadRequestError: () => checkCallTranscriptBadRequestError,
  checkCallTranscriptForbiddenError: () => checkCallTranscriptForbiddenError,
  checkCallTranscriptNotFoundError: () => checkCallTranscriptNotFoundError,
  checkCallTranscriptUnauthorizedError: () => checkCallTranscriptUnauthorizedError,
  checkCallTranscriptUnknownError: () => checkCallTranscriptUnknownError,
  checkCallTranscriptWebhook: () => checkCallTranscriptWebhook,
  checkCallUnauthorizedError: () => checkCallUnauthorizedError,
  checkCallUnknownError: () => checkCallUnknownError,
  checkCallWebhook: () => checkCallWebhook,
  checkCalling: () => checkCalling,
  checkContact: () => checkContact,
  checkContactConflictError: () => checkContactConflictError,
  checkContactCustomField: () => checkContactCustomField,
  checkContactCustomFieldBadRequestError: () => checkContactCustomFieldBadRequestError,
  checkContactCustomFieldForbiddenError: () => checkContactCustomFieldForbiddenError,
  checkContactCustomFieldNotFoundError: () => checkContactCustomFieldNotFoundError,
  checkContactCustomFieldUnauthorizedError: () => checkContactCustomFieldUnauthorizedError,
  checkContactCustomFieldUnknownError: () => checkContactCustomFieldUnknownError,
  checkContactInvalidCustomFieldItemError: () => checkContactInvalidCustomFieldItemError,
  checkContactNotFoundError: () => checkContactNotFoundError,
  checkContactNotPhoneNumberUserError: () => checkContactNotPhoneNumberUserError,
  checkContactUnauthorizedError: () => checkContactUnauthorizedError,
  checkContactUnknownError: () => checkContactUnknownError,
  checkConversation: () => checkConversation,
  checkConversationBadRequestError: () => checkConversationBadRequestError,
  checkConversationNotFoundError: () => checkConversationNotFoundError,
  checkConversationNotPhoneNumberUserError: () => checkConversationNotPhoneNumberUserError,
  checkConversationUnauthorizedError: () => checkConversationUnauthorizedError,
  checkConversationUnknownError: () => checkConversationUnknownError,
  checkCreateContactCustomField: () => checkCreateContactCustomField,
  checkCustomField: () => checkCustomField,
  checkDefaultFields: () => checkDefaultFields,
  checkDefaultFieldsEmail: () => checkDefaultFieldsEmail,
  checkEmail: () => checkEmail,
  checkErrorDetail: () => checkErrorDetail,
  checkMessage: () => checkMessage,
  checkMessageA2PRegistrationNotApprovedError: () => checkMessageA2PRegistrationNotApprovedError,
  checkMessageNotEnoughCreditsError: () => checkMessageNotEnoughCreditsError,
  checkMessageNotFoundError: () => checkMessageNotFoundError,
  checkMessageNotPhoneNumberUserError: () => checkMessageNotPhoneNumberUserError,
  checkMessageUnauthorizedError: () => checkMessageUnauthorizedError,
  checkMessageUnknownError: () => checkMessageUnknownError,
  checkMessageWebhook: () => checkMessageWebhook,
  checkPhoneNumber: () => checkPhoneNumber,
  checkPhoneNumberBadRequestError: () => checkPhoneNumberBadRequestError,
  checkPhoneNumberForbiddenError: () => checkPhoneNumberForbiddenError,
  checkPhoneNumberNotFoundError: () => checkPhoneNumberNotFoundError,
  checkPhoneNumberUnauthorizedError: () => checkPhoneNumberUnauthorizedError,
  checkPhoneNumberUnknownError: () => checkPhoneNumberUnknownError,
  checkUpdateContactByIdContact: () => checkUpdateContactByIdContact,
  checkWebhook: () => checkWebhook,
  checkWebhookForbiddenError: () => checkWebhookForbiddenError,
  checkWebhookInvalidVersionError: () => checkWebhookInvalidVersionError,
  checkWebhookNotFoundError: () => checkWebhookNotFoundError,
  checkWebhookUnauthorizedError: () => checkWebhookUnauthorizedError,
  checkWebhookUnknownError: () => checkWebhookUnknownError
});
module.exports = __toCommonJS(models_exports);
var import_validation = require("../runtime/validation.cjs");
const pattern$0 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");
const pattern$3 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$4 = /* @__PURE__ */ new RegExp("^WH(.*)$", "u");
const pattern$5 = /* @__PURE__ */ new RegExp("^OR(.*)$", "u");
const pattern$6 = /* @__PURE__ */ new RegExp("^CN(.*)$", "u");
const enum$0 = /* @__PURE__ */ new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"]);
const enum$1 = /* @__PURE__ */ new Set(["absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", "stopping"]);
const enum$2 = /* @__PURE__ */ new Set(["address", "boolean", "date", "multi-select", "number", "string", "url"]);
function variant$212(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i213 = 0; i213 < v.length; i213++) {
      const v214 = v[i213];
      if (typeof v214 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/" + i213, "string", v214);
      } else if (!pattern$3.test(v214)) {
        ok = (0, import_validation.fail)(c, p + "/" + i213, "string matching /^PN(.*)$/", v214);
      }
    }
  }
  return ok;
}
function variant$215(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i216 = 0; i216 < v.length; i216++) {
      const v217 = v[i216];
      if (v217 !== "*") {
        ok = (0, import_validation.fail)(c, p + "/" + i216, '"*"', v217);
      }
    }
  }
  return ok;
}
function variant$307(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i308 = 0; i308 < v.length; i308++) {
      const v309 = v[i308];
      if (typeof v309 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/" + i308, "string", v309);
      } else if (!pattern$3.test(v309)) {
        ok = (0, import_validation.fail)(c, p + "/" + i308, "string matching /^PN(.*)$/", v309);
      }
    }
  }
  return ok;
}
function variant$310(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i311 = 0; i311 < v.length; i311++) {
      const v312 = v[i311];
      if (v312 !== "*") {
        ok = (0, import_validation.fail)(c, p + "/" + i311, '"*"', v312);
      }
    }
  }
  return ok;
}
function variant$353(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i354 = 0; i354 < v.length; i354++) {
      const v355 = v[i354];
      if (typeof v355 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/" + i354, "string", v355);
      } else if (!pattern$3.test(v355)) {
        ok = (0, import_validation.fail)(c, p + "/" + i354, "string matching /^PN(.*)$/", v355);
      }
    }
  }
  return ok;
}
function variant$356(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i357 = 0; i357 < v.length; i357++) {
      const v358 = v[i357];
      if (v358 !== "*") {
        ok = (0, import_validation.fail)(c, p + "/" + i357, '"*"', v358);
      }
    }
  }
  return ok;
}
function variant$382(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o383 = v;
    const v384 = o383["type"];
    if (v384 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "multi-select"');
    } else {
      if (!(v384 === "multi-select")) {
        if (typeof v384 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "multi-select"', v384)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "multi-select"', v384);
        }
      }
    }
    const v385 = o383["value"];
    if (v385 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "array or null");
    } else {
      if (v385 !== null) {
        if (!Array.isArray(v385)) {
          ok = (0, import_validation.fail)(c, p + "/value", "array or null", v385);
        } else {
          for (let i386 = 0; i386 < v385.length; i386++) {
            const v387 = v385[i386];
            if (typeof v387 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/value/" + i386, "string", v387);
            }
          }
        }
      }
    }
  }
  return ok;
}
function variant$389(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o390 = v;
    const v391 = o390["type"];
    if (v391 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "address", "string", "url"');
    } else {
      if (!(v391 === "address" || v391 === "string" || v391 === "url")) {
        if (typeof v391 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "address", "string", "url"', v391)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "address", "string", "url"', v391);
        }
      }
    }
    const v392 = o390["value"];
    if (v392 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v392 !== null) {
        if (typeof v392 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v392);
        }
      }
    }
  }
  return ok;
}
function variant$394(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o395 = v;
    const v396 = o395["type"];
    if (v396 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "boolean"');
    } else {
      if (!(v396 === "boolean")) {
        if (typeof v396 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "boolean"', v396)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "boolean"', v396);
        }
      }
    }
    const v397 = o395["value"];
    if (v397 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "boolean or null");
    } else {
      if (v397 !== null) {
        if (typeof v397 !== "boolean") {
          ok = (0, import_validation.fail)(c, p + "/value", "boolean or null", v397);
        }
      }
    }
  }
  return ok;
}
function variant$399(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o400 = v;
    const v401 = o400["type"];
    if (v401 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "date"');
    } else {
      if (!(v401 === "date")) {
        if (typeof v401 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "date"', v401)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "date"', v401);
        }
      }
    }
    const v402 = o400["value"];
    if (v402 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "date-time (RFC 3339) or null");
    } else {
      if (v402 !== null) {
        if (typeof v402 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v402);
        } else if (!(0, import_validation.isDateTime)(v402)) {
          ok = (0, import_validation.fail)(c, p + "/value", "date-time (RFC 3339)", v402);
        }
      }
    }
  }
  return ok;
}
function variant$404(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o405 = v;
    const v406 = o405["type"];
    if (v406 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "number"');
    } else {
      if (!(v406 === "number")) {
        if (typeof v406 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "number"', v406)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "number"', v406);
        }
      }
    }
    const v407 = o405["value"];
    if (v407 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "number or null");
    } else {
      if (v407 !== null) {
        if (typeof v407 !== "number" || !Number.isFinite(v407)) {
          ok = (0, import_validation.fail)(c, p + "/value", "number or null", v407);
        }
      }
    }
  }
  return ok;
}
function variant$620(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o621 = v;
    const v622 = o621["value"];
    if (v622 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "array or null");
    } else {
      if (v622 !== null) {
        if (!Array.isArray(v622)) {
          ok = (0, import_validation.fail)(c, p + "/value", "array or null", v622);
        } else {
          for (let i623 = 0; i623 < v622.length; i623++) {
            const v624 = v622[i623];
            if (typeof v624 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/value/" + i623, "string", v624);
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k625 in o621) {
        switch (k625) {
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k625, o621[k625])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$626(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o627 = v;
    const v628 = o627["value"];
    if (v628 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v628 !== null) {
        if (typeof v628 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v628);
        }
      }
    }
    if (c.scan) {
      for (const k629 in o627) {
        switch (k629) {
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k629, o627[k629])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$630(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o631 = v;
    const v632 = o631["value"];
    if (v632 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "boolean or null");
    } else {
      if (v632 !== null) {
        if (typeof v632 !== "boolean") {
          ok = (0, import_validation.fail)(c, p + "/value", "boolean or null", v632);
        }
      }
    }
    if (c.scan) {
      for (const k633 in o631) {
        switch (k633) {
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k633, o631[k633])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$634(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o635 = v;
    const v636 = o635["value"];
    if (v636 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "date-time (RFC 3339) or null");
    } else {
      if (v636 !== null) {
        if (typeof v636 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v636);
        } else if (!(0, import_validation.isDateTime)(v636)) {
          ok = (0, import_validation.fail)(c, p + "/value", "date-time (RFC 3339)", v636);
        }
      }
    }
    if (c.scan) {
      for (const k637 in o635) {
        switch (k637) {
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k637, o635[k637])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$638(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o639 = v;
    const v640 = o639["value"];
    if (v640 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "number or null");
    } else {
      if (v640 !== null) {
        if (typeof v640 !== "number" || !Number.isFinite(v640)) {
          ok = (0, import_validation.fail)(c, p + "/value", "number or null", v640);
        }
      }
    }
    if (c.scan) {
      for (const k641 in o639) {
        switch (k641) {
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k641, o639[k641])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$644(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o645 = v;
    const v646 = o645["type"];
    if (v646 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "multi-select"');
    } else {
      if (!(v646 === "multi-select")) {
        if (typeof v646 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "multi-select"', v646)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "multi-select"', v646);
        }
      }
    }
    const v647 = o645["value"];
    if (v647 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "array or null");
    } else {
      if (v647 !== null) {
        if (!Array.isArray(v647)) {
          ok = (0, import_validation.fail)(c, p + "/value", "array or null", v647);
        } else {
          for (let i648 = 0; i648 < v647.length; i648++) {
            const v649 = v647[i648];
            if (typeof v649 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/value/" + i648, "string", v649);
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k650 in o645) {
        switch (k650) {
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k650, o645[k650])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$651(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o652 = v;
    const v653 = o652["type"];
    if (v653 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "address", "string", "url"');
    } else {
      if (!(v653 === "address" || v653 === "string" || v653 === "url")) {
        if (typeof v653 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "address", "string", "url"', v653)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "address", "string", "url"', v653);
        }
      }
    }
    const v654 = o652["value"];
    if (v654 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v654 !== null) {
        if (typeof v654 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v654);
        }
      }
    }
    if (c.scan) {
      for (const k655 in o652) {
        switch (k655) {
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k655, o652[k655])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$656(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o657 = v;
    const v658 = o657["type"];
    if (v658 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "boolean"');
    } else {
      if (!(v658 === "boolean")) {
        if (typeof v658 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "boolean"', v658)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "boolean"', v658);
        }
      }
    }
    const v659 = o657["value"];
    if (v659 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "boolean or null");
    } else {
      if (v659 !== null) {
        if (typeof v659 !== "boolean") {
          ok = (0, import_validation.fail)(c, p + "/value", "boolean or null", v659);
        }
      }
    }
    if (c.scan) {
      for (const k660 in o657) {
        switch (k660) {
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k660, o657[k660])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$661(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o662 = v;
    const v663 = o662["type"];
    if (v663 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "date"');
    } else {
      if (!(v663 === "date")) {
        if (typeof v663 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "date"', v663)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "date"', v663);
        }
      }
    }
    const v664 = o662["value"];
    if (v664 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "date-time (RFC 3339) or null");
    } else {
      if (v664 !== null) {
        if (typeof v664 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v664);
        } else if (!(0, import_validation.isDateTime)(v664)) {
          ok = (0, import_validation.fail)(c, p + "/value", "date-time (RFC 3339)", v664);
        }
      }
    }
    if (c.scan) {
      for (const k665 in o662) {
        switch (k665) {
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k665, o662[k665])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$666(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o667 = v;
    const v668 = o667["type"];
    if (v668 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "number"');
    } else {
      if (!(v668 === "number")) {
        if (typeof v668 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "number"', v668)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "number"', v668);
        }
      }
    }
    const v669 = o667["value"];
    if (v669 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "number or null");
    } else {
      if (v669 !== null) {
        if (typeof v669 !== "number" || !Number.isFinite(v669)) {
          ok = (0, import_validation.fail)(c, p + "/value", "number or null", v669);
        }
      }
    }
    if (c.scan) {
      for (const k670 in o667) {
        switch (k670) {
          case "type":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k670, o667[k670])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function variant$797(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i798 = 0; i798 < v.length; i798++) {
      const v799 = v[i798];
      if (typeof v799 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/" + i798, "string", v799);
      } else if (!pattern$3.test(v799)) {
        ok = (0, import_validation.fail)(c, p + "/" + i798, "string matching /^PN(.*)$/", v799);
      }
    }
  }
  return ok;
}
function variant$800(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i801 = 0; i801 < v.length; i801++) {
      const v802 = v[i801];
      if (v802 !== "*") {
        ok = (0, import_validation.fail)(c, p + "/" + i801, '"*"', v802);
      }
    }
  }
  return ok;
}
function variant$904(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o905 = v;
    const v906 = o905["type"];
    if (v906 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "multi-select"');
    } else {
      if (!(v906 === "multi-select")) {
        if (typeof v906 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "multi-select"', v906)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "multi-select"', v906);
        }
      }
    }
    const v907 = o905["value"];
    if (v907 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "array or null");
    } else {
      if (v907 !== null) {
        if (!Array.isArray(v907)) {
          ok = (0, import_validation.fail)(c, p + "/value", "array or null", v907);
        } else {
          for (let i908 = 0; i908 < v907.length; i908++) {
            const v909 = v907[i908];
            if (typeof v909 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/value/" + i908, "string", v909);
            }
          }
        }
      }
    }
  }
  return ok;
}
function variant$911(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o912 = v;
    const v913 = o912["type"];
    if (v913 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "address", "string", "url"');
    } else {
      if (!(v913 === "address" || v913 === "string" || v913 === "url")) {
        if (typeof v913 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "address", "string", "url"', v913)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "address", "string", "url"', v913);
        }
      }
    }
    const v914 = o912["value"];
    if (v914 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v914 !== null) {
        if (typeof v914 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v914);
        }
      }
    }
  }
  return ok;
}
function variant$916(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o917 = v;
    const v918 = o917["type"];
    if (v918 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "boolean"');
    } else {
      if (!(v918 === "boolean")) {
        if (typeof v918 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "boolean"', v918)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "boolean"', v918);
        }
      }
    }
    const v919 = o917["value"];
    if (v919 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "boolean or null");
    } else {
      if (v919 !== null) {
        if (typeof v919 !== "boolean") {
          ok = (0, import_validation.fail)(c, p + "/value", "boolean or null", v919);
        }
      }
    }
  }
  return ok;
}
function variant$921(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o922 = v;
    const v923 = o922["type"];
    if (v923 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "date"');
    } else {
      if (!(v923 === "date")) {
        if (typeof v923 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "date"', v923)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "date"', v923);
        }
      }
    }
    const v924 = o922["value"];
    if (v924 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "date-time (RFC 3339) or null");
    } else {
      if (v924 !== null) {
        if (typeof v924 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v924);
        } else if (!(0, import_validation.isDateTime)(v924)) {
          ok = (0, import_validation.fail)(c, p + "/value", "date-time (RFC 3339)", v924);
        }
      }
    }
  }
  return ok;
}
function variant$926(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o927 = v;
    const v928 = o927["type"];
    if (v928 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "number"');
    } else {
      if (!(v928 === "number")) {
        if (typeof v928 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "number"', v928)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "number"', v928);
        }
      }
    }
    const v929 = o927["value"];
    if (v929 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "number or null");
    } else {
      if (v929 !== null) {
        if (typeof v929 !== "number" || !Number.isFinite(v929)) {
          ok = (0, import_validation.fail)(c, p + "/value", "number or null", v929);
        }
      }
    }
  }
  return ok;
}
function checkCall(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["answeredAt"];
    if (v2 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/answeredAt", "date-time (RFC 3339) or null");
    } else {
      if (v2 !== null) {
        if (typeof v2 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/answeredAt", "string or null", v2);
        } else if (!(0, import_validation.isDateTime)(v2)) {
          ok = (0, import_validation.fail)(c, p + "/answeredAt", "date-time (RFC 3339)", v2);
        }
      }
    }
    const v3 = o1["answeredBy"];
    if (v3 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/answeredBy", "string or null");
    } else {
      if (v3 !== null) {
        if (typeof v3 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/answeredBy", "string or null", v3);
        }
      }
    }
    const v4 = o1["completedAt"];
    if (v4 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/completedAt", "date-time (RFC 3339) or null");
    } else {
      if (v4 !== null) {
        if (typeof v4 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/completedAt", "string or null", v4);
        } else if (!(0, import_validation.isDateTime)(v4)) {
          ok = (0, import_validation.fail)(c, p + "/completedAt", "date-time (RFC 3339)", v4);
        }
      }
    }
    const v5 = o1["createdAt"];
    if (v5 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v5 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v5);
      } else if (!(0, import_validation.isDateTime)(v5)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v5);
      }
    }
    const v6 = o1["direction"];
    if (v6 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/direction", 'one of "incoming", "outgoing"');
    } else {
      if (!(v6 === "incoming" || v6 === "outgoing")) {
        if (typeof v6 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/direction", 'one of "incoming", "outgoing"', v6)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/direction", 'one of "incoming", "outgoing"', v6);
        }
      }
    }
    const v7 = o1["duration"];
    if (v7 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/duration", "integer");
    } else {
      if (typeof v7 !== "number" || !Number.isInteger(v7)) {
        ok = (0, import_validation.fail)(c, p + "/duration", "integer", v7);
      }
    }
    const v8 = o1["forwardedFrom"];
    if (v8 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/forwardedFrom", "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^US(.*)$/ or null");
    } else {
      if (v8 !== null) {
        if (!(typeof v8 === "string" && pattern$0.test(v8) || typeof v8 === "string" && pattern$1.test(v8))) {
          ok = (0, import_validation.fail)(c, p + "/forwardedFrom", "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^US(.*)$/ or null", v8);
        }
      }
    }
    const v9 = o1["forwardedTo"];
    if (v9 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/forwardedTo", "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^US(.*)$/ or null");
    } else {
      if (v9 !== null) {
        if (!(typeof v9 === "string" && pattern$0.test(v9) || typeof v9 === "string" && pattern$1.test(v9))) {
          ok = (0, import_validation.fail)(c, p + "/forwardedTo", "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^US(.*)$/ or null", v9);
        }
      }
    }
    const v10 = o1["id"];
    if (v10 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^AC(.*)$/");
    } else {
      if (typeof v10 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v10);
      } else if (!pattern$2.test(v10)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^AC(.*)$/", v10);
      }
    }
    const v11 = o1["initiatedBy"];
    if (v11 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/initiatedBy", "string or null");
    } else {
      if (v11 !== null) {
        if (typeof v11 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/initiatedBy", "string or null", v11);
        }
      }
    }
    const v12 = o1["participants"];
    if (v12 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array", v12);
      } else if (v12.length > 2) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array of at most 2 items", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (typeof v14 !== "string") {
            ok = (0, import_validation.fail)(c, p + "/participants/" + i13, "string", v14);
          } else if (!pattern$0.test(v14)) {
            ok = (0, import_validation.fail)(c, p + "/participants/" + i13, "string matching /^\\+[1-9]\\d{1,14}$/", v14);
          }
        }
      }
    }
    const v15 = o1["phoneNumberId"];
    if (v15 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/");
    } else {
      if (typeof v15 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string", v15);
      } else if (!pattern$3.test(v15)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v15);
      }
    }
    const v16 = o1["status"];
    if (v16 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026');
    } else {
      if (!enum$0.has(v16)) {
        if (typeof v16 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026', v16)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026', v16);
        }
      }
    }
    const v17 = o1["updatedAt"];
    if (v17 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339) or null");
    } else {
      if (v17 !== null) {
        if (typeof v17 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/updatedAt", "string or null", v17);
        } else if (!(0, import_validation.isDateTime)(v17)) {
          ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v17);
        }
      }
    }
    const v18 = o1["userId"];
    if (v18 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/");
    } else {
      if (typeof v18 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v18);
      } else if (!pattern$1.test(v18)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v18);
      }
    }
    if (c.scan) {
      for (const k19 in o1) {
        switch (k19) {
          case "answeredAt":
          case "answeredBy":
          case "completedAt":
          case "createdAt":
          case "direction":
          case "duration":
          case "forwardedFrom":
          case "forwardedTo":
          case "id":
          case "initiatedBy":
          case "participants":
          case "phoneNumberId":
          case "status":
          case "updatedAt":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k19, o1[k19])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o20 = v;
    const v21 = o20["code"];
    if (v21 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0100400"');
    } else {
      if (v21 !== "0100400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0100400"', v21);
      }
    }
    const v22 = o20["docs"];
    if (v22 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v22 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v22);
      }
    }
    const v23 = o20["errors"];
    if (v23 !== void 0) {
      if (!Array.isArray(v23)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v23);
      } else {
        for (let i24 = 0; i24 < v23.length; i24++) {
          const v25 = v23[i24];
          if (!checkErrorDetail(v25, p + "/errors/" + i24, c)) ok = false;
        }
      }
    }
    const v26 = o20["message"];
    if (v26 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v26 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v26);
      }
    }
    const v27 = o20["status"];
    if (v27 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v27 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v27);
      }
    }
    const v28 = o20["title"];
    if (v28 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v28 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v28);
      }
    }
    const v29 = o20["trace"];
    if (v29 !== void 0) {
      if (typeof v29 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v29);
      }
    }
    if (c.scan) {
      for (const k30 in o20) {
        switch (k30) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k30, o20[k30])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o31 = v;
    const v32 = o31["code"];
    if (v32 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0100404"');
    } else {
      if (v32 !== "0100404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0100404"', v32);
      }
    }
    const v33 = o31["docs"];
    if (v33 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v33 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v33);
      }
    }
    const v34 = o31["errors"];
    if (v34 !== void 0) {
      if (!Array.isArray(v34)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v34);
      } else {
        for (let i35 = 0; i35 < v34.length; i35++) {
          const v36 = v34[i35];
          if (!checkErrorDetail(v36, p + "/errors/" + i35, c)) ok = false;
        }
      }
    }
    const v37 = o31["message"];
    if (v37 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v37 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v37);
      }
    }
    const v38 = o31["status"];
    if (v38 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v38 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v38);
      }
    }
    const v39 = o31["title"];
    if (v39 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v39 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v39);
      }
    }
    const v40 = o31["trace"];
    if (v40 !== void 0) {
      if (typeof v40 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v40);
      }
    }
    if (c.scan) {
      for (const k41 in o31) {
        switch (k41) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k41, o31[k41])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallNotPhoneNumberUserError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o42 = v;
    const v43 = o42["code"];
    if (v43 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0101403"');
    } else {
      if (v43 !== "0101403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0101403"', v43);
      }
    }
    const v44 = o42["description"];
    if (v44 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Not Phone Number User"');
    } else {
      if (v44 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Not Phone Number User"', v44);
      }
    }
    const v45 = o42["docs"];
    if (v45 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v45 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v45);
      }
    }
    const v46 = o42["errors"];
    if (v46 !== void 0) {
      if (!Array.isArray(v46)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v46);
      } else {
        for (let i47 = 0; i47 < v46.length; i47++) {
          const v48 = v46[i47];
          if (!checkErrorDetail(v48, p + "/errors/" + i47, c)) ok = false;
        }
      }
    }
    const v49 = o42["message"];
    if (v49 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v49 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v49);
      }
    }
    const v50 = o42["status"];
    if (v50 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v50 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v50);
      }
    }
    const v51 = o42["title"];
    if (v51 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Phone Number User"');
    } else {
      if (v51 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Phone Number User"', v51);
      }
    }
    const v52 = o42["trace"];
    if (v52 !== void 0) {
      if (typeof v52 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v52);
      }
    }
    if (c.scan) {
      for (const k53 in o42) {
        switch (k53) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k53, o42[k53])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecording(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o54 = v;
    const v55 = o54["duration"];
    if (v55 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/duration", "integer or null");
    } else {
      if (v55 !== null) {
        if (typeof v55 !== "number" || !Number.isInteger(v55)) {
          ok = (0, import_validation.fail)(c, p + "/duration", "integer or null", v55);
        }
      }
    }
    const v56 = o54["id"];
    if (v56 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string");
    } else {
      if (typeof v56 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v56);
      }
    }
    const v57 = o54["startTime"];
    if (v57 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/startTime", "date-time (RFC 3339) or null");
    } else {
      if (v57 !== null) {
        if (typeof v57 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/startTime", "string or null", v57);
        } else if (!(0, import_validation.isDateTime)(v57)) {
          ok = (0, import_validation.fail)(c, p + "/startTime", "date-time (RFC 3339)", v57);
        }
      }
    }
    const v58 = o54["status"];
    if (v58 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", \u2026 or null');
    } else {
      if (v58 !== null) {
        if (!enum$1.has(v58)) {
          if (typeof v58 === "string") {
            if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", \u2026 or null', v58)) ok = false;
          } else {
            ok = (0, import_validation.fail)(c, p + "/status", 'one of "absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", \u2026 or null', v58);
          }
        }
      }
    }
    const v59 = o54["type"];
    if (v59 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", "string or null");
    } else {
      if (v59 !== null) {
        if (typeof v59 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/type", "string or null", v59);
        }
      }
    }
    const v60 = o54["url"];
    if (v60 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/url", "URI reference or null");
    } else {
      if (v60 !== null) {
        if (typeof v60 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/url", "string or null", v60);
        } else if (!(0, import_validation.isUriReference)(v60)) {
          ok = (0, import_validation.fail)(c, p + "/url", "URI reference", v60);
        }
      }
    }
    if (c.scan) {
      for (const k61 in o54) {
        switch (k61) {
          case "duration":
          case "id":
          case "startTime":
          case "status":
          case "type":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k61, o54[k61])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o62 = v;
    const v63 = o62["code"];
    if (v63 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0900400"');
    } else {
      if (v63 !== "0900400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0900400"', v63);
      }
    }
    const v64 = o62["docs"];
    if (v64 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v64 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v64);
      }
    }
    const v65 = o62["errors"];
    if (v65 !== void 0) {
      if (!Array.isArray(v65)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v65);
      } else {
        for (let i66 = 0; i66 < v65.length; i66++) {
          const v67 = v65[i66];
          if (!checkErrorDetail(v67, p + "/errors/" + i66, c)) ok = false;
        }
      }
    }
    const v68 = o62["message"];
    if (v68 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v68 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v68);
      }
    }
    const v69 = o62["status"];
    if (v69 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v69 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v69);
      }
    }
    const v70 = o62["title"];
    if (v70 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v70 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v70);
      }
    }
    const v71 = o62["trace"];
    if (v71 !== void 0) {
      if (typeof v71 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v71);
      }
    }
    if (c.scan) {
      for (const k72 in o62) {
        switch (k72) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k72, o62[k72])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o73 = v;
    const v74 = o73["code"];
    if (v74 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0900403"');
    } else {
      if (v74 !== "0900403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0900403"', v74);
      }
    }
    const v75 = o73["docs"];
    if (v75 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v75 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v75);
      }
    }
    const v76 = o73["errors"];
    if (v76 !== void 0) {
      if (!Array.isArray(v76)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v76);
      } else {
        for (let i77 = 0; i77 < v76.length; i77++) {
          const v78 = v76[i77];
          if (!checkErrorDetail(v78, p + "/errors/" + i77, c)) ok = false;
        }
      }
    }
    const v79 = o73["message"];
    if (v79 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v79 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v79);
      }
    }
    const v80 = o73["status"];
    if (v80 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v80 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v80);
      }
    }
    const v81 = o73["title"];
    if (v81 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v81 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v81);
      }
    }
    const v82 = o73["trace"];
    if (v82 !== void 0) {
      if (typeof v82 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v82);
      }
    }
    if (c.scan) {
      for (const k83 in o73) {
        switch (k83) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k83, o73[k83])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o84 = v;
    const v85 = o84["code"];
    if (v85 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0900404"');
    } else {
      if (v85 !== "0900404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0900404"', v85);
      }
    }
    const v86 = o84["docs"];
    if (v86 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v86 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v86);
      }
    }
    const v87 = o84["errors"];
    if (v87 !== void 0) {
      if (!Array.isArray(v87)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v87);
      } else {
        for (let i88 = 0; i88 < v87.length; i88++) {
          const v89 = v87[i88];
          if (!checkErrorDetail(v89, p + "/errors/" + i88, c)) ok = false;
        }
      }
    }
    const v90 = o84["message"];
    if (v90 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v90 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v90);
      }
    }
    const v91 = o84["status"];
    if (v91 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v91 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v91);
      }
    }
    const v92 = o84["title"];
    if (v92 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v92 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v92);
      }
    }
    const v93 = o84["trace"];
    if (v93 !== void 0) {
      if (typeof v93 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v93);
      }
    }
    if (c.scan) {
      for (const k94 in o84) {
        switch (k94) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k94, o84[k94])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o95 = v;
    const v96 = o95["code"];
    if (v96 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0900401"');
    } else {
      if (v96 !== "0900401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0900401"', v96);
      }
    }
    const v97 = o95["docs"];
    if (v97 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v97 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v97);
      }
    }
    const v98 = o95["errors"];
    if (v98 !== void 0) {
      if (!Array.isArray(v98)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v98);
      } else {
        for (let i99 = 0; i99 < v98.length; i99++) {
          const v100 = v98[i99];
          if (!checkErrorDetail(v100, p + "/errors/" + i99, c)) ok = false;
        }
      }
    }
    const v101 = o95["message"];
    if (v101 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v101 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v101);
      }
    }
    const v102 = o95["status"];
    if (v102 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v102 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v102);
      }
    }
    const v103 = o95["title"];
    if (v103 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v103 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v103);
      }
    }
    const v104 = o95["trace"];
    if (v104 !== void 0) {
      if (typeof v104 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v104);
      }
    }
    if (c.scan) {
      for (const k105 in o95) {
        switch (k105) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k105, o95[k105])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o106 = v;
    const v107 = o106["code"];
    if (v107 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0901500"');
    } else {
      if (v107 !== "0901500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0901500"', v107);
      }
    }
    const v108 = o106["docs"];
    if (v108 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v108 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v108);
      }
    }
    const v109 = o106["errors"];
    if (v109 !== void 0) {
      if (!Array.isArray(v109)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v109);
      } else {
        for (let i110 = 0; i110 < v109.length; i110++) {
          const v111 = v109[i110];
          if (!checkErrorDetail(v111, p + "/errors/" + i110, c)) ok = false;
        }
      }
    }
    const v112 = o106["message"];
    if (v112 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v112 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v112);
      }
    }
    const v113 = o106["status"];
    if (v113 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v113 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v113);
      }
    }
    const v114 = o106["title"];
    if (v114 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v114 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v114);
      }
    }
    const v115 = o106["trace"];
    if (v115 !== void 0) {
      if (typeof v115 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v115);
      }
    }
    if (c.scan) {
      for (const k116 in o106) {
        switch (k116) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k116, o106[k116])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummary(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o117 = v;
    const v118 = o117["callId"];
    if (v118 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/callId", "string");
    } else {
      if (typeof v118 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/callId", "string", v118);
      }
    }
    const v119 = o117["jobs"];
    if (v119 !== void 0) {
      if (v119 !== null) {
        if (!Array.isArray(v119)) {
          ok = (0, import_validation.fail)(c, p + "/jobs", "array or null", v119);
        } else {
          for (let i120 = 0; i120 < v119.length; i120++) {
            const v121 = v119[i120];
            if (typeof v121 !== "object" || v121 === null || Array.isArray(v121)) {
              ok = (0, import_validation.fail)(c, p + "/jobs/" + i120, "object", v121);
            } else {
              const o122 = v121;
              const v123 = o122["icon"];
              if (v123 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/icon", "string");
              } else {
                if (typeof v123 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/icon", "string", v123);
                }
              }
              const v124 = o122["name"];
              if (v124 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/name", "string");
              } else {
                if (typeof v124 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/name", "string", v124);
                }
              }
              const v125 = o122["result"];
              if (v125 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/result", "object with data");
              } else {
                if (typeof v125 !== "object" || v125 === null || Array.isArray(v125)) {
                  ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/result", "object", v125);
                } else {
                  const o126 = v125;
                  const v127 = o126["data"];
                  if (v127 === void 0) {
                    ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/result/data", "array");
                  } else {
                    if (!Array.isArray(v127)) {
                      ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/result/data", "array", v127);
                    } else {
                      for (let i128 = 0; i128 < v127.length; i128++) {
                        const v129 = v127[i128];
                        if (typeof v129 !== "object" || v129 === null || Array.isArray(v129)) {
                          ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/result/data/" + i128, "object", v129);
                        } else {
                          const o130 = v129;
                          const v131 = o130["name"];
                          if (v131 === void 0) {
                            ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/name", "string");
                          } else {
                            if (typeof v131 !== "string") {
                              ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/name", "string", v131);
                            }
                          }
                          const v132 = o130["value"];
                          if (v132 === void 0) {
                            ok = (0, import_validation.missing)(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/value", "string or number or boolean");
                          } else {
                            if (!(typeof v132 === "string" || typeof v132 === "number" && Number.isFinite(v132) || typeof v132 === "boolean")) {
                              ok = (0, import_validation.fail)(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/value", "string or number or boolean", v132);
                            }
                          }
                          if (c.scan) {
                            for (const k133 in o130) {
                              switch (k133) {
                                case "name":
                                case "value":
                                  break;
                                default: {
                                  if (!(0, import_validation.unknownProperty)(c, p + "/jobs/" + i120 + "/result/data/" + i128, k133, o130[k133])) ok = false;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  if (c.scan) {
                    for (const k134 in o126) {
                      switch (k134) {
                        case "data":
                          break;
                        default: {
                          if (!(0, import_validation.unknownProperty)(c, p + "/jobs/" + i120 + "/result", k134, o126[k134])) ok = false;
                        }
                      }
                    }
                  }
                }
              }
              if (c.scan) {
                for (const k135 in o122) {
                  switch (k135) {
                    case "icon":
                    case "name":
                    case "result":
                      break;
                    default: {
                      if (!(0, import_validation.unknownProperty)(c, p + "/jobs/" + i120, k135, o122[k135])) ok = false;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v136 = o117["nextSteps"];
    if (v136 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/nextSteps", "array or null");
    } else {
      if (v136 !== null) {
        if (!Array.isArray(v136)) {
          ok = (0, import_validation.fail)(c, p + "/nextSteps", "array or null", v136);
        } else {
          for (let i137 = 0; i137 < v136.length; i137++) {
            const v138 = v136[i137];
            if (typeof v138 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/nextSteps/" + i137, "string", v138);
            }
          }
        }
      }
    }
    const v139 = o117["status"];
    if (v139 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"');
    } else {
      if (!(v139 === "absent" || v139 === "in-progress" || v139 === "completed" || v139 === "failed")) {
        if (typeof v139 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"', v139)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"', v139);
        }
      }
    }
    const v140 = o117["summary"];
    if (v140 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/summary", "array or null");
    } else {
      if (v140 !== null) {
        if (!Array.isArray(v140)) {
          ok = (0, import_validation.fail)(c, p + "/summary", "array or null", v140);
        } else {
          for (let i141 = 0; i141 < v140.length; i141++) {
            const v142 = v140[i141];
            if (typeof v142 !== "string") {
              ok = (0, import_validation.fail)(c, p + "/summary/" + i141, "string", v142);
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k143 in o117) {
        switch (k143) {
          case "callId":
          case "jobs":
          case "nextSteps":
          case "status":
          case "summary":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k143, o117[k143])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o144 = v;
    const v145 = o144["code"];
    if (v145 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0500400"');
    } else {
      if (v145 !== "0500400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0500400"', v145);
      }
    }
    const v146 = o144["docs"];
    if (v146 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v146 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v146);
      }
    }
    const v147 = o144["errors"];
    if (v147 !== void 0) {
      if (!Array.isArray(v147)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v147);
      } else {
        for (let i148 = 0; i148 < v147.length; i148++) {
          const v149 = v147[i148];
          if (!checkErrorDetail(v149, p + "/errors/" + i148, c)) ok = false;
        }
      }
    }
    const v150 = o144["message"];
    if (v150 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v150 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v150);
      }
    }
    const v151 = o144["status"];
    if (v151 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v151 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v151);
      }
    }
    const v152 = o144["title"];
    if (v152 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v152 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v152);
      }
    }
    const v153 = o144["trace"];
    if (v153 !== void 0) {
      if (typeof v153 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v153);
      }
    }
    if (c.scan) {
      for (const k154 in o144) {
        switch (k154) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k154, o144[k154])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o155 = v;
    const v156 = o155["code"];
    if (v156 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0500403"');
    } else {
      if (v156 !== "0500403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0500403"', v156);
      }
    }
    const v157 = o155["docs"];
    if (v157 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v157 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v157);
      }
    }
    const v158 = o155["errors"];
    if (v158 !== void 0) {
      if (!Array.isArray(v158)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v158);
      } else {
        for (let i159 = 0; i159 < v158.length; i159++) {
          const v160 = v158[i159];
          if (!checkErrorDetail(v160, p + "/errors/" + i159, c)) ok = false;
        }
      }
    }
    const v161 = o155["message"];
    if (v161 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v161 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v161);
      }
    }
    const v162 = o155["status"];
    if (v162 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v162 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v162);
      }
    }
    const v163 = o155["title"];
    if (v163 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v163 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v163);
      }
    }
    const v164 = o155["trace"];
    if (v164 !== void 0) {
      if (typeof v164 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v164);
      }
    }
    if (c.scan) {
      for (const k165 in o155) {
        switch (k165) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k165, o155[k165])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o166 = v;
    const v167 = o166["code"];
    if (v167 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0500404"');
    } else {
      if (v167 !== "0500404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0500404"', v167);
      }
    }
    const v168 = o166["docs"];
    if (v168 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v168 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v168);
      }
    }
    const v169 = o166["errors"];
    if (v169 !== void 0) {
      if (!Array.isArray(v169)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v169);
      } else {
        for (let i170 = 0; i170 < v169.length; i170++) {
          const v171 = v169[i170];
          if (!checkErrorDetail(v171, p + "/errors/" + i170, c)) ok = false;
        }
      }
    }
    const v172 = o166["message"];
    if (v172 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v172 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v172);
      }
    }
    const v173 = o166["status"];
    if (v173 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v173 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v173);
      }
    }
    const v174 = o166["title"];
    if (v174 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v174 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v174);
      }
    }
    const v175 = o166["trace"];
    if (v175 !== void 0) {
      if (typeof v175 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v175);
      }
    }
    if (c.scan) {
      for (const k176 in o166) {
        switch (k176) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k176, o166[k176])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o177 = v;
    const v178 = o177["code"];
    if (v178 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0500401"');
    } else {
      if (v178 !== "0500401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0500401"', v178);
      }
    }
    const v179 = o177["docs"];
    if (v179 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v179 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v179);
      }
    }
    const v180 = o177["errors"];
    if (v180 !== void 0) {
      if (!Array.isArray(v180)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v180);
      } else {
        for (let i181 = 0; i181 < v180.length; i181++) {
          const v182 = v180[i181];
          if (!checkErrorDetail(v182, p + "/errors/" + i181, c)) ok = false;
        }
      }
    }
    const v183 = o177["message"];
    if (v183 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v183 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v183);
      }
    }
    const v184 = o177["status"];
    if (v184 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v184 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v184);
      }
    }
    const v185 = o177["title"];
    if (v185 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v185 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v185);
      }
    }
    const v186 = o177["trace"];
    if (v186 !== void 0) {
      if (typeof v186 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v186);
      }
    }
    if (c.scan) {
      for (const k187 in o177) {
        switch (k187) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k187, o177[k187])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o188 = v;
    const v189 = o188["code"];
    if (v189 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0501500"');
    } else {
      if (v189 !== "0501500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0501500"', v189);
      }
    }
    const v190 = o188["docs"];
    if (v190 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v190 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v190);
      }
    }
    const v191 = o188["errors"];
    if (v191 !== void 0) {
      if (!Array.isArray(v191)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v191);
      } else {
        for (let i192 = 0; i192 < v191.length; i192++) {
          const v193 = v191[i192];
          if (!checkErrorDetail(v193, p + "/errors/" + i192, c)) ok = false;
        }
      }
    }
    const v194 = o188["message"];
    if (v194 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v194 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v194);
      }
    }
    const v195 = o188["status"];
    if (v195 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v195 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v195);
      }
    }
    const v196 = o188["title"];
    if (v196 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v196 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v196);
      }
    }
    const v197 = o188["trace"];
    if (v197 !== void 0) {
      if (typeof v197 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v197);
      }
    }
    if (c.scan) {
      for (const k198 in o188) {
        switch (k198) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k198, o188[k198])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o199 = v;
    const v200 = o199["createdAt"];
    if (v200 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v200 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v200);
      } else if (!(0, import_validation.isDateTime)(v200)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v200);
      }
    }
    const v201 = o199["deletedAt"];
    if (v201 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/deletedAt", "date-time (RFC 3339) or null");
    } else {
      if (v201 !== null) {
        if (typeof v201 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "string or null", v201);
        } else if (!(0, import_validation.isDateTime)(v201)) {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "date-time (RFC 3339)", v201);
        }
      }
    }
    const v202 = o199["events"];
    if (v202 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v202)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v202);
      } else if (v202.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v202);
      } else {
        for (let i203 = 0; i203 < v202.length; i203++) {
          const v204 = v202[i203];
          if (!(v204 === "call.summary.completed")) {
            if (typeof v204 === "string") {
              if (!(0, import_validation.unknownEnum)(c, p + "/events/" + i203, 'one of "call.summary.completed"', v204)) ok = false;
            } else {
              ok = (0, import_validation.fail)(c, p + "/events/" + i203, 'one of "call.summary.completed"', v204);
            }
          }
        }
      }
    }
    const v205 = o199["id"];
    if (v205 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^WH(.*)$/");
    } else {
      if (typeof v205 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v205);
      } else if (!pattern$4.test(v205)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^WH(.*)$/", v205);
      }
    }
    const v206 = o199["key"];
    if (v206 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/key", "string");
    } else {
      if (typeof v206 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/key", "string", v206);
      }
    }
    const v207 = o199["label"];
    if (v207 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/label", "string or null");
    } else {
      if (v207 !== null) {
        if (typeof v207 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/label", "string or null", v207);
        }
      }
    }
    const v208 = o199["orgId"];
    if (v208 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/orgId", "string matching /^OR(.*)$/");
    } else {
      if (typeof v208 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string", v208);
      } else if (!pattern$5.test(v208)) {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string matching /^OR(.*)$/", v208);
      }
    }
    const v209 = o199["resourceIds"];
    if (v209 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p210 = p + "/resourceIds";
      c.quiet++;
      const m211 = variant$212(v209, p210, c) ? 0 : variant$215(v209, p210, c) ? 1 : -1;
      c.quiet--;
      if (m211 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v209);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m211 === 0) variant$212(v209, p210, c);
        if (m211 === 1) variant$215(v209, p210, c);
      }
    }
    const v218 = o199["status"];
    if (v218 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "enabled", "disabled"');
    } else {
      if (!(v218 === "enabled" || v218 === "disabled")) {
        if (typeof v218 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "enabled", "disabled"', v218)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "enabled", "disabled"', v218);
        }
      }
    }
    const v219 = o199["updatedAt"];
    if (v219 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v219 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v219);
      } else if (!(0, import_validation.isDateTime)(v219)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v219);
      }
    }
    const v220 = o199["url"];
    if (v220 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/url", "absolute URI");
    } else {
      if (typeof v220 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/url", "string", v220);
      } else if (!(0, import_validation.isUri)(v220)) {
        ok = (0, import_validation.fail)(c, p + "/url", "absolute URI", v220);
      }
    }
    const v221 = o199["userId"];
    if (v221 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/");
    } else {
      if (typeof v221 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v221);
      } else if (!pattern$1.test(v221)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v221);
      }
    }
    if (c.scan) {
      for (const k222 in o199) {
        switch (k222) {
          case "createdAt":
          case "deletedAt":
          case "events":
          case "id":
          case "key":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k222, o199[k222])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscript(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o223 = v;
    const v224 = o223["callId"];
    if (v224 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/callId", "string");
    } else {
      if (typeof v224 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/callId", "string", v224);
      }
    }
    const v225 = o223["createdAt"];
    if (v225 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v225 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v225);
      } else if (!(0, import_validation.isDateTime)(v225)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v225);
      }
    }
    const v226 = o223["dialogue"];
    if (v226 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/dialogue", "array or null");
    } else {
      if (v226 !== null) {
        if (!Array.isArray(v226)) {
          ok = (0, import_validation.fail)(c, p + "/dialogue", "array or null", v226);
        } else {
          for (let i227 = 0; i227 < v226.length; i227++) {
            const v228 = v226[i227];
            if (typeof v228 !== "object" || v228 === null || Array.isArray(v228)) {
              ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227, "object", v228);
            } else {
              const o229 = v228;
              const v230 = o229["content"];
              if (v230 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/dialogue/" + i227 + "/content", "string");
              } else {
                if (typeof v230 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/content", "string", v230);
                }
              }
              const v231 = o229["end"];
              if (v231 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/dialogue/" + i227 + "/end", "number");
              } else {
                if (typeof v231 !== "number" || !Number.isFinite(v231)) {
                  ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/end", "number", v231);
                }
              }
              const v232 = o229["identifier"];
              if (v232 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/dialogue/" + i227 + "/identifier", "string");
              } else {
                if (typeof v232 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/identifier", "string", v232);
                }
              }
              const v233 = o229["start"];
              if (v233 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/dialogue/" + i227 + "/start", "number");
              } else {
                if (typeof v233 !== "number" || !Number.isFinite(v233)) {
                  ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/start", "number", v233);
                }
              }
              const v234 = o229["userId"];
              if (v234 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/dialogue/" + i227 + "/userId", "string matching /^US(.*)$/ or null");
              } else {
                if (v234 !== null) {
                  if (typeof v234 !== "string") {
                    ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/userId", "string or null", v234);
                  } else if (!pattern$1.test(v234)) {
                    ok = (0, import_validation.fail)(c, p + "/dialogue/" + i227 + "/userId", "string matching /^US(.*)$/", v234);
                  }
                }
              }
              if (c.scan) {
                for (const k235 in o229) {
                  switch (k235) {
                    case "content":
                    case "end":
                    case "identifier":
                    case "start":
                    case "userId":
                      break;
                    default: {
                      if (!(0, import_validation.unknownProperty)(c, p + "/dialogue/" + i227, k235, o229[k235])) ok = false;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    const v236 = o223["duration"];
    if (v236 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/duration", "number");
    } else {
      if (typeof v236 !== "number" || !Number.isFinite(v236)) {
        ok = (0, import_validation.fail)(c, p + "/duration", "number", v236);
      }
    }
    const v237 = o223["status"];
    if (v237 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"');
    } else {
      if (!(v237 === "absent" || v237 === "in-progress" || v237 === "completed" || v237 === "failed")) {
        if (typeof v237 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"', v237)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "absent", "in-progress", "completed", "failed"', v237);
        }
      }
    }
    if (c.scan) {
      for (const k238 in o223) {
        switch (k238) {
          case "callId":
          case "createdAt":
          case "dialogue":
          case "duration":
          case "status":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k238, o223[k238])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o239 = v;
    const v240 = o239["code"];
    if (v240 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0600400"');
    } else {
      if (v240 !== "0600400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0600400"', v240);
      }
    }
    const v241 = o239["docs"];
    if (v241 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v241 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v241);
      }
    }
    const v242 = o239["errors"];
    if (v242 !== void 0) {
      if (!Array.isArray(v242)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v242);
      } else {
        for (let i243 = 0; i243 < v242.length; i243++) {
          const v244 = v242[i243];
          if (!checkErrorDetail(v244, p + "/errors/" + i243, c)) ok = false;
        }
      }
    }
    const v245 = o239["message"];
    if (v245 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v245 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v245);
      }
    }
    const v246 = o239["status"];
    if (v246 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v246 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v246);
      }
    }
    const v247 = o239["title"];
    if (v247 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v247 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v247);
      }
    }
    const v248 = o239["trace"];
    if (v248 !== void 0) {
      if (typeof v248 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v248);
      }
    }
    if (c.scan) {
      for (const k249 in o239) {
        switch (k249) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k249, o239[k249])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o250 = v;
    const v251 = o250["code"];
    if (v251 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0600403"');
    } else {
      if (v251 !== "0600403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0600403"', v251);
      }
    }
    const v252 = o250["docs"];
    if (v252 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v252 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v252);
      }
    }
    const v253 = o250["errors"];
    if (v253 !== void 0) {
      if (!Array.isArray(v253)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v253);
      } else {
        for (let i254 = 0; i254 < v253.length; i254++) {
          const v255 = v253[i254];
          if (!checkErrorDetail(v255, p + "/errors/" + i254, c)) ok = false;
        }
      }
    }
    const v256 = o250["message"];
    if (v256 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v256 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v256);
      }
    }
    const v257 = o250["status"];
    if (v257 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v257 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v257);
      }
    }
    const v258 = o250["title"];
    if (v258 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v258 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v258);
      }
    }
    const v259 = o250["trace"];
    if (v259 !== void 0) {
      if (typeof v259 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v259);
      }
    }
    if (c.scan) {
      for (const k260 in o250) {
        switch (k260) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k260, o250[k260])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o261 = v;
    const v262 = o261["code"];
    if (v262 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0600404"');
    } else {
      if (v262 !== "0600404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0600404"', v262);
      }
    }
    const v263 = o261["docs"];
    if (v263 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v263 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v263);
      }
    }
    const v264 = o261["errors"];
    if (v264 !== void 0) {
      if (!Array.isArray(v264)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v264);
      } else {
        for (let i265 = 0; i265 < v264.length; i265++) {
          const v266 = v264[i265];
          if (!checkErrorDetail(v266, p + "/errors/" + i265, c)) ok = false;
        }
      }
    }
    const v267 = o261["message"];
    if (v267 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v267 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v267);
      }
    }
    const v268 = o261["status"];
    if (v268 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v268 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v268);
      }
    }
    const v269 = o261["title"];
    if (v269 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v269 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v269);
      }
    }
    const v270 = o261["trace"];
    if (v270 !== void 0) {
      if (typeof v270 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v270);
      }
    }
    if (c.scan) {
      for (const k271 in o261) {
        switch (k271) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k271, o261[k271])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o272 = v;
    const v273 = o272["code"];
    if (v273 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0600401"');
    } else {
      if (v273 !== "0600401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0600401"', v273);
      }
    }
    const v274 = o272["docs"];
    if (v274 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v274 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v274);
      }
    }
    const v275 = o272["errors"];
    if (v275 !== void 0) {
      if (!Array.isArray(v275)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v275);
      } else {
        for (let i276 = 0; i276 < v275.length; i276++) {
          const v277 = v275[i276];
          if (!checkErrorDetail(v277, p + "/errors/" + i276, c)) ok = false;
        }
      }
    }
    const v278 = o272["message"];
    if (v278 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v278 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v278);
      }
    }
    const v279 = o272["status"];
    if (v279 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v279 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v279);
      }
    }
    const v280 = o272["title"];
    if (v280 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v280 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v280);
      }
    }
    const v281 = o272["trace"];
    if (v281 !== void 0) {
      if (typeof v281 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v281);
      }
    }
    if (c.scan) {
      for (const k282 in o272) {
        switch (k282) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k282, o272[k282])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o283 = v;
    const v284 = o283["code"];
    if (v284 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0601500"');
    } else {
      if (v284 !== "0601500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0601500"', v284);
      }
    }
    const v285 = o283["docs"];
    if (v285 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v285 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v285);
      }
    }
    const v286 = o283["errors"];
    if (v286 !== void 0) {
      if (!Array.isArray(v286)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v286);
      } else {
        for (let i287 = 0; i287 < v286.length; i287++) {
          const v288 = v286[i287];
          if (!checkErrorDetail(v288, p + "/errors/" + i287, c)) ok = false;
        }
      }
    }
    const v289 = o283["message"];
    if (v289 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v289 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v289);
      }
    }
    const v290 = o283["status"];
    if (v290 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v290 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v290);
      }
    }
    const v291 = o283["title"];
    if (v291 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v291 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v291);
      }
    }
    const v292 = o283["trace"];
    if (v292 !== void 0) {
      if (typeof v292 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v292);
      }
    }
    if (c.scan) {
      for (const k293 in o283) {
        switch (k293) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k293, o283[k293])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o294 = v;
    const v295 = o294["createdAt"];
    if (v295 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v295 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v295);
      } else if (!(0, import_validation.isDateTime)(v295)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v295);
      }
    }
    const v296 = o294["deletedAt"];
    if (v296 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/deletedAt", "date-time (RFC 3339) or null");
    } else {
      if (v296 !== null) {
        if (typeof v296 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "string or null", v296);
        } else if (!(0, import_validation.isDateTime)(v296)) {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "date-time (RFC 3339)", v296);
        }
      }
    }
    const v297 = o294["events"];
    if (v297 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v297)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v297);
      } else if (v297.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v297);
      } else {
        for (let i298 = 0; i298 < v297.length; i298++) {
          const v299 = v297[i298];
          if (!(v299 === "call.transcript.completed")) {
            if (typeof v299 === "string") {
              if (!(0, import_validation.unknownEnum)(c, p + "/events/" + i298, 'one of "call.transcript.completed"', v299)) ok = false;
            } else {
              ok = (0, import_validation.fail)(c, p + "/events/" + i298, 'one of "call.transcript.completed"', v299);
            }
          }
        }
      }
    }
    const v300 = o294["id"];
    if (v300 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^WH(.*)$/");
    } else {
      if (typeof v300 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v300);
      } else if (!pattern$4.test(v300)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^WH(.*)$/", v300);
      }
    }
    const v301 = o294["key"];
    if (v301 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/key", "string");
    } else {
      if (typeof v301 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/key", "string", v301);
      }
    }
    const v302 = o294["label"];
    if (v302 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/label", "string or null");
    } else {
      if (v302 !== null) {
        if (typeof v302 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/label", "string or null", v302);
        }
      }
    }
    const v303 = o294["orgId"];
    if (v303 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/orgId", "string matching /^OR(.*)$/");
    } else {
      if (typeof v303 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string", v303);
      } else if (!pattern$5.test(v303)) {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string matching /^OR(.*)$/", v303);
      }
    }
    const v304 = o294["resourceIds"];
    if (v304 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p305 = p + "/resourceIds";
      c.quiet++;
      const m306 = variant$307(v304, p305, c) ? 0 : variant$310(v304, p305, c) ? 1 : -1;
      c.quiet--;
      if (m306 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v304);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m306 === 0) variant$307(v304, p305, c);
        if (m306 === 1) variant$310(v304, p305, c);
      }
    }
    const v313 = o294["status"];
    if (v313 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "enabled", "disabled"');
    } else {
      if (!(v313 === "enabled" || v313 === "disabled")) {
        if (typeof v313 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "enabled", "disabled"', v313)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "enabled", "disabled"', v313);
        }
      }
    }
    const v314 = o294["updatedAt"];
    if (v314 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v314 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v314);
      } else if (!(0, import_validation.isDateTime)(v314)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v314);
      }
    }
    const v315 = o294["url"];
    if (v315 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/url", "absolute URI");
    } else {
      if (typeof v315 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/url", "string", v315);
      } else if (!(0, import_validation.isUri)(v315)) {
        ok = (0, import_validation.fail)(c, p + "/url", "absolute URI", v315);
      }
    }
    const v316 = o294["userId"];
    if (v316 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/");
    } else {
      if (typeof v316 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v316);
      } else if (!pattern$1.test(v316)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v316);
      }
    }
    if (c.scan) {
      for (const k317 in o294) {
        switch (k317) {
          case "createdAt":
          case "deletedAt":
          case "events":
          case "id":
          case "key":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k317, o294[k317])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o318 = v;
    const v319 = o318["code"];
    if (v319 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0100401"');
    } else {
      if (v319 !== "0100401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0100401"', v319);
      }
    }
    const v320 = o318["docs"];
    if (v320 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v320 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v320);
      }
    }
    const v321 = o318["errors"];
    if (v321 !== void 0) {
      if (!Array.isArray(v321)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v321);
      } else {
        for (let i322 = 0; i322 < v321.length; i322++) {
          const v323 = v321[i322];
          if (!checkErrorDetail(v323, p + "/errors/" + i322, c)) ok = false;
        }
      }
    }
    const v324 = o318["message"];
    if (v324 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v324 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v324);
      }
    }
    const v325 = o318["status"];
    if (v325 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v325 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v325);
      }
    }
    const v326 = o318["title"];
    if (v326 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v326 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v326);
      }
    }
    const v327 = o318["trace"];
    if (v327 !== void 0) {
      if (typeof v327 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v327);
      }
    }
    if (c.scan) {
      for (const k328 in o318) {
        switch (k328) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k328, o318[k328])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o329 = v;
    const v330 = o329["code"];
    if (v330 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0101500"');
    } else {
      if (v330 !== "0101500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0101500"', v330);
      }
    }
    const v331 = o329["docs"];
    if (v331 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v331 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v331);
      }
    }
    const v332 = o329["errors"];
    if (v332 !== void 0) {
      if (!Array.isArray(v332)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v332);
      } else {
        for (let i333 = 0; i333 < v332.length; i333++) {
          const v334 = v332[i333];
          if (!checkErrorDetail(v334, p + "/errors/" + i333, c)) ok = false;
        }
      }
    }
    const v335 = o329["message"];
    if (v335 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v335 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v335);
      }
    }
    const v336 = o329["status"];
    if (v336 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v336 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v336);
      }
    }
    const v337 = o329["title"];
    if (v337 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v337 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v337);
      }
    }
    const v338 = o329["trace"];
    if (v338 !== void 0) {
      if (typeof v338 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v338);
      }
    }
    if (c.scan) {
      for (const k339 in o329) {
        switch (k339) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k339, o329[k339])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o340 = v;
    const v341 = o340["createdAt"];
    if (v341 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v341 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v341);
      } else if (!(0, import_validation.isDateTime)(v341)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v341);
      }
    }
    const v342 = o340["deletedAt"];
    if (v342 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/deletedAt", "date-time (RFC 3339) or null");
    } else {
      if (v342 !== null) {
        if (typeof v342 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "string or null", v342);
        } else if (!(0, import_validation.isDateTime)(v342)) {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "date-time (RFC 3339)", v342);
        }
      }
    }
    const v343 = o340["events"];
    if (v343 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v343)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v343);
      } else {
        for (let i344 = 0; i344 < v343.length; i344++) {
          const v345 = v343[i344];
          if (!(v345 === "call.completed" || v345 === "call.ringing" || v345 === "call.recording.completed")) {
            if (typeof v345 === "string") {
              if (!(0, import_validation.unknownEnum)(c, p + "/events/" + i344, 'one of "call.completed", "call.ringing", "call.recording.completed"', v345)) ok = false;
            } else {
              ok = (0, import_validation.fail)(c, p + "/events/" + i344, 'one of "call.completed", "call.ringing", "call.recording.completed"', v345);
            }
          }
        }
      }
    }
    const v346 = o340["id"];
    if (v346 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^WH(.*)$/");
    } else {
      if (typeof v346 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v346);
      } else if (!pattern$4.test(v346)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^WH(.*)$/", v346);
      }
    }
    const v347 = o340["key"];
    if (v347 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/key", "string");
    } else {
      if (typeof v347 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/key", "string", v347);
      }
    }
    const v348 = o340["label"];
    if (v348 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/label", "string or null");
    } else {
      if (v348 !== null) {
        if (typeof v348 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/label", "string or null", v348);
        }
      }
    }
    const v349 = o340["orgId"];
    if (v349 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/orgId", "string matching /^OR(.*)$/");
    } else {
      if (typeof v349 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string", v349);
      } else if (!pattern$5.test(v349)) {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string matching /^OR(.*)$/", v349);
      }
    }
    const v350 = o340["resourceIds"];
    if (v350 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p351 = p + "/resourceIds";
      c.quiet++;
      const m352 = variant$353(v350, p351, c) ? 0 : variant$356(v350, p351, c) ? 1 : -1;
      c.quiet--;
      if (m352 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v350);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m352 === 0) variant$353(v350, p351, c);
        if (m352 === 1) variant$356(v350, p351, c);
      }
    }
    const v359 = o340["status"];
    if (v359 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "enabled", "disabled"');
    } else {
      if (!(v359 === "enabled" || v359 === "disabled")) {
        if (typeof v359 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "enabled", "disabled"', v359)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "enabled", "disabled"', v359);
        }
      }
    }
    const v360 = o340["updatedAt"];
    if (v360 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v360 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v360);
      } else if (!(0, import_validation.isDateTime)(v360)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v360);
      }
    }
    const v361 = o340["url"];
    if (v361 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/url", "absolute URI");
    } else {
      if (typeof v361 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/url", "string", v361);
      } else if (!(0, import_validation.isUri)(v361)) {
        ok = (0, import_validation.fail)(c, p + "/url", "absolute URI", v361);
      }
    }
    const v362 = o340["userId"];
    if (v362 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/");
    } else {
      if (typeof v362 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v362);
      } else if (!pattern$1.test(v362)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v362);
      }
    }
    if (c.scan) {
      for (const k363 in o340) {
        switch (k363) {
          case "createdAt":
          case "deletedAt":
          case "events":
          case "id":
          case "key":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k363, o340[k363])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCalling(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o364 = v;
    const v365 = o364["CA"];
    if (v365 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/CA", 'one of "restricted", "unrestricted"');
    } else {
      if (!(v365 === "restricted" || v365 === "unrestricted")) {
        if (typeof v365 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/CA", 'one of "restricted", "unrestricted"', v365)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/CA", 'one of "restricted", "unrestricted"', v365);
        }
      }
    }
    const v366 = o364["Intl"];
    if (v366 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/Intl", 'one of "restricted", "unrestricted"');
    } else {
      if (!(v366 === "restricted" || v366 === "unrestricted")) {
        if (typeof v366 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/Intl", 'one of "restricted", "unrestricted"', v366)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/Intl", 'one of "restricted", "unrestricted"', v366);
        }
      }
    }
    const v367 = o364["US"];
    if (v367 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/US", 'one of "restricted", "unrestricted"');
    } else {
      if (!(v367 === "restricted" || v367 === "unrestricted")) {
        if (typeof v367 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/US", 'one of "restricted", "unrestricted"', v367)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/US", 'one of "restricted", "unrestricted"', v367);
        }
      }
    }
    if (c.scan) {
      for (const k368 in o364) {
        switch (k368) {
          case "CA":
          case "Intl":
          case "US":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k368, o364[k368])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContact(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o369 = v;
    const v370 = o369["createdAt"];
    if (v370 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v370 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v370);
      } else if (!(0, import_validation.isDateTime)(v370)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v370);
      }
    }
    const v371 = o369["createdByUserId"];
    if (v371 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdByUserId", "string matching /^US(.*)$/");
    } else {
      if (typeof v371 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdByUserId", "string", v371);
      } else if (!pattern$1.test(v371)) {
        ok = (0, import_validation.fail)(c, p + "/createdByUserId", "string matching /^US(.*)$/", v371);
      }
    }
    const v372 = o369["customFields"];
    if (v372 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/customFields", "array");
    } else {
      if (!Array.isArray(v372)) {
        ok = (0, import_validation.fail)(c, p + "/customFields", "array", v372);
      } else {
        for (let i373 = 0; i373 < v372.length; i373++) {
          const v374 = v372[i373];
          if (typeof v374 !== "object" || v374 === null || Array.isArray(v374)) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i373, "object", v374);
          } else {
            const o375 = v374;
            const v376 = o375["id"];
            if (v376 !== void 0) {
              if (typeof v376 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/customFields/" + i373 + "/id", "string", v376);
              }
            }
            const v377 = o375["key"];
            if (v377 !== void 0) {
              if (typeof v377 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/customFields/" + i373 + "/key", "string", v377);
              }
            }
            const v378 = o375["name"];
            if (v378 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/customFields/" + i373 + "/name", "string");
            } else {
              if (typeof v378 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/customFields/" + i373 + "/name", "string", v378);
              }
            }
          }
          const p380 = p + "/customFields/" + i373;
          c.quiet++;
          const m381 = variant$382(v374, p380, c) ? 0 : variant$389(v374, p380, c) ? 1 : variant$394(v374, p380, c) ? 2 : variant$399(v374, p380, c) ? 3 : variant$404(v374, p380, c) ? 4 : -1;
          c.quiet--;
          if (m381 === -1) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i373, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v374);
          } else if (c.quiet === 0 && c.onUnknown !== void 0) {
            if (m381 === 0) variant$382(v374, p380, c);
            if (m381 === 1) variant$389(v374, p380, c);
            if (m381 === 2) variant$394(v374, p380, c);
            if (m381 === 3) variant$399(v374, p380, c);
            if (m381 === 4) variant$404(v374, p380, c);
          }
          if (typeof v374 === "object" && v374 !== null && !Array.isArray(v374)) {
            const o409 = v374;
            if (c.scan) {
              for (const k410 in o409) {
                switch (k410) {
                  case "id":
                  case "key":
                  case "name":
                  case "type":
                  case "value":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/customFields/" + i373, k410, o409[k410])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v411 = o369["defaultFields"];
    if (v411 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/defaultFields", "DefaultFields");
    } else {
      if (!checkDefaultFields(v411, p + "/defaultFields", c)) ok = false;
    }
    const v412 = o369["externalId"];
    if (v412 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/externalId", "string of 1 to 75 characters or null");
    } else {
      if (v412 !== null) {
        if (typeof v412 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/externalId", "string or null", v412);
        } else if (!(v412.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/externalId", "at least 1 character", v412);
        } else if (!(v412.length <= 75 || (0, import_validation.codePoints)(v412) <= 75)) {
          ok = (0, import_validation.fail)(c, p + "/externalId", "at most 75 characters", v412);
        }
      }
    }
    const v413 = o369["id"];
    if (v413 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string");
    } else {
      if (typeof v413 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v413);
      }
    }
    const v414 = o369["source"];
    if (v414 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/source", "string of 1 to 75 characters or null");
    } else {
      if (v414 !== null) {
        if (typeof v414 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/source", "string or null", v414);
        } else if (!(v414.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/source", "at least 1 character", v414);
        } else if (!(v414.length <= 75 || (0, import_validation.codePoints)(v414) <= 75)) {
          ok = (0, import_validation.fail)(c, p + "/source", "at most 75 characters", v414);
        }
      }
    }
    const v415 = o369["sourceUrl"];
    if (v415 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/sourceUrl", "absolute URI of 1 to 200 characters or null");
    } else {
      if (v415 !== null) {
        if (typeof v415 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "string or null", v415);
        } else if (!(v415.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "at least 1 character", v415);
        } else if (!(v415.length <= 200 || (0, import_validation.codePoints)(v415) <= 200)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "at most 200 characters", v415);
        } else if (!(0, import_validation.isUri)(v415)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "absolute URI", v415);
        }
      }
    }
    const v416 = o369["updatedAt"];
    if (v416 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v416 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v416);
      } else if (!(0, import_validation.isDateTime)(v416)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v416);
      }
    }
    if (c.scan) {
      for (const k417 in o369) {
        switch (k417) {
          case "createdAt":
          case "createdByUserId":
          case "customFields":
          case "defaultFields":
          case "externalId":
          case "id":
          case "source":
          case "sourceUrl":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k417, o369[k417])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactConflictError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o418 = v;
    const v419 = o418["code"];
    if (v419 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0800409"');
    } else {
      if (v419 !== "0800409") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0800409"', v419);
      }
    }
    const v420 = o418["docs"];
    if (v420 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v420 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v420);
      }
    }
    const v421 = o418["errors"];
    if (v421 !== void 0) {
      if (!Array.isArray(v421)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v421);
      } else {
        for (let i422 = 0; i422 < v421.length; i422++) {
          const v423 = v421[i422];
          if (!checkErrorDetail(v423, p + "/errors/" + i422, c)) ok = false;
        }
      }
    }
    const v424 = o418["message"];
    if (v424 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v424 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v424);
      }
    }
    const v425 = o418["status"];
    if (v425 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "409");
    } else {
      if (v425 !== 409) {
        ok = (0, import_validation.fail)(c, p + "/status", "409", v425);
      }
    }
    const v426 = o418["title"];
    if (v426 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Conflict"');
    } else {
      if (v426 !== "Conflict") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Conflict"', v426);
      }
    }
    const v427 = o418["trace"];
    if (v427 !== void 0) {
      if (typeof v427 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v427);
      }
    }
    if (c.scan) {
      for (const k428 in o418) {
        switch (k428) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k428, o418[k428])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomField(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o429 = v;
    const v430 = o429["key"];
    if (v430 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/key", "string");
    } else {
      if (typeof v430 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/key", "string", v430);
      }
    }
    const v431 = o429["name"];
    if (v431 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/name", "string");
    } else {
      if (typeof v431 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/name", "string", v431);
      }
    }
    const v432 = o429["type"];
    if (v432 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/type", 'one of "address", "boolean", "date", "multi-select", "number", "string", "url"');
    } else {
      if (!enum$2.has(v432)) {
        if (typeof v432 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/type", 'one of "address", "boolean", "date", "multi-select", "number", "string", "url"', v432)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/type", 'one of "address", "boolean", "date", "multi-select", "number", "string", "url"', v432);
        }
      }
    }
    if (c.scan) {
      for (const k433 in o429) {
        switch (k433) {
          case "key":
          case "name":
          case "type":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k433, o429[k433])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomFieldBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o434 = v;
    const v435 = o434["code"];
    if (v435 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0700400"');
    } else {
      if (v435 !== "0700400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0700400"', v435);
      }
    }
    const v436 = o434["docs"];
    if (v436 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v436 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v436);
      }
    }
    const v437 = o434["errors"];
    if (v437 !== void 0) {
      if (!Array.isArray(v437)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v437);
      } else {
        for (let i438 = 0; i438 < v437.length; i438++) {
          const v439 = v437[i438];
          if (!checkErrorDetail(v439, p + "/errors/" + i438, c)) ok = false;
        }
      }
    }
    const v440 = o434["message"];
    if (v440 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v440 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v440);
      }
    }
    const v441 = o434["status"];
    if (v441 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v441 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v441);
      }
    }
    const v442 = o434["title"];
    if (v442 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v442 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v442);
      }
    }
    const v443 = o434["trace"];
    if (v443 !== void 0) {
      if (typeof v443 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v443);
      }
    }
    if (c.scan) {
      for (const k444 in o434) {
        switch (k444) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k444, o434[k444])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomFieldForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o445 = v;
    const v446 = o445["code"];
    if (v446 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0700403"');
    } else {
      if (v446 !== "0700403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0700403"', v446);
      }
    }
    const v447 = o445["docs"];
    if (v447 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v447 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v447);
      }
    }
    const v448 = o445["errors"];
    if (v448 !== void 0) {
      if (!Array.isArray(v448)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v448);
      } else {
        for (let i449 = 0; i449 < v448.length; i449++) {
          const v450 = v448[i449];
          if (!checkErrorDetail(v450, p + "/errors/" + i449, c)) ok = false;
        }
      }
    }
    const v451 = o445["message"];
    if (v451 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v451 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v451);
      }
    }
    const v452 = o445["status"];
    if (v452 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v452 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v452);
      }
    }
    const v453 = o445["title"];
    if (v453 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v453 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v453);
      }
    }
    const v454 = o445["trace"];
    if (v454 !== void 0) {
      if (typeof v454 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v454);
      }
    }
    if (c.scan) {
      for (const k455 in o445) {
        switch (k455) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k455, o445[k455])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomFieldNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o456 = v;
    const v457 = o456["code"];
    if (v457 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0700404"');
    } else {
      if (v457 !== "0700404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0700404"', v457);
      }
    }
    const v458 = o456["docs"];
    if (v458 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v458 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v458);
      }
    }
    const v459 = o456["errors"];
    if (v459 !== void 0) {
      if (!Array.isArray(v459)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v459);
      } else {
        for (let i460 = 0; i460 < v459.length; i460++) {
          const v461 = v459[i460];
          if (!checkErrorDetail(v461, p + "/errors/" + i460, c)) ok = false;
        }
      }
    }
    const v462 = o456["message"];
    if (v462 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v462 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v462);
      }
    }
    const v463 = o456["status"];
    if (v463 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v463 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v463);
      }
    }
    const v464 = o456["title"];
    if (v464 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v464 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v464);
      }
    }
    const v465 = o456["trace"];
    if (v465 !== void 0) {
      if (typeof v465 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v465);
      }
    }
    if (c.scan) {
      for (const k466 in o456) {
        switch (k466) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k466, o456[k466])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomFieldUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o467 = v;
    const v468 = o467["code"];
    if (v468 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0700401"');
    } else {
      if (v468 !== "0700401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0700401"', v468);
      }
    }
    const v469 = o467["docs"];
    if (v469 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v469 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v469);
      }
    }
    const v470 = o467["errors"];
    if (v470 !== void 0) {
      if (!Array.isArray(v470)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v470);
      } else {
        for (let i471 = 0; i471 < v470.length; i471++) {
          const v472 = v470[i471];
          if (!checkErrorDetail(v472, p + "/errors/" + i471, c)) ok = false;
        }
      }
    }
    const v473 = o467["message"];
    if (v473 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v473 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v473);
      }
    }
    const v474 = o467["status"];
    if (v474 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v474 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v474);
      }
    }
    const v475 = o467["title"];
    if (v475 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v475 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v475);
      }
    }
    const v476 = o467["trace"];
    if (v476 !== void 0) {
      if (typeof v476 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v476);
      }
    }
    if (c.scan) {
      for (const k477 in o467) {
        switch (k477) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k477, o467[k477])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactCustomFieldUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o478 = v;
    const v479 = o478["code"];
    if (v479 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0701500"');
    } else {
      if (v479 !== "0701500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0701500"', v479);
      }
    }
    const v480 = o478["docs"];
    if (v480 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v480 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v480);
      }
    }
    const v481 = o478["errors"];
    if (v481 !== void 0) {
      if (!Array.isArray(v481)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v481);
      } else {
        for (let i482 = 0; i482 < v481.length; i482++) {
          const v483 = v481[i482];
          if (!checkErrorDetail(v483, p + "/errors/" + i482, c)) ok = false;
        }
      }
    }
    const v484 = o478["message"];
    if (v484 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v484 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v484);
      }
    }
    const v485 = o478["status"];
    if (v485 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v485 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v485);
      }
    }
    const v486 = o478["title"];
    if (v486 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v486 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v486);
      }
    }
    const v487 = o478["trace"];
    if (v487 !== void 0) {
      if (typeof v487 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v487);
      }
    }
    if (c.scan) {
      for (const k488 in o478) {
        switch (k488) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k488, o478[k488])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactInvalidCustomFieldItemError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o489 = v;
    const v490 = o489["code"];
    if (v490 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0801400"');
    } else {
      if (v490 !== "0801400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0801400"', v490);
      }
    }
    const v491 = o489["description"];
    if (v491 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Invalid Custom Field Item"');
    } else {
      if (v491 !== "Invalid Custom Field Item") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Invalid Custom Field Item"', v491);
      }
    }
    const v492 = o489["docs"];
    if (v492 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v492 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v492);
      }
    }
    const v493 = o489["errors"];
    if (v493 !== void 0) {
      if (!Array.isArray(v493)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v493);
      } else {
        for (let i494 = 0; i494 < v493.length; i494++) {
          const v495 = v493[i494];
          if (!checkErrorDetail(v495, p + "/errors/" + i494, c)) ok = false;
        }
      }
    }
    const v496 = o489["message"];
    if (v496 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v496 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v496);
      }
    }
    const v497 = o489["status"];
    if (v497 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v497 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v497);
      }
    }
    const v498 = o489["title"];
    if (v498 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Invalid Custom Field Item"');
    } else {
      if (v498 !== "Invalid Custom Field Item") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Invalid Custom Field Item"', v498);
      }
    }
    const v499 = o489["trace"];
    if (v499 !== void 0) {
      if (typeof v499 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v499);
      }
    }
    if (c.scan) {
      for (const k500 in o489) {
        switch (k500) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k500, o489[k500])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o501 = v;
    const v502 = o501["code"];
    if (v502 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0800404"');
    } else {
      if (v502 !== "0800404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0800404"', v502);
      }
    }
    const v503 = o501["docs"];
    if (v503 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v503 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v503);
      }
    }
    const v504 = o501["errors"];
    if (v504 !== void 0) {
      if (!Array.isArray(v504)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v504);
      } else {
        for (let i505 = 0; i505 < v504.length; i505++) {
          const v506 = v504[i505];
          if (!checkErrorDetail(v506, p + "/errors/" + i505, c)) ok = false;
        }
      }
    }
    const v507 = o501["message"];
    if (v507 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v507 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v507);
      }
    }
    const v508 = o501["status"];
    if (v508 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v508 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v508);
      }
    }
    const v509 = o501["title"];
    if (v509 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v509 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v509);
      }
    }
    const v510 = o501["trace"];
    if (v510 !== void 0) {
      if (typeof v510 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v510);
      }
    }
    if (c.scan) {
      for (const k511 in o501) {
        switch (k511) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k511, o501[k511])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactNotPhoneNumberUserError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o512 = v;
    const v513 = o512["code"];
    if (v513 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0801403"');
    } else {
      if (v513 !== "0801403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0801403"', v513);
      }
    }
    const v514 = o512["description"];
    if (v514 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Not Phone Number User"');
    } else {
      if (v514 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Not Phone Number User"', v514);
      }
    }
    const v515 = o512["docs"];
    if (v515 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v515 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v515);
      }
    }
    const v516 = o512["errors"];
    if (v516 !== void 0) {
      if (!Array.isArray(v516)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v516);
      } else {
        for (let i517 = 0; i517 < v516.length; i517++) {
          const v518 = v516[i517];
          if (!checkErrorDetail(v518, p + "/errors/" + i517, c)) ok = false;
        }
      }
    }
    const v519 = o512["message"];
    if (v519 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v519 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v519);
      }
    }
    const v520 = o512["status"];
    if (v520 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v520 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v520);
      }
    }
    const v521 = o512["title"];
    if (v521 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Phone Number User"');
    } else {
      if (v521 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Phone Number User"', v521);
      }
    }
    const v522 = o512["trace"];
    if (v522 !== void 0) {
      if (typeof v522 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v522);
      }
    }
    if (c.scan) {
      for (const k523 in o512) {
        switch (k523) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k523, o512[k523])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o524 = v;
    const v525 = o524["code"];
    if (v525 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0800401"');
    } else {
      if (v525 !== "0800401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0800401"', v525);
      }
    }
    const v526 = o524["docs"];
    if (v526 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v526 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v526);
      }
    }
    const v527 = o524["errors"];
    if (v527 !== void 0) {
      if (!Array.isArray(v527)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v527);
      } else {
        for (let i528 = 0; i528 < v527.length; i528++) {
          const v529 = v527[i528];
          if (!checkErrorDetail(v529, p + "/errors/" + i528, c)) ok = false;
        }
      }
    }
    const v530 = o524["message"];
    if (v530 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v530 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v530);
      }
    }
    const v531 = o524["status"];
    if (v531 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v531 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v531);
      }
    }
    const v532 = o524["title"];
    if (v532 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v532 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v532);
      }
    }
    const v533 = o524["trace"];
    if (v533 !== void 0) {
      if (typeof v533 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v533);
      }
    }
    if (c.scan) {
      for (const k534 in o524) {
        switch (k534) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k534, o524[k534])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o535 = v;
    const v536 = o535["code"];
    if (v536 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0801500"');
    } else {
      if (v536 !== "0801500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0801500"', v536);
      }
    }
    const v537 = o535["docs"];
    if (v537 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v537 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v537);
      }
    }
    const v538 = o535["errors"];
    if (v538 !== void 0) {
      if (!Array.isArray(v538)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v538);
      } else {
        for (let i539 = 0; i539 < v538.length; i539++) {
          const v540 = v538[i539];
          if (!checkErrorDetail(v540, p + "/errors/" + i539, c)) ok = false;
        }
      }
    }
    const v541 = o535["message"];
    if (v541 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v541 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v541);
      }
    }
    const v542 = o535["status"];
    if (v542 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v542 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v542);
      }
    }
    const v543 = o535["title"];
    if (v543 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v543 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v543);
      }
    }
    const v544 = o535["trace"];
    if (v544 !== void 0) {
      if (typeof v544 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v544);
      }
    }
    if (c.scan) {
      for (const k545 in o535) {
        switch (k545) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k545, o535[k545])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversation(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o546 = v;
    const v547 = o546["assignedTo"];
    if (v547 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/assignedTo", "string or null");
    } else {
      if (v547 !== null) {
        if (typeof v547 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/assignedTo", "string or null", v547);
        }
      }
    }
    const v548 = o546["createdAt"];
    if (v548 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339) or null");
    } else {
      if (v548 !== null) {
        if (typeof v548 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/createdAt", "string or null", v548);
        } else if (!(0, import_validation.isDateTime)(v548)) {
          ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v548);
        }
      }
    }
    const v549 = o546["deletedAt"];
    if (v549 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/deletedAt", "date-time (RFC 3339) or null");
    } else {
      if (v549 !== null) {
        if (typeof v549 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "string or null", v549);
        } else if (!(0, import_validation.isDateTime)(v549)) {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "date-time (RFC 3339)", v549);
        }
      }
    }
    const v550 = o546["id"];
    if (v550 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^CN(.*)$/");
    } else {
      if (typeof v550 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v550);
      } else if (!pattern$6.test(v550)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^CN(.*)$/", v550);
      }
    }
    const v551 = o546["lastActivityAt"];
    if (v551 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/lastActivityAt", "date-time (RFC 3339) or null");
    } else {
      if (v551 !== null) {
        if (typeof v551 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/lastActivityAt", "string or null", v551);
        } else if (!(0, import_validation.isDateTime)(v551)) {
          ok = (0, import_validation.fail)(c, p + "/lastActivityAt", "date-time (RFC 3339)", v551);
        }
      }
    }
    const v552 = o546["lastActivityId"];
    if (v552 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/lastActivityId", "string matching /^AC(.*)$/ or null");
    } else {
      if (v552 !== null) {
        if (typeof v552 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/lastActivityId", "string or null", v552);
        } else if (!pattern$2.test(v552)) {
          ok = (0, import_validation.fail)(c, p + "/lastActivityId", "string matching /^AC(.*)$/", v552);
        }
      }
    }
    const v553 = o546["mutedUntil"];
    if (v553 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/mutedUntil", "date-time (RFC 3339) or null");
    } else {
      if (v553 !== null) {
        if (typeof v553 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/mutedUntil", "string or null", v553);
        } else if (!(0, import_validation.isDateTime)(v553)) {
          ok = (0, import_validation.fail)(c, p + "/mutedUntil", "date-time (RFC 3339)", v553);
        }
      }
    }
    const v554 = o546["name"];
    if (v554 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/name", "string or null");
    } else {
      if (v554 !== null) {
        if (typeof v554 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/name", "string or null", v554);
        }
      }
    }
    const v555 = o546["participants"];
    if (v555 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v555)) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array", v555);
      } else {
        for (let i556 = 0; i556 < v555.length; i556++) {
          const v557 = v555[i556];
          if (typeof v557 !== "string") {
            ok = (0, import_validation.fail)(c, p + "/participants/" + i556, "string", v557);
          } else if (!pattern$0.test(v557)) {
            ok = (0, import_validation.fail)(c, p + "/participants/" + i556, "string matching /^\\+[1-9]\\d{1,14}$/", v557);
          }
        }
      }
    }
    const v558 = o546["phoneNumberId"];
    if (v558 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/");
    } else {
      if (typeof v558 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string", v558);
      } else if (!pattern$3.test(v558)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v558);
      }
    }
    const v559 = o546["snoozedUntil"];
    if (v559 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/snoozedUntil", "date-time (RFC 3339) or null");
    } else {
      if (v559 !== null) {
        if (typeof v559 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/snoozedUntil", "string or null", v559);
        } else if (!(0, import_validation.isDateTime)(v559)) {
          ok = (0, import_validation.fail)(c, p + "/snoozedUntil", "date-time (RFC 3339)", v559);
        }
      }
    }
    const v560 = o546["updatedAt"];
    if (v560 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339) or null");
    } else {
      if (v560 !== null) {
        if (typeof v560 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/updatedAt", "string or null", v560);
        } else if (!(0, import_validation.isDateTime)(v560)) {
          ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v560);
        }
      }
    }
    if (c.scan) {
      for (const k561 in o546) {
        switch (k561) {
          case "assignedTo":
          case "createdAt":
          case "deletedAt":
          case "id":
          case "lastActivityAt":
          case "lastActivityId":
          case "mutedUntil":
          case "name":
          case "participants":
          case "phoneNumberId":
          case "snoozedUntil":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k561, o546[k561])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversationBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o562 = v;
    const v563 = o562["code"];
    if (v563 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"1000400"');
    } else {
      if (v563 !== "1000400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"1000400"', v563);
      }
    }
    const v564 = o562["docs"];
    if (v564 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v564 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v564);
      }
    }
    const v565 = o562["errors"];
    if (v565 !== void 0) {
      if (!Array.isArray(v565)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v565);
      } else {
        for (let i566 = 0; i566 < v565.length; i566++) {
          const v567 = v565[i566];
          if (!checkErrorDetail(v567, p + "/errors/" + i566, c)) ok = false;
        }
      }
    }
    const v568 = o562["message"];
    if (v568 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v568 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v568);
      }
    }
    const v569 = o562["status"];
    if (v569 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v569 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v569);
      }
    }
    const v570 = o562["title"];
    if (v570 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v570 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v570);
      }
    }
    const v571 = o562["trace"];
    if (v571 !== void 0) {
      if (typeof v571 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v571);
      }
    }
    if (c.scan) {
      for (const k572 in o562) {
        switch (k572) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k572, o562[k572])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversationNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o573 = v;
    const v574 = o573["code"];
    if (v574 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"1000404"');
    } else {
      if (v574 !== "1000404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"1000404"', v574);
      }
    }
    const v575 = o573["docs"];
    if (v575 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v575 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v575);
      }
    }
    const v576 = o573["errors"];
    if (v576 !== void 0) {
      if (!Array.isArray(v576)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v576);
      } else {
        for (let i577 = 0; i577 < v576.length; i577++) {
          const v578 = v576[i577];
          if (!checkErrorDetail(v578, p + "/errors/" + i577, c)) ok = false;
        }
      }
    }
    const v579 = o573["message"];
    if (v579 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v579 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v579);
      }
    }
    const v580 = o573["status"];
    if (v580 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v580 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v580);
      }
    }
    const v581 = o573["title"];
    if (v581 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v581 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v581);
      }
    }
    const v582 = o573["trace"];
    if (v582 !== void 0) {
      if (typeof v582 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v582);
      }
    }
    if (c.scan) {
      for (const k583 in o573) {
        switch (k583) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k583, o573[k583])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversationNotPhoneNumberUserError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o584 = v;
    const v585 = o584["code"];
    if (v585 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"1001403"');
    } else {
      if (v585 !== "1001403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"1001403"', v585);
      }
    }
    const v586 = o584["description"];
    if (v586 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Not Phone Number User"');
    } else {
      if (v586 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Not Phone Number User"', v586);
      }
    }
    const v587 = o584["docs"];
    if (v587 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v587 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v587);
      }
    }
    const v588 = o584["errors"];
    if (v588 !== void 0) {
      if (!Array.isArray(v588)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v588);
      } else {
        for (let i589 = 0; i589 < v588.length; i589++) {
          const v590 = v588[i589];
          if (!checkErrorDetail(v590, p + "/errors/" + i589, c)) ok = false;
        }
      }
    }
    const v591 = o584["message"];
    if (v591 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v591 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v591);
      }
    }
    const v592 = o584["status"];
    if (v592 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v592 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v592);
      }
    }
    const v593 = o584["title"];
    if (v593 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Phone Number User"');
    } else {
      if (v593 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Phone Number User"', v593);
      }
    }
    const v594 = o584["trace"];
    if (v594 !== void 0) {
      if (typeof v594 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v594);
      }
    }
    if (c.scan) {
      for (const k595 in o584) {
        switch (k595) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k595, o584[k595])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversationUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o596 = v;
    const v597 = o596["code"];
    if (v597 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"1000401"');
    } else {
      if (v597 !== "1000401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"1000401"', v597);
      }
    }
    const v598 = o596["docs"];
    if (v598 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v598 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v598);
      }
    }
    const v599 = o596["errors"];
    if (v599 !== void 0) {
      if (!Array.isArray(v599)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v599);
      } else {
        for (let i600 = 0; i600 < v599.length; i600++) {
          const v601 = v599[i600];
          if (!checkErrorDetail(v601, p + "/errors/" + i600, c)) ok = false;
        }
      }
    }
    const v602 = o596["message"];
    if (v602 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v602 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v602);
      }
    }
    const v603 = o596["status"];
    if (v603 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v603 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v603);
      }
    }
    const v604 = o596["title"];
    if (v604 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v604 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v604);
      }
    }
    const v605 = o596["trace"];
    if (v605 !== void 0) {
      if (typeof v605 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v605);
      }
    }
    if (c.scan) {
      for (const k606 in o596) {
        switch (k606) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k606, o596[k606])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkConversationUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o607 = v;
    const v608 = o607["code"];
    if (v608 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"1001500"');
    } else {
      if (v608 !== "1001500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"1001500"', v608);
      }
    }
    const v609 = o607["docs"];
    if (v609 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v609 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v609);
      }
    }
    const v610 = o607["errors"];
    if (v610 !== void 0) {
      if (!Array.isArray(v610)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v610);
      } else {
        for (let i611 = 0; i611 < v610.length; i611++) {
          const v612 = v610[i611];
          if (!checkErrorDetail(v612, p + "/errors/" + i611, c)) ok = false;
        }
      }
    }
    const v613 = o607["message"];
    if (v613 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v613 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v613);
      }
    }
    const v614 = o607["status"];
    if (v614 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v614 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v614);
      }
    }
    const v615 = o607["title"];
    if (v615 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v615 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v615);
      }
    }
    const v616 = o607["trace"];
    if (v616 !== void 0) {
      if (typeof v616 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v616);
      }
    }
    if (c.scan) {
      for (const k617 in o607) {
        switch (k617) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k617, o607[k617])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCreateContactCustomField(v, p, c) {
  let ok = true;
  const p618 = p;
  c.quiet++;
  const m619 = variant$620(v, p618, c) ? 0 : variant$626(v, p618, c) ? 1 : variant$630(v, p618, c) ? 2 : variant$634(v, p618, c) ? 3 : variant$638(v, p618, c) ? 4 : -1;
  c.quiet--;
  if (m619 === -1) {
    ok = (0, import_validation.fail)(c, p, "object with value or object with value or object with value or object with value or object with value", v);
  } else if (c.quiet === 0 && c.onUnknown !== void 0) {
    if (m619 === 0) variant$620(v, p618, c);
    if (m619 === 1) variant$626(v, p618, c);
    if (m619 === 2) variant$630(v, p618, c);
    if (m619 === 3) variant$634(v, p618, c);
    if (m619 === 4) variant$638(v, p618, c);
  }
  return ok;
}
function checkCustomField(v, p, c) {
  let ok = true;
  const p642 = p;
  c.quiet++;
  const m643 = variant$644(v, p642, c) ? 0 : variant$651(v, p642, c) ? 1 : variant$656(v, p642, c) ? 2 : variant$661(v, p642, c) ? 3 : variant$666(v, p642, c) ? 4 : -1;
  c.quiet--;
  if (m643 === -1) {
    ok = (0, import_validation.fail)(c, p, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v);
  } else if (c.quiet === 0 && c.onUnknown !== void 0) {
    if (m643 === 0) variant$644(v, p642, c);
    if (m643 === 1) variant$651(v, p642, c);
    if (m643 === 2) variant$656(v, p642, c);
    if (m643 === 3) variant$661(v, p642, c);
    if (m643 === 4) variant$666(v, p642, c);
  }
  return ok;
}
function checkDefaultFields(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o671 = v;
    const v672 = o671["company"];
    if (v672 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/company", "string or null");
    } else {
      if (v672 !== null) {
        if (typeof v672 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/company", "string or null", v672);
        }
      }
    }
    const v673 = o671["emails"];
    if (v673 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/emails", "array");
    } else {
      if (!Array.isArray(v673)) {
        ok = (0, import_validation.fail)(c, p + "/emails", "array", v673);
      } else {
        for (let i674 = 0; i674 < v673.length; i674++) {
          const v675 = v673[i674];
          if (!checkEmail(v675, p + "/emails/" + i674, c)) ok = false;
        }
      }
    }
    const v676 = o671["firstName"];
    if (v676 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/firstName", "string or null");
    } else {
      if (v676 !== null) {
        if (typeof v676 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/firstName", "string or null", v676);
        }
      }
    }
    const v677 = o671["lastName"];
    if (v677 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/lastName", "string or null");
    } else {
      if (v677 !== null) {
        if (typeof v677 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/lastName", "string or null", v677);
        }
      }
    }
    const v678 = o671["phoneNumbers"];
    if (v678 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/phoneNumbers", "array");
    } else {
      if (!Array.isArray(v678)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array", v678);
      } else {
        for (let i679 = 0; i679 < v678.length; i679++) {
          const v680 = v678[i679];
          if (!checkEmail(v680, p + "/phoneNumbers/" + i679, c)) ok = false;
        }
      }
    }
    const v681 = o671["role"];
    if (v681 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/role", "string or null");
    } else {
      if (v681 !== null) {
        if (typeof v681 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/role", "string or null", v681);
        }
      }
    }
    if (c.scan) {
      for (const k682 in o671) {
        switch (k682) {
          case "company":
          case "emails":
          case "firstName":
          case "lastName":
          case "phoneNumbers":
          case "role":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k682, o671[k682])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkDefaultFieldsEmail(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o683 = v;
    const v684 = o683["name"];
    if (v684 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/name", "string");
    } else {
      if (typeof v684 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/name", "string", v684);
      }
    }
    const v685 = o683["value"];
    if (v685 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v685 !== null) {
        if (typeof v685 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v685);
        }
      }
    }
    if (c.scan) {
      for (const k686 in o683) {
        switch (k686) {
          case "name":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k686, o683[k686])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkEmail(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o687 = v;
    const v688 = o687["id"];
    if (v688 !== void 0) {
      if (typeof v688 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v688);
      }
    }
    const v689 = o687["name"];
    if (v689 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/name", "string");
    } else {
      if (typeof v689 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/name", "string", v689);
      }
    }
    const v690 = o687["value"];
    if (v690 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or null");
    } else {
      if (v690 !== null) {
        if (typeof v690 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/value", "string or null", v690);
        }
      }
    }
    if (c.scan) {
      for (const k691 in o687) {
        switch (k691) {
          case "id":
          case "name":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k691, o687[k691])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkErrorDetail(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o692 = v;
    const v693 = o692["message"];
    if (v693 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v693 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v693);
      }
    }
    const v694 = o692["path"];
    if (v694 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/path", "string");
    } else {
      if (typeof v694 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/path", "string", v694);
      }
    }
    const v695 = o692["schema"];
    if (v695 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/schema", "object with type");
    } else {
      if (typeof v695 !== "object" || v695 === null || Array.isArray(v695)) {
        ok = (0, import_validation.fail)(c, p + "/schema", "object", v695);
      } else {
        const o696 = v695;
        const v697 = o696["type"];
        if (v697 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/schema/type", "string");
        } else {
          if (typeof v697 !== "string") {
            ok = (0, import_validation.fail)(c, p + "/schema/type", "string", v697);
          }
        }
        if (c.scan) {
          for (const k698 in o696) {
            switch (k698) {
              case "type":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/schema", k698, o696[k698])) ok = false;
              }
            }
          }
        }
      }
    }
    const v699 = o692["value"];
    if (c.scan) {
      for (const k700 in o692) {
        switch (k700) {
          case "message":
          case "path":
          case "schema":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k700, o692[k700])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessage(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o701 = v;
    const v702 = o701["createdAt"];
    if (v702 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v702 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v702);
      } else if (!(0, import_validation.isDateTime)(v702)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v702);
      }
    }
    const v703 = o701["direction"];
    if (v703 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/direction", 'one of "incoming", "outgoing"');
    } else {
      if (!(v703 === "incoming" || v703 === "outgoing")) {
        if (typeof v703 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/direction", 'one of "incoming", "outgoing"', v703)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/direction", 'one of "incoming", "outgoing"', v703);
        }
      }
    }
    const v704 = o701["from"];
    if (v704 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/from", "string matching /^\\+[1-9]\\d{1,14}$/");
    } else {
      if (typeof v704 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/from", "string", v704);
      } else if (!pattern$0.test(v704)) {
        ok = (0, import_validation.fail)(c, p + "/from", "string matching /^\\+[1-9]\\d{1,14}$/", v704);
      }
    }
    const v705 = o701["id"];
    if (v705 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^AC(.*)$/");
    } else {
      if (typeof v705 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v705);
      } else if (!pattern$2.test(v705)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^AC(.*)$/", v705);
      }
    }
    const v706 = o701["phoneNumberId"];
    if (v706 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/ or null");
    } else {
      if (v706 !== null) {
        if (typeof v706 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string or null", v706);
        } else if (!pattern$3.test(v706)) {
          ok = (0, import_validation.fail)(c, p + "/phoneNumberId", "string matching /^PN(.*)$/", v706);
        }
      }
    }
    const v707 = o701["status"];
    if (v707 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "queued", "sent", "delivered", "undelivered"');
    } else {
      if (!(v707 === "queued" || v707 === "sent" || v707 === "delivered" || v707 === "undelivered")) {
        if (typeof v707 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "queued", "sent", "delivered", "undelivered"', v707)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "queued", "sent", "delivered", "undelivered"', v707);
        }
      }
    }
    const v708 = o701["text"];
    if (v708 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/text", "string");
    } else {
      if (typeof v708 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/text", "string", v708);
      }
    }
    const v709 = o701["to"];
    if (v709 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v709)) {
        ok = (0, import_validation.fail)(c, p + "/to", "array", v709);
      } else {
        for (let i710 = 0; i710 < v709.length; i710++) {
          const v711 = v709[i710];
          if (typeof v711 !== "string") {
            ok = (0, import_validation.fail)(c, p + "/to/" + i710, "string", v711);
          } else if (!pattern$0.test(v711)) {
            ok = (0, import_validation.fail)(c, p + "/to/" + i710, "string matching /^\\+[1-9]\\d{1,14}$/", v711);
          }
        }
      }
    }
    const v712 = o701["updatedAt"];
    if (v712 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v712 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v712);
      } else if (!(0, import_validation.isDateTime)(v712)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v712);
      }
    }
    const v713 = o701["userId"];
    if (v713 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/ or null");
    } else {
      if (v713 !== null) {
        if (typeof v713 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/userId", "string or null", v713);
        } else if (!pattern$1.test(v713)) {
          ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v713);
        }
      }
    }
    if (c.scan) {
      for (const k714 in o701) {
        switch (k714) {
          case "createdAt":
          case "direction":
          case "from":
          case "id":
          case "phoneNumberId":
          case "status":
          case "text":
          case "to":
          case "updatedAt":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k714, o701[k714])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageA2PRegistrationNotApprovedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o715 = v;
    const v716 = o715["code"];
    if (v716 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0206400"');
    } else {
      if (v716 !== "0206400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0206400"', v716);
      }
    }
    const v717 = o715["description"];
    if (v717 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"A2P Registration Not Approved"');
    } else {
      if (v717 !== "A2P Registration Not Approved") {
        ok = (0, import_validation.fail)(c, p + "/description", '"A2P Registration Not Approved"', v717);
      }
    }
    const v718 = o715["docs"];
    if (v718 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v718 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v718);
      }
    }
    const v719 = o715["errors"];
    if (v719 !== void 0) {
      if (!Array.isArray(v719)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v719);
      } else {
        for (let i720 = 0; i720 < v719.length; i720++) {
          const v721 = v719[i720];
          if (!checkErrorDetail(v721, p + "/errors/" + i720, c)) ok = false;
        }
      }
    }
    const v722 = o715["message"];
    if (v722 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v722 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v722);
      }
    }
    const v723 = o715["status"];
    if (v723 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v723 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v723);
      }
    }
    const v724 = o715["title"];
    if (v724 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"A2P Registration Not Approved"');
    } else {
      if (v724 !== "A2P Registration Not Approved") {
        ok = (0, import_validation.fail)(c, p + "/title", '"A2P Registration Not Approved"', v724);
      }
    }
    const v725 = o715["trace"];
    if (v725 !== void 0) {
      if (typeof v725 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v725);
      }
    }
    if (c.scan) {
      for (const k726 in o715) {
        switch (k726) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k726, o715[k726])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageNotEnoughCreditsError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o727 = v;
    const v728 = o727["code"];
    if (v728 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0200402"');
    } else {
      if (v728 !== "0200402") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0200402"', v728);
      }
    }
    const v729 = o727["description"];
    if (v729 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"The organization does not have enough prepaid credits to send the message"');
    } else {
      if (v729 !== "The organization does not have enough prepaid credits to send the message") {
        ok = (0, import_validation.fail)(c, p + "/description", '"The organization does not have enough prepaid credits to send the message"', v729);
      }
    }
    const v730 = o727["docs"];
    if (v730 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v730 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v730);
      }
    }
    const v731 = o727["errors"];
    if (v731 !== void 0) {
      if (!Array.isArray(v731)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v731);
      } else {
        for (let i732 = 0; i732 < v731.length; i732++) {
          const v733 = v731[i732];
          if (!checkErrorDetail(v733, p + "/errors/" + i732, c)) ok = false;
        }
      }
    }
    const v734 = o727["message"];
    if (v734 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v734 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v734);
      }
    }
    const v735 = o727["status"];
    if (v735 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "402");
    } else {
      if (v735 !== 402) {
        ok = (0, import_validation.fail)(c, p + "/status", "402", v735);
      }
    }
    const v736 = o727["title"];
    if (v736 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Enough Credits"');
    } else {
      if (v736 !== "Not Enough Credits") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Enough Credits"', v736);
      }
    }
    const v737 = o727["trace"];
    if (v737 !== void 0) {
      if (typeof v737 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v737);
      }
    }
    if (c.scan) {
      for (const k738 in o727) {
        switch (k738) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k738, o727[k738])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o739 = v;
    const v740 = o739["code"];
    if (v740 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0200404"');
    } else {
      if (v740 !== "0200404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0200404"', v740);
      }
    }
    const v741 = o739["docs"];
    if (v741 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v741 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v741);
      }
    }
    const v742 = o739["errors"];
    if (v742 !== void 0) {
      if (!Array.isArray(v742)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v742);
      } else {
        for (let i743 = 0; i743 < v742.length; i743++) {
          const v744 = v742[i743];
          if (!checkErrorDetail(v744, p + "/errors/" + i743, c)) ok = false;
        }
      }
    }
    const v745 = o739["message"];
    if (v745 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v745 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v745);
      }
    }
    const v746 = o739["status"];
    if (v746 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v746 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v746);
      }
    }
    const v747 = o739["title"];
    if (v747 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v747 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v747);
      }
    }
    const v748 = o739["trace"];
    if (v748 !== void 0) {
      if (typeof v748 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v748);
      }
    }
    if (c.scan) {
      for (const k749 in o739) {
        switch (k749) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k749, o739[k749])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageNotPhoneNumberUserError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o750 = v;
    const v751 = o750["code"];
    if (v751 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0202403"');
    } else {
      if (v751 !== "0202403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0202403"', v751);
      }
    }
    const v752 = o750["description"];
    if (v752 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Not Phone Number User"');
    } else {
      if (v752 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Not Phone Number User"', v752);
      }
    }
    const v753 = o750["docs"];
    if (v753 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v753 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v753);
      }
    }
    const v754 = o750["errors"];
    if (v754 !== void 0) {
      if (!Array.isArray(v754)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v754);
      } else {
        for (let i755 = 0; i755 < v754.length; i755++) {
          const v756 = v754[i755];
          if (!checkErrorDetail(v756, p + "/errors/" + i755, c)) ok = false;
        }
      }
    }
    const v757 = o750["message"];
    if (v757 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v757 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v757);
      }
    }
    const v758 = o750["status"];
    if (v758 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v758 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v758);
      }
    }
    const v759 = o750["title"];
    if (v759 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Phone Number User"');
    } else {
      if (v759 !== "Not Phone Number User") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Phone Number User"', v759);
      }
    }
    const v760 = o750["trace"];
    if (v760 !== void 0) {
      if (typeof v760 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v760);
      }
    }
    if (c.scan) {
      for (const k761 in o750) {
        switch (k761) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k761, o750[k761])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o762 = v;
    const v763 = o762["code"];
    if (v763 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0200401"');
    } else {
      if (v763 !== "0200401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0200401"', v763);
      }
    }
    const v764 = o762["docs"];
    if (v764 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v764 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v764);
      }
    }
    const v765 = o762["errors"];
    if (v765 !== void 0) {
      if (!Array.isArray(v765)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v765);
      } else {
        for (let i766 = 0; i766 < v765.length; i766++) {
          const v767 = v765[i766];
          if (!checkErrorDetail(v767, p + "/errors/" + i766, c)) ok = false;
        }
      }
    }
    const v768 = o762["message"];
    if (v768 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v768 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v768);
      }
    }
    const v769 = o762["status"];
    if (v769 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v769 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v769);
      }
    }
    const v770 = o762["title"];
    if (v770 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v770 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v770);
      }
    }
    const v771 = o762["trace"];
    if (v771 !== void 0) {
      if (typeof v771 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v771);
      }
    }
    if (c.scan) {
      for (const k772 in o762) {
        switch (k772) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k772, o762[k772])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o773 = v;
    const v774 = o773["code"];
    if (v774 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0201500"');
    } else {
      if (v774 !== "0201500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0201500"', v774);
      }
    }
    const v775 = o773["docs"];
    if (v775 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v775 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v775);
      }
    }
    const v776 = o773["errors"];
    if (v776 !== void 0) {
      if (!Array.isArray(v776)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v776);
      } else {
        for (let i777 = 0; i777 < v776.length; i777++) {
          const v778 = v776[i777];
          if (!checkErrorDetail(v778, p + "/errors/" + i777, c)) ok = false;
        }
      }
    }
    const v779 = o773["message"];
    if (v779 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v779 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v779);
      }
    }
    const v780 = o773["status"];
    if (v780 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v780 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v780);
      }
    }
    const v781 = o773["title"];
    if (v781 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v781 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v781);
      }
    }
    const v782 = o773["trace"];
    if (v782 !== void 0) {
      if (typeof v782 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v782);
      }
    }
    if (c.scan) {
      for (const k783 in o773) {
        switch (k783) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k783, o773[k783])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o784 = v;
    const v785 = o784["createdAt"];
    if (v785 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v785 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v785);
      } else if (!(0, import_validation.isDateTime)(v785)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v785);
      }
    }
    const v786 = o784["deletedAt"];
    if (v786 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/deletedAt", "date-time (RFC 3339) or null");
    } else {
      if (v786 !== null) {
        if (typeof v786 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "string or null", v786);
        } else if (!(0, import_validation.isDateTime)(v786)) {
          ok = (0, import_validation.fail)(c, p + "/deletedAt", "date-time (RFC 3339)", v786);
        }
      }
    }
    const v787 = o784["events"];
    if (v787 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v787)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v787);
      } else {
        for (let i788 = 0; i788 < v787.length; i788++) {
          const v789 = v787[i788];
          if (!(v789 === "message.received" || v789 === "message.delivered")) {
            if (typeof v789 === "string") {
              if (!(0, import_validation.unknownEnum)(c, p + "/events/" + i788, 'one of "message.received", "message.delivered"', v789)) ok = false;
            } else {
              ok = (0, import_validation.fail)(c, p + "/events/" + i788, 'one of "message.received", "message.delivered"', v789);
            }
          }
        }
      }
    }
    const v790 = o784["id"];
    if (v790 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^WH(.*)$/");
    } else {
      if (typeof v790 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v790);
      } else if (!pattern$4.test(v790)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^WH(.*)$/", v790);
      }
    }
    const v791 = o784["key"];
    if (v791 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/key", "string");
    } else {
      if (typeof v791 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/key", "string", v791);
      }
    }
    const v792 = o784["label"];
    if (v792 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/label", "string or null");
    } else {
      if (v792 !== null) {
        if (typeof v792 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/label", "string or null", v792);
        }
      }
    }
    const v793 = o784["orgId"];
    if (v793 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/orgId", "string matching /^OR(.*)$/");
    } else {
      if (typeof v793 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string", v793);
      } else if (!pattern$5.test(v793)) {
        ok = (0, import_validation.fail)(c, p + "/orgId", "string matching /^OR(.*)$/", v793);
      }
    }
    const v794 = o784["resourceIds"];
    if (v794 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p795 = p + "/resourceIds";
      c.quiet++;
      const m796 = variant$797(v794, p795, c) ? 0 : variant$800(v794, p795, c) ? 1 : -1;
      c.quiet--;
      if (m796 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v794);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m796 === 0) variant$797(v794, p795, c);
        if (m796 === 1) variant$800(v794, p795, c);
      }
    }
    const v803 = o784["status"];
    if (v803 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", 'one of "enabled", "disabled"');
    } else {
      if (!(v803 === "enabled" || v803 === "disabled")) {
        if (typeof v803 === "string") {
          if (!(0, import_validation.unknownEnum)(c, p + "/status", 'one of "enabled", "disabled"', v803)) ok = false;
        } else {
          ok = (0, import_validation.fail)(c, p + "/status", 'one of "enabled", "disabled"', v803);
        }
      }
    }
    const v804 = o784["updatedAt"];
    if (v804 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v804 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v804);
      } else if (!(0, import_validation.isDateTime)(v804)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v804);
      }
    }
    const v805 = o784["url"];
    if (v805 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/url", "absolute URI");
    } else {
      if (typeof v805 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/url", "string", v805);
      } else if (!(0, import_validation.isUri)(v805)) {
        ok = (0, import_validation.fail)(c, p + "/url", "absolute URI", v805);
      }
    }
    const v806 = o784["userId"];
    if (v806 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/userId", "string matching /^US(.*)$/");
    } else {
      if (typeof v806 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/userId", "string", v806);
      } else if (!pattern$1.test(v806)) {
        ok = (0, import_validation.fail)(c, p + "/userId", "string matching /^US(.*)$/", v806);
      }
    }
    if (c.scan) {
      for (const k807 in o784) {
        switch (k807) {
          case "createdAt":
          case "deletedAt":
          case "events":
          case "id":
          case "key":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k807, o784[k807])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumber(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o808 = v;
    const v809 = o808["createdAt"];
    if (v809 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "string");
    } else {
      if (typeof v809 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v809);
      }
    }
    const v810 = o808["formattedNumber"];
    if (v810 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/formattedNumber", "string or null");
    } else {
      if (v810 !== null) {
        if (typeof v810 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/formattedNumber", "string or null", v810);
        }
      }
    }
    const v811 = o808["forward"];
    if (v811 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/forward", "string or null");
    } else {
      if (v811 !== null) {
        if (typeof v811 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/forward", "string or null", v811);
        }
      }
    }
    const v812 = o808["groupId"];
    if (v812 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/groupId", "string");
    } else {
      if (typeof v812 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/groupId", "string", v812);
      }
    }
    const v813 = o808["id"];
    if (v813 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string matching /^PN(.*)$/");
    } else {
      if (typeof v813 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v813);
      } else if (!pattern$3.test(v813)) {
        ok = (0, import_validation.fail)(c, p + "/id", "string matching /^PN(.*)$/", v813);
      }
    }
    const v814 = o808["name"];
    if (v814 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/name", "string");
    } else {
      if (typeof v814 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/name", "string", v814);
      }
    }
    const v815 = o808["number"];
    if (v815 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/number", "string matching /^\\+[1-9]\\d{1,14}$/");
    } else {
      if (typeof v815 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/number", "string", v815);
      } else if (!pattern$0.test(v815)) {
        ok = (0, import_validation.fail)(c, p + "/number", "string matching /^\\+[1-9]\\d{1,14}$/", v815);
      }
    }
    const v816 = o808["portRequestId"];
    if (v816 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/portRequestId", "string or null");
    } else {
      if (v816 !== null) {
        if (typeof v816 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/portRequestId", "string or null", v816);
        }
      }
    }
    const v817 = o808["portingStatus"];
    if (v817 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/portingStatus", "string or null");
    } else {
      if (v817 !== null) {
        if (typeof v817 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/portingStatus", "string or null", v817);
        }
      }
    }
    const v818 = o808["restrictions"];
    if (v818 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/restrictions", "object with calling, messaging");
    } else {
      if (typeof v818 !== "object" || v818 === null || Array.isArray(v818)) {
        ok = (0, import_validation.fail)(c, p + "/restrictions", "object", v818);
      } else {
        const o819 = v818;
        const v820 = o819["calling"];
        if (v820 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/restrictions/calling", "Calling");
        } else {
          if (!checkCalling(v820, p + "/restrictions/calling", c)) ok = false;
        }
        const v821 = o819["messaging"];
        if (v821 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/restrictions/messaging", "Calling");
        } else {
          if (!checkCalling(v821, p + "/restrictions/messaging", c)) ok = false;
        }
        if (c.scan) {
          for (const k822 in o819) {
            switch (k822) {
              case "calling":
              case "messaging":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/restrictions", k822, o819[k822])) ok = false;
              }
            }
          }
        }
      }
    }
    const v823 = o808["symbol"];
    if (v823 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/symbol", "string or null");
    } else {
      if (v823 !== null) {
        if (typeof v823 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/symbol", "string or null", v823);
        }
      }
    }
    const v824 = o808["updatedAt"];
    if (v824 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "string");
    } else {
      if (typeof v824 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v824);
      }
    }
    const v825 = o808["users"];
    if (v825 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/users", "array");
    } else {
      if (!Array.isArray(v825)) {
        ok = (0, import_validation.fail)(c, p + "/users", "array", v825);
      } else {
        for (let i826 = 0; i826 < v825.length; i826++) {
          const v827 = v825[i826];
          if (typeof v827 !== "object" || v827 === null || Array.isArray(v827)) {
            ok = (0, import_validation.fail)(c, p + "/users/" + i826, "object", v827);
          } else {
            const o828 = v827;
            const v829 = o828["email"];
            if (v829 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/email", "string");
            } else {
              if (typeof v829 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/email", "string", v829);
              }
            }
            const v830 = o828["firstName"];
            if (v830 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/firstName", "string or null");
            } else {
              if (v830 !== null) {
                if (typeof v830 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/firstName", "string or null", v830);
                }
              }
            }
            const v831 = o828["groupId"];
            if (v831 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/groupId", "string");
            } else {
              if (typeof v831 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/groupId", "string", v831);
              }
            }
            const v832 = o828["id"];
            if (v832 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/id", "string matching /^US(.*)$/");
            } else {
              if (typeof v832 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/id", "string", v832);
              } else if (!pattern$1.test(v832)) {
                ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/id", "string matching /^US(.*)$/", v832);
              }
            }
            const v833 = o828["lastName"];
            if (v833 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/lastName", "string or null");
            } else {
              if (v833 !== null) {
                if (typeof v833 !== "string") {
                  ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/lastName", "string or null", v833);
                }
              }
            }
            const v834 = o828["role"];
            if (v834 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/users/" + i826 + "/role", "string");
            } else {
              if (typeof v834 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/users/" + i826 + "/role", "string", v834);
              }
            }
            if (c.scan) {
              for (const k835 in o828) {
                switch (k835) {
                  case "email":
                  case "firstName":
                  case "groupId":
                  case "id":
                  case "lastName":
                  case "role":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/users/" + i826, k835, o828[k835])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k836 in o808) {
        switch (k836) {
          case "createdAt":
          case "formattedNumber":
          case "forward":
          case "groupId":
          case "id":
          case "name":
          case "number":
          case "portRequestId":
          case "portingStatus":
          case "restrictions":
          case "symbol":
          case "updatedAt":
          case "users":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k836, o808[k836])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o837 = v;
    const v838 = o837["code"];
    if (v838 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0400400"');
    } else {
      if (v838 !== "0400400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0400400"', v838);
      }
    }
    const v839 = o837["docs"];
    if (v839 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v839 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v839);
      }
    }
    const v840 = o837["errors"];
    if (v840 !== void 0) {
      if (!Array.isArray(v840)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v840);
      } else {
        for (let i841 = 0; i841 < v840.length; i841++) {
          const v842 = v840[i841];
          if (!checkErrorDetail(v842, p + "/errors/" + i841, c)) ok = false;
        }
      }
    }
    const v843 = o837["message"];
    if (v843 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v843 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v843);
      }
    }
    const v844 = o837["status"];
    if (v844 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v844 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v844);
      }
    }
    const v845 = o837["title"];
    if (v845 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Bad Request"');
    } else {
      if (v845 !== "Bad Request") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Bad Request"', v845);
      }
    }
    const v846 = o837["trace"];
    if (v846 !== void 0) {
      if (typeof v846 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v846);
      }
    }
    if (c.scan) {
      for (const k847 in o837) {
        switch (k847) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k847, o837[k847])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o848 = v;
    const v849 = o848["code"];
    if (v849 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0400403"');
    } else {
      if (v849 !== "0400403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0400403"', v849);
      }
    }
    const v850 = o848["docs"];
    if (v850 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v850 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v850);
      }
    }
    const v851 = o848["errors"];
    if (v851 !== void 0) {
      if (!Array.isArray(v851)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v851);
      } else {
        for (let i852 = 0; i852 < v851.length; i852++) {
          const v853 = v851[i852];
          if (!checkErrorDetail(v853, p + "/errors/" + i852, c)) ok = false;
        }
      }
    }
    const v854 = o848["message"];
    if (v854 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v854 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v854);
      }
    }
    const v855 = o848["status"];
    if (v855 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v855 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v855);
      }
    }
    const v856 = o848["title"];
    if (v856 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v856 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v856);
      }
    }
    const v857 = o848["trace"];
    if (v857 !== void 0) {
      if (typeof v857 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v857);
      }
    }
    if (c.scan) {
      for (const k858 in o848) {
        switch (k858) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k858, o848[k858])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o859 = v;
    const v860 = o859["code"];
    if (v860 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0400404"');
    } else {
      if (v860 !== "0400404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0400404"', v860);
      }
    }
    const v861 = o859["docs"];
    if (v861 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v861 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v861);
      }
    }
    const v862 = o859["errors"];
    if (v862 !== void 0) {
      if (!Array.isArray(v862)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v862);
      } else {
        for (let i863 = 0; i863 < v862.length; i863++) {
          const v864 = v862[i863];
          if (!checkErrorDetail(v864, p + "/errors/" + i863, c)) ok = false;
        }
      }
    }
    const v865 = o859["message"];
    if (v865 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v865 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v865);
      }
    }
    const v866 = o859["status"];
    if (v866 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v866 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v866);
      }
    }
    const v867 = o859["title"];
    if (v867 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v867 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v867);
      }
    }
    const v868 = o859["trace"];
    if (v868 !== void 0) {
      if (typeof v868 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v868);
      }
    }
    if (c.scan) {
      for (const k869 in o859) {
        switch (k869) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k869, o859[k869])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o870 = v;
    const v871 = o870["code"];
    if (v871 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0400401"');
    } else {
      if (v871 !== "0400401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0400401"', v871);
      }
    }
    const v872 = o870["docs"];
    if (v872 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v872 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v872);
      }
    }
    const v873 = o870["errors"];
    if (v873 !== void 0) {
      if (!Array.isArray(v873)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v873);
      } else {
        for (let i874 = 0; i874 < v873.length; i874++) {
          const v875 = v873[i874];
          if (!checkErrorDetail(v875, p + "/errors/" + i874, c)) ok = false;
        }
      }
    }
    const v876 = o870["message"];
    if (v876 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v876 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v876);
      }
    }
    const v877 = o870["status"];
    if (v877 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v877 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v877);
      }
    }
    const v878 = o870["title"];
    if (v878 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v878 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v878);
      }
    }
    const v879 = o870["trace"];
    if (v879 !== void 0) {
      if (typeof v879 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v879);
      }
    }
    if (c.scan) {
      for (const k880 in o870) {
        switch (k880) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k880, o870[k880])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o881 = v;
    const v882 = o881["code"];
    if (v882 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0401500"');
    } else {
      if (v882 !== "0401500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0401500"', v882);
      }
    }
    const v883 = o881["docs"];
    if (v883 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v883 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v883);
      }
    }
    const v884 = o881["errors"];
    if (v884 !== void 0) {
      if (!Array.isArray(v884)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v884);
      } else {
        for (let i885 = 0; i885 < v884.length; i885++) {
          const v886 = v884[i885];
          if (!checkErrorDetail(v886, p + "/errors/" + i885, c)) ok = false;
        }
      }
    }
    const v887 = o881["message"];
    if (v887 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v887 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v887);
      }
    }
    const v888 = o881["status"];
    if (v888 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v888 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v888);
      }
    }
    const v889 = o881["title"];
    if (v889 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v889 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v889);
      }
    }
    const v890 = o881["trace"];
    if (v890 !== void 0) {
      if (typeof v890 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v890);
      }
    }
    if (c.scan) {
      for (const k891 in o881) {
        switch (k891) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k891, o881[k891])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkUpdateContactByIdContact(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o892 = v;
    const v893 = o892["createdAt"];
    if (v893 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdAt", "date-time (RFC 3339)");
    } else {
      if (typeof v893 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "string", v893);
      } else if (!(0, import_validation.isDateTime)(v893)) {
        ok = (0, import_validation.fail)(c, p + "/createdAt", "date-time (RFC 3339)", v893);
      }
    }
    const v894 = o892["createdByUserId"];
    if (v894 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/createdByUserId", "string matching /^US(.*)$/");
    } else {
      if (typeof v894 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/createdByUserId", "string", v894);
      } else if (!pattern$1.test(v894)) {
        ok = (0, import_validation.fail)(c, p + "/createdByUserId", "string matching /^US(.*)$/", v894);
      }
    }
    const v895 = o892["customFields"];
    if (v895 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/customFields", "array");
    } else {
      if (!Array.isArray(v895)) {
        ok = (0, import_validation.fail)(c, p + "/customFields", "array", v895);
      } else {
        for (let i896 = 0; i896 < v895.length; i896++) {
          const v897 = v895[i896];
          if (typeof v897 !== "object" || v897 === null || Array.isArray(v897)) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i896, "object", v897);
          } else {
            const o898 = v897;
            const v899 = o898["key"];
            if (v899 !== void 0) {
              if (typeof v899 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/customFields/" + i896 + "/key", "string", v899);
              }
            }
            const v900 = o898["name"];
            if (v900 === void 0) {
              ok = (0, import_validation.missing)(c, p + "/customFields/" + i896 + "/name", "string");
            } else {
              if (typeof v900 !== "string") {
                ok = (0, import_validation.fail)(c, p + "/customFields/" + i896 + "/name", "string", v900);
              }
            }
          }
          const p902 = p + "/customFields/" + i896;
          c.quiet++;
          const m903 = variant$904(v897, p902, c) ? 0 : variant$911(v897, p902, c) ? 1 : variant$916(v897, p902, c) ? 2 : variant$921(v897, p902, c) ? 3 : variant$926(v897, p902, c) ? 4 : -1;
          c.quiet--;
          if (m903 === -1) {
            ok = (0, import_validation.fail)(c, p + "/customFields/" + i896, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v897);
          } else if (c.quiet === 0 && c.onUnknown !== void 0) {
            if (m903 === 0) variant$904(v897, p902, c);
            if (m903 === 1) variant$911(v897, p902, c);
            if (m903 === 2) variant$916(v897, p902, c);
            if (m903 === 3) variant$921(v897, p902, c);
            if (m903 === 4) variant$926(v897, p902, c);
          }
          if (typeof v897 === "object" && v897 !== null && !Array.isArray(v897)) {
            const o931 = v897;
            if (c.scan) {
              for (const k932 in o931) {
                switch (k932) {
                  case "key":
                  case "name":
                  case "type":
                  case "value":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/customFields/" + i896, k932, o931[k932])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v933 = o892["defaultFields"];
    if (v933 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/defaultFields", "DefaultFields");
    } else {
      if (!checkDefaultFields(v933, p + "/defaultFields", c)) ok = false;
    }
    const v934 = o892["externalId"];
    if (v934 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/externalId", "string of 1 to 75 characters or null");
    } else {
      if (v934 !== null) {
        if (typeof v934 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/externalId", "string or null", v934);
        } else if (!(v934.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/externalId", "at least 1 character", v934);
        } else if (!(v934.length <= 75 || (0, import_validation.codePoints)(v934) <= 75)) {
          ok = (0, import_validation.fail)(c, p + "/externalId", "at most 75 characters", v934);
        }
      }
    }
    const v935 = o892["id"];
    if (v935 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/id", "string");
    } else {
      if (typeof v935 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/id", "string", v935);
      }
    }
    const v936 = o892["source"];
    if (v936 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/source", "string of 1 to 75 characters or null");
    } else {
      if (v936 !== null) {
        if (typeof v936 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/source", "string or null", v936);
        } else if (!(v936.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/source", "at least 1 character", v936);
        } else if (!(v936.length <= 75 || (0, import_validation.codePoints)(v936) <= 75)) {
          ok = (0, import_validation.fail)(c, p + "/source", "at most 75 characters", v936);
        }
      }
    }
    const v937 = o892["sourceUrl"];
    if (v937 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/sourceUrl", "absolute URI of 1 to 200 characters or null");
    } else {
      if (v937 !== null) {
        if (typeof v937 !== "string") {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "string or null", v937);
        } else if (!(v937.length > 0)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "at least 1 character", v937);
        } else if (!(v937.length <= 200 || (0, import_validation.codePoints)(v937) <= 200)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "at most 200 characters", v937);
        } else if (!(0, import_validation.isUri)(v937)) {
          ok = (0, import_validation.fail)(c, p + "/sourceUrl", "absolute URI", v937);
        }
      }
    }
    const v938 = o892["updatedAt"];
    if (v938 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/updatedAt", "date-time (RFC 3339)");
    } else {
      if (typeof v938 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "string", v938);
      } else if (!(0, import_validation.isDateTime)(v938)) {
        ok = (0, import_validation.fail)(c, p + "/updatedAt", "date-time (RFC 3339)", v938);
      }
    }
    if (c.scan) {
      for (const k939 in o892) {
        switch (k939) {
          case "createdAt":
          case "createdByUserId":
          case "customFields":
          case "defaultFields":
          case "externalId":
          case "id":
          case "source":
          case "sourceUrl":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k939, o892[k939])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhook(v, p, c) {
  let ok = true;
  const p940 = p;
  c.quiet++;
  const m941 = checkMessageWebhook(v, p940, c) ? 0 : checkCallWebhook(v, p940, c) ? 1 : checkCallSummaryWebhook(v, p940, c) ? 2 : checkCallTranscriptWebhook(v, p940, c) ? 3 : -1;
  c.quiet--;
  if (m941 === -1) {
    ok = (0, import_validation.fail)(c, p, "MessageWebhook or CallWebhook or CallSummaryWebhook or CallTranscriptWebhook", v);
  } else if (c.quiet === 0 && c.onUnknown !== void 0) {
    if (m941 === 0) checkMessageWebhook(v, p940, c);
    if (m941 === 1) checkCallWebhook(v, p940, c);
    if (m941 === 2) checkCallSummaryWebhook(v, p940, c);
    if (m941 === 3) checkCallTranscriptWebhook(v, p940, c);
  }
  return ok;
}
function checkWebhookForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o942 = v;
    const v943 = o942["code"];
    if (v943 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0300403"');
    } else {
      if (v943 !== "0300403") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0300403"', v943);
      }
    }
    const v944 = o942["docs"];
    if (v944 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v944 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v944);
      }
    }
    const v945 = o942["errors"];
    if (v945 !== void 0) {
      if (!Array.isArray(v945)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v945);
      } else {
        for (let i946 = 0; i946 < v945.length; i946++) {
          const v947 = v945[i946];
          if (!checkErrorDetail(v947, p + "/errors/" + i946, c)) ok = false;
        }
      }
    }
    const v948 = o942["message"];
    if (v948 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v948 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v948);
      }
    }
    const v949 = o942["status"];
    if (v949 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "403");
    } else {
      if (v949 !== 403) {
        ok = (0, import_validation.fail)(c, p + "/status", "403", v949);
      }
    }
    const v950 = o942["title"];
    if (v950 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Forbidden"');
    } else {
      if (v950 !== "Forbidden") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Forbidden"', v950);
      }
    }
    const v951 = o942["trace"];
    if (v951 !== void 0) {
      if (typeof v951 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v951);
      }
    }
    if (c.scan) {
      for (const k952 in o942) {
        switch (k952) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k952, o942[k952])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookInvalidVersionError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o953 = v;
    const v954 = o953["code"];
    if (v954 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0305400"');
    } else {
      if (v954 !== "0305400") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0305400"', v954);
      }
    }
    const v955 = o953["description"];
    if (v955 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/description", '"Invalid Version"');
    } else {
      if (v955 !== "Invalid Version") {
        ok = (0, import_validation.fail)(c, p + "/description", '"Invalid Version"', v955);
      }
    }
    const v956 = o953["docs"];
    if (v956 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v956 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v956);
      }
    }
    const v957 = o953["errors"];
    if (v957 !== void 0) {
      if (!Array.isArray(v957)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v957);
      } else {
        for (let i958 = 0; i958 < v957.length; i958++) {
          const v959 = v957[i958];
          if (!checkErrorDetail(v959, p + "/errors/" + i958, c)) ok = false;
        }
      }
    }
    const v960 = o953["message"];
    if (v960 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v960 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v960);
      }
    }
    const v961 = o953["status"];
    if (v961 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "400");
    } else {
      if (v961 !== 400) {
        ok = (0, import_validation.fail)(c, p + "/status", "400", v961);
      }
    }
    const v962 = o953["title"];
    if (v962 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Invalid Version"');
    } else {
      if (v962 !== "Invalid Version") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Invalid Version"', v962);
      }
    }
    const v963 = o953["trace"];
    if (v963 !== void 0) {
      if (typeof v963 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v963);
      }
    }
    if (c.scan) {
      for (const k964 in o953) {
        switch (k964) {
          case "code":
          case "description":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k964, o953[k964])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o965 = v;
    const v966 = o965["code"];
    if (v966 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0300404"');
    } else {
      if (v966 !== "0300404") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0300404"', v966);
      }
    }
    const v967 = o965["docs"];
    if (v967 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v967 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v967);
      }
    }
    const v968 = o965["errors"];
    if (v968 !== void 0) {
      if (!Array.isArray(v968)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v968);
      } else {
        for (let i969 = 0; i969 < v968.length; i969++) {
          const v970 = v968[i969];
          if (!checkErrorDetail(v970, p + "/errors/" + i969, c)) ok = false;
        }
      }
    }
    const v971 = o965["message"];
    if (v971 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v971 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v971);
      }
    }
    const v972 = o965["status"];
    if (v972 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "404");
    } else {
      if (v972 !== 404) {
        ok = (0, import_validation.fail)(c, p + "/status", "404", v972);
      }
    }
    const v973 = o965["title"];
    if (v973 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Not Found"');
    } else {
      if (v973 !== "Not Found") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Not Found"', v973);
      }
    }
    const v974 = o965["trace"];
    if (v974 !== void 0) {
      if (typeof v974 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v974);
      }
    }
    if (c.scan) {
      for (const k975 in o965) {
        switch (k975) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k975, o965[k975])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o976 = v;
    const v977 = o976["code"];
    if (v977 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0300401"');
    } else {
      if (v977 !== "0300401") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0300401"', v977);
      }
    }
    const v978 = o976["docs"];
    if (v978 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v978 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v978);
      }
    }
    const v979 = o976["errors"];
    if (v979 !== void 0) {
      if (!Array.isArray(v979)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v979);
      } else {
        for (let i980 = 0; i980 < v979.length; i980++) {
          const v981 = v979[i980];
          if (!checkErrorDetail(v981, p + "/errors/" + i980, c)) ok = false;
        }
      }
    }
    const v982 = o976["message"];
    if (v982 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v982 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v982);
      }
    }
    const v983 = o976["status"];
    if (v983 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "401");
    } else {
      if (v983 !== 401) {
        ok = (0, import_validation.fail)(c, p + "/status", "401", v983);
      }
    }
    const v984 = o976["title"];
    if (v984 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unauthorized"');
    } else {
      if (v984 !== "Unauthorized") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unauthorized"', v984);
      }
    }
    const v985 = o976["trace"];
    if (v985 !== void 0) {
      if (typeof v985 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v985);
      }
    }
    if (c.scan) {
      for (const k986 in o976) {
        switch (k986) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k986, o976[k986])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o987 = v;
    const v988 = o987["code"];
    if (v988 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/code", '"0301500"');
    } else {
      if (v988 !== "0301500") {
        ok = (0, import_validation.fail)(c, p + "/code", '"0301500"', v988);
      }
    }
    const v989 = o987["docs"];
    if (v989 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/docs", '"https://openphone.com/docs"');
    } else {
      if (v989 !== "https://openphone.com/docs") {
        ok = (0, import_validation.fail)(c, p + "/docs", '"https://openphone.com/docs"', v989);
      }
    }
    const v990 = o987["errors"];
    if (v990 !== void 0) {
      if (!Array.isArray(v990)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v990);
      } else {
        for (let i991 = 0; i991 < v990.length; i991++) {
          const v992 = v990[i991];
          if (!checkErrorDetail(v992, p + "/errors/" + i991, c)) ok = false;
        }
      }
    }
    const v993 = o987["message"];
    if (v993 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/message", "string");
    } else {
      if (typeof v993 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/message", "string", v993);
      }
    }
    const v994 = o987["status"];
    if (v994 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/status", "500");
    } else {
      if (v994 !== 500) {
        ok = (0, import_validation.fail)(c, p + "/status", "500", v994);
      }
    }
    const v995 = o987["title"];
    if (v995 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/title", '"Unknown"');
    } else {
      if (v995 !== "Unknown") {
        ok = (0, import_validation.fail)(c, p + "/title", '"Unknown"', v995);
      }
    }
    const v996 = o987["trace"];
    if (v996 !== void 0) {
      if (typeof v996 !== "string") {
        ok = (0, import_validation.fail)(c, p + "/trace", "string", v996);
      }
    }
    if (c.scan) {
      for (const k997 in o987) {
        switch (k997) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "status":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k997, o987[k997])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const CallValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCall, false);
const CallBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallBadRequestError, false);
const CallNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallNotFoundError, false);
const CallNotPhoneNumberUserErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallNotPhoneNumberUserError, false);
const CallRecordingValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecording, false);
const CallRecordingBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecordingBadRequestError, false);
const CallRecordingForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecordingForbiddenError, false);
const CallRecordingNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecordingNotFoundError, false);
const CallRecordingUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecordingUnauthorizedError, false);
const CallRecordingUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecordingUnknownError, false);
const CallSummaryValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummary, false);
const CallSummaryBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryBadRequestError, false);
const CallSummaryForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryForbiddenError, false);
const CallSummaryNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryNotFoundError, false);
const CallSummaryUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryUnauthorizedError, false);
const CallSummaryUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryUnknownError, false);
const CallSummaryWebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallSummaryWebhook, false);
const CallTranscriptValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscript, false);
const CallTranscriptBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptBadRequestError, false);
const CallTranscriptForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptForbiddenError, false);
const CallTranscriptNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptNotFoundError, false);
const CallTranscriptUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptUnauthorizedError, false);
const CallTranscriptUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptUnknownError, false);
const CallTranscriptWebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscriptWebhook, false);
const CallUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallUnauthorizedError, false);
const CallUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallUnknownError, false);
const CallWebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallWebhook, false);
const CallingValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCalling, false);
const ContactValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContact, false);
const ContactConflictErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactConflictError, false);
const ContactCustomFieldValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomField, false);
const ContactCustomFieldBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomFieldBadRequestError, false);
const ContactCustomFieldForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomFieldForbiddenError, false);
const ContactCustomFieldNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomFieldNotFoundError, false);
const ContactCustomFieldUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomFieldUnauthorizedError, false);
const ContactCustomFieldUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactCustomFieldUnknownError, false);
const ContactInvalidCustomFieldItemErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactInvalidCustomFieldItemError, false);
const ContactNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactNotFoundError, false);
const ContactNotPhoneNumberUserErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactNotPhoneNumberUserError, false);
const ContactUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactUnauthorizedError, false);
const ContactUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactUnknownError, false);
const ConversationValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversation, false);
const ConversationBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversationBadRequestError, false);
const ConversationNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversationNotFoundError, false);
const ConversationNotPhoneNumberUserErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversationNotPhoneNumberUserError, false);
const ConversationUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversationUnauthorizedError, false);
const ConversationUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkConversationUnknownError, false);
const CreateContactCustomFieldValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCreateContactCustomField, false);
const CustomFieldValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCustomField, false);
const DefaultFieldsValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkDefaultFields, false);
const DefaultFieldsEmailValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkDefaultFieldsEmail, false);
const EmailValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkEmail, false);
const ErrorDetailValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkErrorDetail, false);
const MessageValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessage, false);
const MessageA2PRegistrationNotApprovedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageA2PRegistrationNotApprovedError, false);
const MessageNotEnoughCreditsErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageNotEnoughCreditsError, false);
const MessageNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageNotFoundError, false);
const MessageNotPhoneNumberUserErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageNotPhoneNumberUserError, false);
const MessageUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageUnauthorizedError, false);
const MessageUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageUnknownError, false);
const MessageWebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageWebhook, false);
const PhoneNumberValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumber, false);
const PhoneNumberBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberBadRequestError, false);
const PhoneNumberForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberForbiddenError, false);
const PhoneNumberNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberNotFoundError, false);
const PhoneNumberUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberUnauthorizedError, false);
const PhoneNumberUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberUnknownError, false);
const UpdateContactByIdContactValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkUpdateContactByIdContact, false);
const WebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhook, false);
const WebhookForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookForbiddenError, false);
const WebhookInvalidVersionErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookInvalidVersionError, false);
const WebhookNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookNotFoundError, false);
const WebhookUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookUnauthorizedError, false);
const WebhookUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookUnknownError, false);
