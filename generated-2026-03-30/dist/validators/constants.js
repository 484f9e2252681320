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
const rule$0 = "string matching /^\\+[1-9]\\d{1,14}$/";
const rule$1 = "string matching /^US(.*)$/ or string matching /^SYU(.*)$/";
const rule$2 = "string or null";
const rule$3 = "date-time (RFC 3339) or null";
const rule$4 = "string matching /^US(.*)$/ or string matching /^SYU(.*)$/ or null";
const rule$5 = "date-time (RFC 3339)";
const rule$6 = { text: 'one of "incoming", "outgoing"', enumOf: "string" };
const rule$7 = "integer";
const rule$8 = 'string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^PN(.*)$/ or string matching /^US(.*)$/ or one of "anonymous", "blocked", "restricted" or string matching /^[0-9]{3,6}$/ or null';
const rule$9 = "string matching /^AC(.*)$/";
const rule$10 = 'string matching /^\\+[1-9]\\d{1,14}$/ or one of "anonymous", "blocked", "restricted" or string matching /^[0-9]{3,8}$/';
const rule$11 = "string matching /^PN(.*)$/ or null";
const rule$12 = { text: 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026', enumOf: "string" };
const rule$13 = "string";
const rule$14 = "string or number or boolean";
const rule$15 = { text: 'one of "absent", "in-progress", "completed", "failed"', enumOf: "string" };
const rule$16 = { text: 'one of "human", "agent" or null', enumOf: "string" };
const rule$17 = "integer or null";
const rule$18 = "string matching /^VM(.*)$/";
const rule$19 = "absolute URI or null";
const rule$20 = { text: 'one of "completed", "in-progress"', enumOf: "string" };
const rule$21 = "string matching /^CR(.*)$/";
const rule$22 = { text: 'one of "absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", \u2026', enumOf: "string" };
const rule$23 = "URI reference or null";
const rule$24 = "number";
const rule$25 = '"https://quo.com/docs"';
const rule$26 = '"Unknown"';
const rule$27 = { text: 'one of "restricted", "unrestricted"', enumOf: "string" };
const rule$28 = "absolute URI of 1 to 200 characters or null";
const rule$29 = '"Conflict"';
const rule$30 = "string matching /^US(.*)$/";
const rule$31 = "absolute URI";
const rule$32 = "string matching /^US(.*)$/ or string matching /^GR(.*)$/ or string matching /^OR(.*)$/";
const rule$33 = "string matching /^[0-9]{4}$/";
const rule$34 = "boolean";
const rule$35 = "string matching /^GR(.*)$/";
const rule$36 = "string matching /^PN(.*)$/";
const rule$37 = { text: 'one of "success", "pending", "sending", "failed"', enumOf: "string" };
const rule$38 = { text: 'one of "scheduled", "manual"', enumOf: "string" };
const rule$39 = { text: 'one of "message.received", "message.delivered", "message.failed", "message.undelivered", "call.ringing", "call.answered", "call.completed", "call.missed", \u2026', enumOf: "string" };
const rule$40 = '"2026-03-30"';
const rule$41 = "string matching /^[0-9]+$/";
const rule$42 = "string matching /^whsec_/";
const rule$43 = "string matching /^OR(.*)$/";
const rule$44 = '"*"';
const rule$45 = { text: 'one of "enabled", "disabled"', enumOf: "string" };
const rule$46 = "string matching /^AC(.*)$/ or null";
const rule$47 = "string matching /^CN(.*)$/ or null";
const rule$48 = { text: 'one of "open", "completed", "deleted"', enumOf: "string" };
const rule$49 = "string matching /^TK(.*)$/";
const rule$50 = "string matching /^CN(.*)$/";
const rule$51 = 'string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^[0-9]{3,8}$/ or one of "Anonymous", "Restricted", "Blocked"';
const rule$52 = { text: 'one of "queued", "sent", "delivered", "undelivered", "received", "failed"', enumOf: "string" };
const rule$53 = '"Unprocessable Entity"';
const rule$54 = { text: 'one of "active", "expired"', enumOf: "string" };
const rule$55 = "email address";
const rule$56 = { text: 'one of "owner", "admin", "member"', enumOf: "string" };
const rule$57 = '"Bad Request"';
const rule$58 = '"Forbidden"';
const rule$59 = '"Not Found"';
const rule$60 = '"Unauthorized"';
const rule$61 = '"Unknown Error"';
const rule$62 = "string matching /^US(.*)$/ or null";
const rule$63 = "string of 1 to 2000 characters";
const rule$64 = { text: 'one of "summary", "voicemail"', enumOf: "string" };
const rule$65 = "integer >= 1 <= 50";
const rule$66 = { text: 'one of "restrictions", "businessHours"', enumOf: "string" };
const rule$67 = "string of at least 1 character";
const rule$68 = { text: 'one of "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"', enumOf: "string" };
const rule$69 = { text: 'one of "restrictions"', enumOf: "string" };
const rule$70 = "integer >= 1 <= 100";
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
  rule$8,
  rule$9
};
