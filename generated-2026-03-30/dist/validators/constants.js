import { dateTimeFormat, emailFormat, uriFormat, uriReferenceFormat } from "../runtime/validation.js";
const pattern$0 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^SYU(.*)$", "u");
const pattern$3 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$4 = /* @__PURE__ */ new RegExp("^[0-9]{3,6}$", "u");
const pattern$5 = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");
const pattern$6 = /* @__PURE__ */ new RegExp("^[0-9]{3,8}$", "u");
const pattern$7 = /* @__PURE__ */ new RegExp("^VM(.*)$", "u");
const pattern$8 = /* @__PURE__ */ new RegExp("^CR(.*)$", "u");
const pattern$9 = /* @__PURE__ */ new RegExp("^GR(.*)$", "u");
const pattern$10 = /* @__PURE__ */ new RegExp("^OR(.*)$", "u");
const pattern$11 = /* @__PURE__ */ new RegExp("^[0-9]{4}$", "u");
const pattern$12 = /* @__PURE__ */ new RegExp("^[0-9]+$", "u");
const pattern$13 = /* @__PURE__ */ new RegExp("^whsec_", "u");
const pattern$14 = /* @__PURE__ */ new RegExp("^CN(.*)$", "u");
const pattern$15 = /* @__PURE__ */ new RegExp("^TK(.*)$", "u");
const enum$0 = /* @__PURE__ */ new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"]);
const enum$1 = /* @__PURE__ */ new Set(["absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", "stopping"]);
const enum$2 = /* @__PURE__ */ new Set(["message.received", "message.delivered", "message.failed", "message.undelivered", "call.ringing", "call.answered", "call.completed", "call.missed", "call.forwarded", "call.menu.selected", "call.recording.completed", "call.transcript.completed", "call.summary.completed", "call.voicemail.completed", "contact.updated", "contact.deleted", "task.created", "task.updated", "task.deleted", "task.completed", "task.reopened", "task.assigned", "task.unassigned", "task.overdue", "task.linked", "task.unlinked", "task.duedate.updated", "task.duedate.removed", "integration.created", "integration.updated", "integration.deleted"]);
const rule$0 = { type: "string", pattern: pattern$0 };
const rule$1 = { type: "string", pattern: pattern$1 };
const rule$2 = { type: "string", pattern: pattern$2 };
const rule$3 = { type: "anyOf", variants: [rule$1, rule$2] };
const rule$4 = { type: "string", nullable: true };
const rule$5 = { type: "string", format: dateTimeFormat, nullable: true };
const rule$6 = { type: "anyOf", variants: [rule$1, rule$2], nullable: true };
const rule$7 = { type: "string", format: dateTimeFormat };
const rule$8 = { type: "enum", values: ["incoming", "outgoing"] };
const rule$9 = { type: "integer" };
const rule$10 = { type: "string", pattern: pattern$3 };
const rule$11 = { type: "enum", values: ["anonymous", "blocked", "restricted"] };
const rule$12 = { type: "string", pattern: pattern$4 };
const rule$13 = { type: "anyOf", variants: [rule$0, rule$10, rule$1, rule$11, rule$12], nullable: true };
const rule$14 = { type: "string", pattern: pattern$5 };
const rule$15 = { type: "string", pattern: pattern$6 };
const rule$16 = { type: "anyOf", variants: [rule$0, rule$11, rule$15] };
const rule$17 = { type: "string", pattern: pattern$3, nullable: true };
const rule$18 = { type: "enum", values: ["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"] };
const rule$19 = { type: "string" };
const rule$20 = { type: "number" };
const rule$21 = { type: "boolean" };
const rule$22 = { type: "anyOf", variants: [rule$19, rule$20, rule$21] };
const rule$23 = { type: "enum", values: ["absent", "in-progress", "completed", "failed"] };
const rule$24 = { type: "enum", values: ["human", "agent"], nullable: true };
const rule$25 = { type: "integer", nullable: true };
const rule$26 = { type: "string", pattern: pattern$7 };
const rule$27 = { type: "string", format: uriFormat, nullable: true };
const rule$28 = { type: "enum", values: ["completed", "in-progress"] };
const rule$29 = { type: "string", pattern: pattern$8 };
const rule$30 = { type: "enum", values: ["absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", "stopping"] };
const rule$31 = { type: "string", format: uriReferenceFormat, nullable: true };
const rule$32 = { type: "const", value: "https://quo.com/docs" };
const rule$33 = { type: "const", value: "Unknown" };
const rule$34 = { type: "enum", values: ["restricted", "unrestricted"] };
const rule$35 = { type: "string", minLength: 1, maxLength: 200, format: uriFormat, nullable: true };
const rule$36 = { type: "const", value: "Conflict" };
const rule$37 = { type: "string", format: uriFormat };
const rule$38 = { type: "string", pattern: pattern$9 };
const rule$39 = { type: "string", pattern: pattern$10 };
const rule$40 = { type: "anyOf", variants: [rule$1, rule$38, rule$39] };
const rule$41 = { type: "string", pattern: pattern$11 };
const rule$42 = { type: "enum", values: ["success", "pending", "sending", "failed"] };
const rule$43 = { type: "enum", values: ["scheduled", "manual"] };
const rule$44 = { type: "enum", values: ["message.received", "message.delivered", "message.failed", "message.undelivered", "call.ringing", "call.answered", "call.completed", "call.missed", "call.forwarded", "call.menu.selected", "call.recording.completed", "call.transcript.completed", "call.summary.completed", "call.voicemail.completed", "contact.updated", "contact.deleted", "task.created", "task.updated", "task.deleted", "task.completed", "task.reopened", "task.assigned", "task.unassigned", "task.overdue", "task.linked", "task.unlinked", "task.duedate.updated", "task.duedate.removed", "integration.created", "integration.updated", "integration.deleted"] };
const rule$45 = { type: "const", value: "2026-03-30" };
const rule$46 = { type: "string", pattern: pattern$12 };
const rule$47 = { type: "string", pattern: pattern$13 };
const rule$48 = { type: "const", value: "*" };
const rule$49 = { type: "enum", values: ["enabled", "disabled"] };
const rule$50 = { type: "string", pattern: pattern$5, nullable: true };
const rule$51 = { type: "string", pattern: pattern$14, nullable: true };
const rule$52 = { type: "enum", values: ["open", "completed", "deleted"] };
const rule$53 = { type: "string", pattern: pattern$15 };
const rule$54 = { type: "string", pattern: pattern$14 };
const rule$55 = { type: "enum", values: ["Anonymous", "Restricted", "Blocked"] };
const rule$56 = { type: "anyOf", variants: [rule$0, rule$15, rule$55] };
const rule$57 = { type: "enum", values: ["queued", "sent", "delivered", "undelivered", "received", "failed"] };
const rule$58 = { type: "const", value: "Unprocessable Entity" };
const rule$59 = { type: "enum", values: ["active", "expired"] };
const rule$60 = { type: "string", format: emailFormat };
const rule$61 = { type: "enum", values: ["owner", "admin", "member"] };
const rule$62 = { type: "const", value: "Bad Request" };
const rule$63 = { type: "const", value: "Forbidden" };
const rule$64 = { type: "const", value: "Not Found" };
const rule$65 = { type: "const", value: "Unauthorized" };
const rule$66 = { type: "const", value: "Unknown Error" };
const rule$67 = { type: "string", pattern: pattern$1, nullable: true };
const rule$68 = { type: "string", minLength: 1, maxLength: 2e3 };
const rule$69 = { type: "enum", values: ["summary", "voicemail"] };
const rule$70 = { type: "integer", minimum: 1, maximum: 50 };
const rule$71 = { type: "enum", values: ["restrictions", "businessHours"] };
const rule$72 = { type: "string", minLength: 1 };
const rule$73 = { type: "enum", values: ["createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"] };
const rule$74 = { type: "enum", values: ["restrictions"] };
const rule$75 = { type: "integer", minimum: 1, maximum: 100 };
export {
  enum$0,
  enum$1,
  enum$2,
  pattern$0,
  pattern$1,
  pattern$10,
  pattern$11,
  pattern$12,
  pattern$13,
  pattern$14,
  pattern$15,
  pattern$2,
  pattern$3,
  pattern$4,
  pattern$5,
  pattern$6,
  pattern$7,
  pattern$8,
  pattern$9,
  rule$0,
  rule$1,
  rule$10,
  rule$11,
  rule$12,
  rule$13,
  rule$14,
  rule$15,
  rule$16,
  rule$17,
  rule$18,
  rule$19,
  rule$2,
  rule$20,
  rule$21,
  rule$22,
  rule$23,
  rule$24,
  rule$25,
  rule$26,
  rule$27,
  rule$28,
  rule$29,
  rule$3,
  rule$30,
  rule$31,
  rule$32,
  rule$33,
  rule$34,
  rule$35,
  rule$36,
  rule$37,
  rule$38,
  rule$39,
  rule$4,
  rule$40,
  rule$41,
  rule$42,
  rule$43,
  rule$44,
  rule$45,
  rule$46,
  rule$47,
  rule$48,
  rule$49,
  rule$5,
  rule$50,
  rule$51,
  rule$52,
  rule$53,
  rule$54,
  rule$55,
  rule$56,
  rule$57,
  rule$58,
  rule$59,
  rule$6,
  rule$60,
  rule$61,
  rule$62,
  rule$63,
  rule$64,
  rule$65,
  rule$66,
  rule$67,
  rule$68,
  rule$69,
  rule$7,
  rule$70,
  rule$71,
  rule$72,
  rule$73,
  rule$74,
  rule$75,
  rule$8,
  rule$9
};
