import { dateTimeFormat, uriFormat, uriReferenceFormat } from "../runtime/validation.js";
const pattern$0 = /* @__PURE__ */ new RegExp("^\\+[1-9]\\d{1,14}$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^US(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");
const pattern$3 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$4 = /* @__PURE__ */ new RegExp("^WH(.*)$", "u");
const pattern$5 = /* @__PURE__ */ new RegExp("^OR(.*)$", "u");
const pattern$6 = /* @__PURE__ */ new RegExp("^CN(.*)$", "u");
const pattern$7 = /* @__PURE__ */ new RegExp(".*\\S.*", "u");
const enum$0 = /* @__PURE__ */ new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"]);
const enum$1 = /* @__PURE__ */ new Set(["absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", "stopping"]);
const enum$2 = /* @__PURE__ */ new Set(["address", "boolean", "date", "multi-select", "number", "string", "url"]);
const rule$0 = { type: "string", format: dateTimeFormat, nullable: true };
const rule$1 = { type: "string", nullable: true };
const rule$2 = { type: "string", format: dateTimeFormat };
const rule$3 = { type: "enum", values: ["incoming", "outgoing"] };
const rule$4 = { type: "integer" };
const rule$5 = { type: "string", pattern: pattern$0 };
const rule$6 = { type: "string", pattern: pattern$1 };
const rule$7 = { type: "anyOf", variants: [rule$5, rule$6], nullable: true };
const rule$8 = { type: "string", pattern: pattern$2 };
const rule$9 = { type: "string", pattern: pattern$3 };
const rule$10 = { type: "enum", values: ["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"] };
const rule$11 = { type: "const", value: "0100400" };
const rule$12 = { type: "const", value: "https://openphone.com/docs" };
const rule$13 = { type: "string" };
const rule$14 = { type: "const", value: 400 };
const rule$15 = { type: "const", value: "Bad Request" };
const rule$16 = { type: "const", value: "0100404" };
const rule$17 = { type: "const", value: 404 };
const rule$18 = { type: "const", value: "Not Found" };
const rule$19 = { type: "const", value: "0101403" };
const rule$20 = { type: "const", value: "Not Phone Number User" };
const rule$21 = { type: "const", value: 403 };
const rule$22 = { type: "integer", nullable: true };
const rule$23 = { type: "enum", values: ["absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", "stopping"], nullable: true };
const rule$24 = { type: "string", format: uriReferenceFormat, nullable: true };
const rule$25 = { type: "const", value: "0900400" };
const rule$26 = { type: "const", value: "0900403" };
const rule$27 = { type: "const", value: "Forbidden" };
const rule$28 = { type: "const", value: "0900404" };
const rule$29 = { type: "const", value: "0900401" };
const rule$30 = { type: "const", value: 401 };
const rule$31 = { type: "const", value: "Unauthorized" };
const rule$32 = { type: "const", value: "0901500" };
const rule$33 = { type: "const", value: 500 };
const rule$34 = { type: "const", value: "Unknown" };
const rule$35 = { type: "number" };
const rule$36 = { type: "boolean" };
const rule$37 = { type: "anyOf", variants: [rule$13, rule$35, rule$36] };
const rule$38 = { type: "enum", values: ["absent", "in-progress", "completed", "failed"] };
const rule$39 = { type: "const", value: "0500400" };
const rule$40 = { type: "const", value: "0500403" };
const rule$41 = { type: "const", value: "0500404" };
const rule$42 = { type: "const", value: "0500401" };
const rule$43 = { type: "const", value: "0501500" };
const rule$44 = { type: "enum", values: ["call.summary.completed"] };
const rule$45 = { type: "string", pattern: pattern$4 };
const rule$46 = { type: "string", pattern: pattern$5 };
const rule$47 = { type: "const", value: "*" };
const rule$48 = { type: "enum", values: ["enabled", "disabled"] };
const rule$49 = { type: "string", format: uriFormat };
const rule$50 = { type: "string", pattern: pattern$1, nullable: true };
const rule$51 = { type: "const", value: "0600400" };
const rule$52 = { type: "const", value: "0600403" };
const rule$53 = { type: "const", value: "0600404" };
const rule$54 = { type: "const", value: "0600401" };
const rule$55 = { type: "const", value: "0601500" };
const rule$56 = { type: "enum", values: ["call.transcript.completed"] };
const rule$57 = { type: "const", value: "0100401" };
const rule$58 = { type: "const", value: "0101500" };
const rule$59 = { type: "enum", values: ["call.completed", "call.ringing", "call.recording.completed"] };
const rule$60 = { type: "enum", values: ["restricted", "unrestricted"] };
const rule$61 = { type: "enum", values: ["multi-select"] };
const rule$62 = { type: "enum", values: ["address", "string", "url"] };
const rule$63 = { type: "enum", values: ["boolean"] };
const rule$64 = { type: "boolean", nullable: true };
const rule$65 = { type: "enum", values: ["date"] };
const rule$66 = { type: "enum", values: ["number"] };
const rule$67 = { type: "number", nullable: true };
const rule$68 = { type: "string", minLength: 1, maxLength: 75, nullable: true };
const rule$69 = { type: "string", minLength: 1, maxLength: 200, format: uriFormat, nullable: true };
const rule$70 = { type: "const", value: "0800409" };
const rule$71 = { type: "const", value: 409 };
const rule$72 = { type: "const", value: "Conflict" };
const rule$73 = { type: "enum", values: ["address", "boolean", "date", "multi-select", "number", "string", "url"] };
const rule$74 = { type: "const", value: "0700400" };
const rule$75 = { type: "const", value: "0700403" };
const rule$76 = { type: "const", value: "0700404" };
const rule$77 = { type: "const", value: "0700401" };
const rule$78 = { type: "const", value: "0701500" };
const rule$79 = { type: "const", value: "0801400" };
const rule$80 = { type: "const", value: "Invalid Custom Field Item" };
const rule$81 = { type: "const", value: "0800404" };
const rule$82 = { type: "const", value: "0801403" };
const rule$83 = { type: "const", value: "0800401" };
const rule$84 = { type: "const", value: "0801500" };
const rule$85 = { type: "string", pattern: pattern$6 };
const rule$86 = { type: "string", pattern: pattern$2, nullable: true };
const rule$87 = { type: "const", value: "1000400" };
const rule$88 = { type: "const", value: "1000404" };
const rule$89 = { type: "const", value: "1001403" };
const rule$90 = { type: "const", value: "1000401" };
const rule$91 = { type: "const", value: "1001500" };
const rule$92 = { type: "string", pattern: pattern$3, nullable: true };
const rule$93 = { type: "enum", values: ["queued", "sent", "delivered", "undelivered"] };
const rule$94 = { type: "const", value: "0206400" };
const rule$95 = { type: "const", value: "A2P Registration Not Approved" };
const rule$96 = { type: "const", value: "0200402" };
const rule$97 = { type: "const", value: "The organization does not have enough prepaid credits to send the message" };
const rule$98 = { type: "const", value: 402 };
const rule$99 = { type: "const", value: "Not Enough Credits" };
const rule$100 = { type: "const", value: "0200404" };
const rule$101 = { type: "const", value: "0202403" };
const rule$102 = { type: "const", value: "0200401" };
const rule$103 = { type: "const", value: "0201500" };
const rule$104 = { type: "enum", values: ["message.received", "message.delivered"] };
const rule$105 = { type: "const", value: "0400400" };
const rule$106 = { type: "const", value: "0400403" };
const rule$107 = { type: "const", value: "0400404" };
const rule$108 = { type: "const", value: "0400401" };
const rule$109 = { type: "const", value: "0401500" };
const rule$110 = { type: "const", value: "0300403" };
const rule$111 = { type: "const", value: "0305400" };
const rule$112 = { type: "const", value: "Invalid Version" };
const rule$113 = { type: "const", value: "0300404" };
const rule$114 = { type: "const", value: "0300401" };
const rule$115 = { type: "const", value: "0301500" };
const rule$116 = { type: "string", minLength: 1, maxLength: 72 };
const rule$117 = { type: "string", minLength: 1, maxLength: 200, format: uriFormat };
const rule$118 = { type: "integer", minimum: 1, maximum: 100 };
const rule$119 = { type: "string", minLength: 1 };
const rule$120 = { type: "string", minLength: 1, maxLength: 75 };
const rule$121 = { type: "integer", minimum: 1, maximum: 50 };
const rule$122 = { type: "anyOf", variants: [rule$5, rule$9] };
const rule$123 = { type: "string", minLength: 1, maxLength: 1600, pattern: pattern$7 };
const rule$124 = { type: "anyOf", variants: [rule$9, rule$5] };
const rule$125 = { type: "enum", values: ["done"] };
export {
  enum$0,
  enum$1,
  enum$2,
  pattern$0,
  pattern$1,
  pattern$2,
  pattern$3,
  pattern$4,
  pattern$5,
  pattern$6,
  pattern$7,
  rule$0,
  rule$1,
  rule$10,
  rule$100,
  rule$101,
  rule$102,
  rule$103,
  rule$104,
  rule$105,
  rule$106,
  rule$107,
  rule$108,
  rule$109,
  rule$11,
  rule$110,
  rule$111,
  rule$112,
  rule$113,
  rule$114,
  rule$115,
  rule$116,
  rule$117,
  rule$118,
  rule$119,
  rule$12,
  rule$120,
  rule$121,
  rule$122,
  rule$123,
  rule$124,
  rule$125,
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
  rule$76,
  rule$77,
  rule$78,
  rule$79,
  rule$8,
  rule$80,
  rule$81,
  rule$82,
  rule$83,
  rule$84,
  rule$85,
  rule$86,
  rule$87,
  rule$88,
  rule$89,
  rule$9,
  rule$90,
  rule$91,
  rule$92,
  rule$93,
  rule$94,
  rule$95,
  rule$96,
  rule$97,
  rule$98,
  rule$99
};
