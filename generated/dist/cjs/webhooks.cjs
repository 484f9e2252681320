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
var webhooks_exports = {};
__export(webhooks_exports, {
  WebhookError: () => import_webhooks2.WebhookError,
  allWebhookEvents: () => allWebhookEvents,
  callCompletedEvent: () => callCompletedEvent,
  callRecordingCompletedEvent: () => callRecordingCompletedEvent,
  callRingingEvent: () => callRingingEvent,
  callSummaryCompletedEvent: () => callSummaryCompletedEvent,
  callTranscriptCompletedEvent: () => callTranscriptCompletedEvent,
  contactDeletedEvent: () => contactDeletedEvent,
  contactUpdatedEvent: () => contactUpdatedEvent,
  createWebhookParser: () => import_webhooks2.createWebhookParser,
  isKnownWebhookEvent: () => isKnownWebhookEvent,
  legacyScheme: () => import_webhooks2.legacyScheme,
  messageDeliveredEvent: () => messageDeliveredEvent,
  messageReceivedEvent: () => messageReceivedEvent,
  parseWebhook: () => parseWebhook,
  quoCallAnsweredEvent: () => quoCallAnsweredEvent,
  quoCallCompletedEvent: () => quoCallCompletedEvent,
  quoCallForwardedEvent: () => quoCallForwardedEvent,
  quoCallMenuSelectedEvent: () => quoCallMenuSelectedEvent,
  quoCallMissedEvent: () => quoCallMissedEvent,
  quoCallRecordingCompletedEvent: () => quoCallRecordingCompletedEvent,
  quoCallRingingEvent: () => quoCallRingingEvent,
  quoCallSummaryCompletedEvent: () => quoCallSummaryCompletedEvent,
  quoCallTranscriptCompletedEvent: () => quoCallTranscriptCompletedEvent,
  quoCallVoicemailCompletedEvent: () => quoCallVoicemailCompletedEvent,
  quoContactDeletedEvent: () => quoContactDeletedEvent,
  quoContactUpdatedEvent: () => quoContactUpdatedEvent,
  quoMessageDeliveredEvent: () => quoMessageDeliveredEvent,
  quoMessageFailedEvent: () => quoMessageFailedEvent,
  quoMessageReceivedEvent: () => quoMessageReceivedEvent,
  quoMessageUndeliveredEvent: () => quoMessageUndeliveredEvent,
  standardWebhooksScheme: () => import_webhooks2.standardWebhooksScheme,
  verifyWebhook: () => import_webhooks2.verifyWebhook
});
module.exports = __toCommonJS(webhooks_exports);
var import_validation = require("./runtime/validation.cjs");
var import_webhooks = require("./runtime/webhooks.cjs");
var import_webhooks2 = require("./runtime/webhooks.cjs");
const pattern$0 = /* @__PURE__ */ new RegExp("^EV(.*)$", "u");
const s$0 = { type: "string", pattern: pattern$0 };
const s$1 = { type: "const", value: "event" };
const s$2 = { type: "string" };
const s$3 = { type: "string", format: import_validation.dateTimeFormat };
const s$4 = { type: "const", value: "call.completed" };
const pattern$1 = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");
const s$5 = { type: "string", pattern: pattern$1 };
const s$6 = { type: "const", value: "call" };
const s$7 = { type: "enum", values: ["incoming", "outgoing"] };
const s$8 = { type: "enum", values: ["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"] };
const s$9 = { type: "string", format: import_validation.dateTimeFormat, nullable: 1 };
const s$10 = { type: "string", nullable: 1 };
const s$11 = { type: "number" };
const pattern$2 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const s$12 = { type: "string", pattern: pattern$2 };
const shape$WebhookLegacyCall = { type: "object", properties: [["id", s$5, 1], ["object", s$6, 1], ["direction", s$7, 1], ["status", s$8, 1], ["createdAt", s$3, 1], ["updatedAt", s$9], ["answeredAt", s$9], ["completedAt", s$9], ["answeredBy", s$10], ["initiatedBy", s$10], ["forwardedFrom", s$10], ["forwardedTo", s$10], ["duration", s$11], ["phoneNumberId", s$12], ["userId", s$10], ["participants", { type: "array", items: s$2 }], ["contactIds", { type: "array", items: s$2 }], ["from", s$2], ["to", s$2], ["conversationId", s$2], ["media", { type: "array", items: { type: "object", properties: [["url", s$2, 1], ["type", s$2], ["duration", s$11]] } }], ["voicemail", { type: "object", properties: [["url", s$2, 1], ["type", s$2], ["duration", s$11]], nullable: 1 }]] };
const s$13 = { type: "const", value: "call.recording.completed" };
const s$14 = { type: "const", value: "call.ringing" };
const s$15 = { type: "enum", values: ["call.summary.completed", "callSummary"] };
const s$16 = { type: "const", value: "callSummary" };
const s$17 = { type: "enum", values: ["absent", "in-progress", "completed", "failed"] };
const shape$WebhookLegacySummary = { type: "object", properties: [["callId", s$5, 1], ["object", s$16, 1], ["status", s$17, 1], ["summary", { type: "array", items: s$2 }], ["nextSteps", { type: "array", items: s$2 }], ["contactIds", { type: "array", items: s$2 }]] };
const s$18 = { type: "enum", values: ["call.transcript.completed", "callTranscript"] };
const s$19 = { type: "const", value: "callTranscript" };
const shape$WebhookLegacyTranscript = { type: "object", properties: [["callId", s$5, 1], ["object", s$19, 1], ["createdAt", s$3], ["duration", s$11], ["status", s$17, 1], ["dialogue", { type: "array", items: { type: "object", properties: [["content", s$2, 1], ["start", s$11, 1], ["end", s$11, 1], ["identifier", s$2], ["userId", s$10]] } }], ["contactIds", { type: "array", items: s$2 }]] };
const s$20 = { type: "const", value: "contact.deleted" };
const s$21 = { type: "const", value: "contact.updated" };
const s$22 = { type: "const", value: "message.delivered" };
const s$23 = { type: "const", value: "message" };
const s$24 = { type: "enum", values: ["queued", "sent", "delivered", "undelivered", "received"] };
const shape$WebhookLegacyMessage = { type: "object", properties: [["id", s$5, 1], ["object", s$23, 1], ["from", s$2, 1], ["to", { type: "anyOf", variants: [{ type: "array", items: s$2 }, s$2] }, 1], ["direction", s$7, 1], ["text", s$2], ["body", s$2], ["media", { type: "array", items: { type: "object", properties: [["url", s$2, 1], ["type", s$2]] } }], ["status", s$24, 1], ["createdAt", s$3, 1], ["userId", s$10], ["phoneNumberId", s$12], ["conversationId", s$2], ["contactIds", { type: "array", items: s$2 }]] };
const s$25 = { type: "const", value: "message.received" };
const s$26 = { type: "const", value: "2026-03-30" };
const s$27 = { type: "const", value: "call.answered" };
const s$28 = { type: "enum", values: ["shared", "private", "external"], nullable: 1 };
const s$29 = { type: "enum", values: ["matched", "none", "unavailable"] };
const shape$WebhookContacts = { type: "object", properties: [["ids", { type: "array", items: s$2 }, 1], ["lookupStatus", s$29, 1]] };
const s$30 = { type: "enum", values: ["available", "unavailable"] };
const shape$WebhookParticipants = { type: "object", properties: [["workspace", { type: "array", items: s$2 }, 1], ["external", { type: "array", items: s$2 }, 1], ["resolution", s$30, 1]] };
const shape$WebhookCallContext = { type: "object", properties: [["orgId", s$2, 1], ["phoneNumberId", s$10], ["conversationId", s$10], ["userId", s$2, 1], ["phoneNumberType", s$28], ["contacts", shape$WebhookContacts], ["participants", shape$WebhookParticipants]] };
const s$31 = { type: "enum", values: ["answered", "unanswered", "failed", "forwarded", "abandoned", "ai-handled", "unknown"] };
const s$32 = { type: "number", nullable: 1 };
const s$33 = { type: "boolean" };
const shape$WebhookCall = { type: "object", properties: [["id", s$2, 1], ["direction", s$7, 1], ["status", s$31, 1], ["createdAt", s$3, 1], ["answeredAt", s$9], ["completedAt", s$9], ["updatedAt", s$3], ["duration", s$32], ["hasVoicemail", s$33]] };
const s$34 = { type: "const", value: "call.forwarded" };
const s$35 = { type: "const", value: "call.menu.selected" };
const s$36 = { type: "const", value: "call.missed" };
const s$37 = { type: "const", value: "call.summary.completed" };
const s$38 = { type: "const", value: "call.transcript.completed" };
const s$39 = { type: "const", value: "call.voicemail.completed" };
const s$40 = { type: "const", value: "email" };
const s$41 = { type: "const", value: "phone-number" };
const s$42 = { type: "any" };
const shape$WebhookContact = { type: "object", properties: [["id", s$2, 1], ["firstName", s$10], ["lastName", s$10], ["company", s$10], ["role", s$10], ["location", s$10], ["source", s$10], ["externalId", s$10], ["emails", { type: "array", items: { type: "object", properties: [["value", s$2, 1], ["type", s$40]] } }], ["phoneNumbers", { type: "array", items: { type: "object", properties: [["value", s$2, 1], ["type", s$41]] } }], ["customFields", { type: "array", items: { type: "object", properties: [["name", s$2], ["key", s$2, 1], ["id", s$2], ["type", s$2], ["value", s$42]] } }], ["createdAt", s$3], ["updatedAt", s$3]] };
const shape$WebhookContactContext = { type: "object", properties: [["orgId", s$2, 1], ["userId", s$2], ["sharedWithIds", { type: "array", items: s$2 }]] };
const shape$WebhookMessage = { type: "object", properties: [["id", s$2, 1], ["direction", s$7, 1], ["text", s$2], ["media", { type: "array", items: { type: "object", properties: [["url", s$2, 1], ["type", s$2]] } }], ["status", s$2, 1], ["createdAt", s$3, 1], ["errorCode", s$10]] };
const shape$WebhookMessageContext = { type: "object", properties: [["orgId", s$2, 1], ["phoneNumberId", s$10], ["conversationId", s$10], ["userId", s$2, 1], ["contacts", shape$WebhookContacts], ["senderIdentifier", s$2], ["recipientIdentifiers", { type: "array", items: s$2 }]] };
const s$43 = { type: "const", value: "message.failed" };
const s$44 = { type: "const", value: "message.undelivered" };
const callCompletedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["call.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$4, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyCall, 1]] }, 1]] }
};
const callRecordingCompletedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["call.recording.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$13, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyCall, 1]] }, 1]] }
};
const callRingingEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["call.ringing"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$14, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyCall, 1]] }, 1]] }
};
const callSummaryCompletedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["call.summary.completed", "callSummary"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$15, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacySummary, 1]] }, 1]] }
};
const callTranscriptCompletedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["call.transcript.completed", "callTranscript"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$18, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyTranscript, 1]] }, 1]] }
};
const contactDeletedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["contact.deleted"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$20, 1], ["data", { type: "object", properties: [["object", { type: "object", properties: [], others: 1 }, 1]] }, 1]] }
};
const contactUpdatedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["contact.updated"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$21, 1], ["data", { type: "object", properties: [["object", { type: "object", properties: [], others: 1 }, 1]] }, 1]] }
};
const messageDeliveredEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["message.delivered"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$22, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyMessage, 1]] }, 1]] }
};
const messageReceivedEvent = {
  scheme: import_webhooks.legacyScheme,
  types: ["message.received"],
  shape: { type: "object", properties: [["id", s$0, 1], ["object", s$1, 1], ["apiVersion", s$2, 1], ["createdAt", s$3, 1], ["type", s$25, 1], ["data", { type: "object", properties: [["object", shape$WebhookLegacyMessage, 1]] }, 1]] }
};
const quoCallAnsweredEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.answered"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$27, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["direction", s$2], ["createdAt", s$3, 1], ["answeredAt", s$9], ["answeredByUserId", s$10], ["updatedAt", s$9]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallCompletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$4, 1], ["data", { type: "object", properties: [["resource", shape$WebhookCall, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallForwardedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.forwarded"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$34, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["createdAt", s$3, 1], ["updatedAt", s$9], ["forwardedFrom", s$2], ["forwardedTo", s$2]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallMenuSelectedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.menu.selected"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$35, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["createdAt", s$3, 1], ["updatedAt", s$9], ["phoneMenuSelection", s$10], ["phoneMenuSelectionName", s$10], ["statusReason", s$10]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallMissedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.missed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$36, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["createdAt", s$3, 1], ["updatedAt", s$3]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallRecordingCompletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.recording.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$13, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["direction", s$7], ["createdAt", s$3, 1], ["answeredAt", s$9], ["completedAt", s$9], ["updatedAt", s$3], ["duration", s$32], ["recordings", { type: "array", items: { type: "object", properties: [["id", s$10], ["duration", s$32], ["startTime", s$9], ["type", s$10], ["url", s$10]] } }, 1]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallRingingEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.ringing"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$14, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["direction", s$7], ["createdAt", s$3, 1], ["updatedAt", s$9]] }, 1], ["context", { type: "object", properties: [["orgId", s$2, 1], ["phoneNumberId", s$10], ["conversationId", s$10], ["userId", s$2, 1], ["participants", shape$WebhookParticipants]] }, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallSummaryCompletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.summary.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$37, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["callId", s$2, 1], ["processingStatus", s$17, 1], ["summary", { type: "array", items: s$2, nullable: 1 }], ["nextSteps", { type: "array", items: s$2, nullable: 1 }], ["fromPhoneNumber", s$10], ["handledByAiAgent", s$33], ["answeredByUserId", s$10], ["jobs", { type: "array", items: { type: "object", properties: [["icon", s$2], ["name", s$2, 1], ["result", { type: "object", properties: [["data", { type: "array", items: { type: "object", properties: [["name", s$2, 1], ["value", { type: "anyOf", variants: [s$2, s$11, s$33] }, 1]] } }, 1]] }, 1]] } }]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallTranscriptCompletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.transcript.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$38, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["callId", s$2, 1], ["createdAt", s$3], ["duration", s$11], ["processingStatus", s$2, 1], ["dialogue", { type: "array", items: { type: "object", properties: [["userId", s$10], ["identifier", s$10], ["content", s$2, 1], ["start", s$11, 1], ["end", s$11, 1]] }, nullable: 1 }]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoCallVoicemailCompletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["call.voicemail.completed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$39, 1], ["data", { type: "object", properties: [["resource", { type: "object", properties: [["id", s$2, 1], ["voicemailId", s$10], ["callId", s$10], ["direction", s$2], ["duration", s$11], ["from", s$2], ["to", s$2], ["transcript", s$10], ["recordingUrl", s$10], ["createdAt", s$3, 1], ["updatedAt", s$3]] }, 1], ["context", shape$WebhookCallContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoContactDeletedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["contact.deleted"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$20, 1], ["data", { type: "object", properties: [["resource", shape$WebhookContact, 1], ["context", shape$WebhookContactContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoContactUpdatedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["contact.updated"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$21, 1], ["data", { type: "object", properties: [["resource", shape$WebhookContact, 1], ["context", shape$WebhookContactContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoMessageDeliveredEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["message.delivered"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$22, 1], ["data", { type: "object", properties: [["resource", shape$WebhookMessage, 1], ["context", shape$WebhookMessageContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoMessageFailedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["message.failed"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$43, 1], ["data", { type: "object", properties: [["resource", shape$WebhookMessage, 1], ["context", shape$WebhookMessageContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoMessageReceivedEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["message.received"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$25, 1], ["data", { type: "object", properties: [["resource", shape$WebhookMessage, 1], ["context", shape$WebhookMessageContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const quoMessageUndeliveredEvent = {
  scheme: import_webhooks.standardWebhooksScheme,
  types: ["message.undelivered"],
  shape: { type: "object", properties: [["id", s$0, 1], ["apiVersion", s$26, 1], ["createdAt", s$3, 1], ["type", s$44, 1], ["data", { type: "object", properties: [["resource", shape$WebhookMessage, 1], ["context", shape$WebhookMessageContext, 1], ["links", { type: "object", properties: [["quo", s$10, 1]] }]] }, 1]] }
};
const allWebhookEvents = [callCompletedEvent, callRecordingCompletedEvent, callRingingEvent, callSummaryCompletedEvent, callTranscriptCompletedEvent, contactDeletedEvent, contactUpdatedEvent, messageDeliveredEvent, messageReceivedEvent, quoCallAnsweredEvent, quoCallCompletedEvent, quoCallForwardedEvent, quoCallMenuSelectedEvent, quoCallMissedEvent, quoCallRecordingCompletedEvent, quoCallRingingEvent, quoCallSummaryCompletedEvent, quoCallTranscriptCompletedEvent, quoCallVoicemailCompletedEvent, quoContactDeletedEvent, quoContactUpdatedEvent, quoMessageDeliveredEvent, quoMessageFailedEvent, quoMessageReceivedEvent, quoMessageUndeliveredEvent];
let parseAll;
function parseWebhook(options) {
  parseAll ?? (parseAll = (0, import_webhooks.createWebhookParser)({ events: allWebhookEvents }));
  return parseAll(options);
}
function isKnownWebhookEvent(event) {
  return !("known" in event && event.known === false);
}
