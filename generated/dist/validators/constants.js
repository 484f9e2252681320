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
const rule$0 = "date-time (RFC 3339) or null";
const rule$1 = "string or null";
const rule$2 = "date-time (RFC 3339)";
const rule$3 = { text: 'one of "incoming", "outgoing"', enumOf: "string" };
const rule$4 = "integer";
const rule$5 = "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^US(.*)$/ or null";
const rule$6 = "string matching /^AC(.*)$/";
const rule$7 = "string matching /^\\+[1-9]\\d{1,14}$/";
const rule$8 = "string matching /^PN(.*)$/";
const rule$9 = { text: 'one of "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", \u2026', enumOf: "string" };
const rule$10 = "string matching /^US(.*)$/";
const rule$11 = '"0100400"';
const rule$12 = '"https://openphone.com/docs"';
const rule$13 = "string";
const rule$14 = "400";
const rule$15 = '"Bad Request"';
const rule$16 = '"0100404"';
const rule$17 = "404";
const rule$18 = '"Not Found"';
const rule$19 = '"0101403"';
const rule$20 = '"Not Phone Number User"';
const rule$21 = "403";
const rule$22 = "integer or null";
const rule$23 = { text: 'one of "absent", "completed", "deleted", "failed", "in-progress", "paused", "processing", "stopped", \u2026 or null', enumOf: "string" };
const rule$24 = "URI reference or null";
const rule$25 = '"0900400"';
const rule$26 = '"0900403"';
const rule$27 = '"Forbidden"';
const rule$28 = '"0900404"';
const rule$29 = '"0900401"';
const rule$30 = "401";
const rule$31 = '"Unauthorized"';
const rule$32 = '"0901500"';
const rule$33 = "500";
const rule$34 = '"Unknown"';
const rule$35 = "string or number or boolean";
const rule$36 = { text: 'one of "absent", "in-progress", "completed", "failed"', enumOf: "string" };
const rule$37 = '"0500400"';
const rule$38 = '"0500403"';
const rule$39 = '"0500404"';
const rule$40 = '"0500401"';
const rule$41 = '"0501500"';
const rule$42 = { text: 'one of "call.summary.completed"', enumOf: "string" };
const rule$43 = "string matching /^WH(.*)$/";
const rule$44 = "string matching /^OR(.*)$/";
const rule$45 = '"*"';
const rule$46 = { text: 'one of "enabled", "disabled"', enumOf: "string" };
const rule$47 = "absolute URI";
const rule$48 = "number";
const rule$49 = "string matching /^US(.*)$/ or null";
const rule$50 = '"0600400"';
const rule$51 = '"0600403"';
const rule$52 = '"0600404"';
const rule$53 = '"0600401"';
const rule$54 = '"0601500"';
const rule$55 = { text: 'one of "call.transcript.completed"', enumOf: "string" };
const rule$56 = '"0100401"';
const rule$57 = '"0101500"';
const rule$58 = { text: 'one of "call.completed", "call.ringing", "call.recording.completed"', enumOf: "string" };
const rule$59 = { text: 'one of "restricted", "unrestricted"', enumOf: "string" };
const rule$60 = { text: 'one of "multi-select"', enumOf: "string" };
const rule$61 = { text: 'one of "address", "string", "url"', enumOf: "string" };
const rule$62 = { text: 'one of "boolean"', enumOf: "string" };
const rule$63 = "boolean or null";
const rule$64 = { text: 'one of "date"', enumOf: "string" };
const rule$65 = { text: 'one of "number"', enumOf: "string" };
const rule$66 = "number or null";
const rule$67 = "string of 1 to 75 characters or null";
const rule$68 = "absolute URI of 1 to 200 characters or null";
const rule$69 = '"0800409"';
const rule$70 = "409";
const rule$71 = '"Conflict"';
const rule$72 = { text: 'one of "address", "boolean", "date", "multi-select", "number", "string", "url"', enumOf: "string" };
const rule$73 = '"0700400"';
const rule$74 = '"0700403"';
const rule$75 = '"0700404"';
const rule$76 = '"0700401"';
const rule$77 = '"0701500"';
const rule$78 = '"0801400"';
const rule$79 = '"Invalid Custom Field Item"';
const rule$80 = '"0800404"';
const rule$81 = '"0801403"';
const rule$82 = '"0800401"';
const rule$83 = '"0801500"';
const rule$84 = "string matching /^CN(.*)$/";
const rule$85 = "string matching /^AC(.*)$/ or null";
const rule$86 = '"1000400"';
const rule$87 = '"1000404"';
const rule$88 = '"1001403"';
const rule$89 = '"1000401"';
const rule$90 = '"1001500"';
const rule$91 = "string matching /^PN(.*)$/ or null";
const rule$92 = { text: 'one of "queued", "sent", "delivered", "undelivered"', enumOf: "string" };
const rule$93 = '"0206400"';
const rule$94 = '"A2P Registration Not Approved"';
const rule$95 = '"0200402"';
const rule$96 = '"The organization does not have enough prepaid credits to send the message"';
const rule$97 = "402";
const rule$98 = '"Not Enough Credits"';
const rule$99 = '"0200404"';
const rule$100 = '"0202403"';
const rule$101 = '"0200401"';
const rule$102 = '"0201500"';
const rule$103 = { text: 'one of "message.received", "message.delivered"', enumOf: "string" };
const rule$104 = '"0400400"';
const rule$105 = '"0400403"';
const rule$106 = '"0400404"';
const rule$107 = '"0400401"';
const rule$108 = '"0401500"';
const rule$109 = '"0300403"';
const rule$110 = '"0305400"';
const rule$111 = '"Invalid Version"';
const rule$112 = '"0300404"';
const rule$113 = '"0300401"';
const rule$114 = '"0301500"';
const rule$115 = "string of 1 to 72 characters";
const rule$116 = "absolute URI of 1 to 200 characters";
const rule$117 = "integer >= 1 <= 100";
const rule$118 = "string of at least 1 character";
const rule$119 = "string of 1 to 75 characters";
const rule$120 = "integer >= 1 <= 50";
const rule$121 = "boolean";
const rule$122 = "string matching /^\\+[1-9]\\d{1,14}$/ or string matching /^PN(.*)$/";
const rule$123 = "string matching /.*\\S.*/ of 1 to 1600 characters";
const rule$124 = "string matching /^PN(.*)$/ or string matching /^\\+[1-9]\\d{1,14}$/";
const rule$125 = { text: 'one of "done"', enumOf: "string" };
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
