import { bad, dateTimeFormat, fail, isDateTime, missing, unknownProperty } from "./runtime/validation.js";
import { parseWithChecks } from "./runtime/webhooks.js";
import {
  verifyWebhook,
  WebhookError
} from "./runtime/webhooks.js";
const pattern$0 = /* @__PURE__ */ new RegExp("^AC(.*)$", "u");
const pattern$1 = /* @__PURE__ */ new RegExp("^PN(.*)$", "u");
const pattern$2 = /* @__PURE__ */ new RegExp("^EV(.*)$", "u");
const enum$0 = /* @__PURE__ */ new Set(["answered", "unanswered", "failed", "forwarded", "abandoned", "ai-handled", "unknown"]);
const enum$1 = /* @__PURE__ */ new Set(["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"]);
const rule$0 = { type: "string" };
const rule$1 = { type: "enum", values: ["incoming", "outgoing"] };
const rule$2 = { type: "enum", values: ["answered", "unanswered", "failed", "forwarded", "abandoned", "ai-handled", "unknown"] };
const rule$3 = { type: "string", format: dateTimeFormat };
const rule$4 = { type: "string", format: dateTimeFormat, nullable: true };
const rule$5 = { type: "number", nullable: true };
const rule$6 = { type: "boolean" };
const rule$7 = { type: "string", nullable: true };
const rule$8 = { type: "enum", values: ["shared", "private", "external"], nullable: true };
const rule$9 = { type: "const", value: "email" };
const rule$10 = { type: "const", value: "phone-number" };
const rule$11 = { type: "enum", values: ["matched", "none", "unavailable"] };
const rule$12 = { type: "string", pattern: pattern$0 };
const rule$13 = { type: "const", value: "call" };
const rule$14 = { type: "enum", values: ["queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled", "missed", "answered", "forwarded", "abandoned"] };
const rule$15 = { type: "number" };
const rule$16 = { type: "string", pattern: pattern$1 };
const rule$17 = { type: "const", value: "message" };
const rule$18 = { type: "enum", values: ["queued", "sent", "delivered", "undelivered", "received"] };
const rule$19 = { type: "const", value: "callSummary" };
const rule$20 = { type: "enum", values: ["absent", "in-progress", "completed", "failed"] };
const rule$21 = { type: "const", value: "callTranscript" };
const rule$22 = { type: "enum", values: ["available", "unavailable"] };
const rule$23 = { type: "string", pattern: pattern$2 };
const rule$24 = { type: "const", value: "event" };
const rule$25 = { type: "const", value: "call.completed" };
const rule$26 = { type: "const", value: "call.recording.completed" };
const rule$27 = { type: "const", value: "call.ringing" };
const rule$28 = { type: "enum", values: ["call.summary.completed", "callSummary"] };
const rule$29 = { type: "enum", values: ["call.transcript.completed", "callTranscript"] };
const rule$30 = { type: "const", value: "contact.deleted" };
const rule$31 = { type: "const", value: "contact.updated" };
const rule$32 = { type: "const", value: "message.delivered" };
const rule$33 = { type: "const", value: "message.received" };
const rule$34 = { type: "const", value: "2026-03-30" };
const rule$35 = { type: "const", value: "call.answered" };
const rule$36 = { type: "const", value: "call.forwarded" };
const rule$37 = { type: "const", value: "call.menu.selected" };
const rule$38 = { type: "const", value: "call.missed" };
const rule$39 = { type: "const", value: "call.summary.completed" };
const rule$40 = { type: "anyOf", variants: [rule$0, rule$15, rule$6] };
const rule$41 = { type: "const", value: "call.transcript.completed" };
const rule$42 = { type: "const", value: "call.voicemail.completed" };
const rule$43 = { type: "const", value: "message.failed" };
const rule$44 = { type: "const", value: "message.undelivered" };
function variant$117(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i118 = 0; i118 < v.length; i118++) {
      const v119 = v[i118];
      if (!(typeof v119 === "string")) ok = bad(c, p + "/" + i118, v119, rule$0) && ok;
    }
  }
  return ok;
}
function checkWebhookCall(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["id"];
    if (!(typeof v2 === "string")) ok = bad(c, p + "/id", v2, rule$0, true) && ok;
    const v3 = o1["direction"];
    if (!(v3 === "incoming" || v3 === "outgoing")) ok = bad(c, p + "/direction", v3, rule$1, true) && ok;
    const v4 = o1["status"];
    if (!enum$0.has(v4)) ok = bad(c, p + "/status", v4, rule$2, true) && ok;
    const v5 = o1["createdAt"];
    if (!(typeof v5 === "string" && isDateTime(v5))) ok = bad(c, p + "/createdAt", v5, rule$3, true) && ok;
    const v6 = o1["answeredAt"];
    if (v6 !== void 0 && !(v6 === null || typeof v6 === "string" && isDateTime(v6))) ok = bad(c, p + "/answeredAt", v6, rule$4) && ok;
    const v7 = o1["completedAt"];
    if (v7 !== void 0 && !(v7 === null || typeof v7 === "string" && isDateTime(v7))) ok = bad(c, p + "/completedAt", v7, rule$4) && ok;
    const v8 = o1["updatedAt"];
    if (v8 !== void 0 && !(typeof v8 === "string" && isDateTime(v8))) ok = bad(c, p + "/updatedAt", v8, rule$3) && ok;
    const v9 = o1["duration"];
    if (v9 !== void 0 && !(v9 === null || typeof v9 === "number" && Number.isFinite(v9))) ok = bad(c, p + "/duration", v9, rule$5) && ok;
    const v10 = o1["hasVoicemail"];
    if (v10 !== void 0 && !(typeof v10 === "boolean")) ok = bad(c, p + "/hasVoicemail", v10, rule$6) && ok;
    if (c.scan) {
      for (const k11 in o1) {
        switch (k11) {
          case "id":
          case "direction":
          case "status":
          case "createdAt":
          case "answeredAt":
          case "completedAt":
          case "updatedAt":
          case "duration":
          case "hasVoicemail":
            break;
          default: {
            if (!unknownProperty(c, p, k11, o1[k11])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookCallContext(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o12 = v;
    const v13 = o12["orgId"];
    if (!(typeof v13 === "string")) ok = bad(c, p + "/orgId", v13, rule$0, true) && ok;
    const v14 = o12["phoneNumberId"];
    if (v14 !== void 0 && !(v14 === null || typeof v14 === "string")) ok = bad(c, p + "/phoneNumberId", v14, rule$7) && ok;
    const v15 = o12["conversationId"];
    if (v15 !== void 0 && !(v15 === null || typeof v15 === "string")) ok = bad(c, p + "/conversationId", v15, rule$7) && ok;
    const v16 = o12["userId"];
    if (!(typeof v16 === "string")) ok = bad(c, p + "/userId", v16, rule$0, true) && ok;
    const v17 = o12["phoneNumberType"];
    if (v17 !== void 0 && !(v17 === null || (v17 === "shared" || v17 === "private" || v17 === "external"))) ok = bad(c, p + "/phoneNumberType", v17, rule$8) && ok;
    const v18 = o12["contacts"];
    if (v18 !== void 0) {
      if (!checkWebhookContacts(v18, p + "/contacts", c)) ok = false;
    }
    const v19 = o12["participants"];
    if (v19 !== void 0) {
      if (!checkWebhookParticipants(v19, p + "/participants", c)) ok = false;
    }
    if (c.scan) {
      for (const k20 in o12) {
        switch (k20) {
          case "orgId":
          case "phoneNumberId":
          case "conversationId":
          case "userId":
          case "phoneNumberType":
          case "contacts":
          case "participants":
            break;
          default: {
            if (!unknownProperty(c, p, k20, o12[k20])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookContact(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o21 = v;
    const v22 = o21["id"];
    if (!(typeof v22 === "string")) ok = bad(c, p + "/id", v22, rule$0, true) && ok;
    const v23 = o21["firstName"];
    if (v23 !== void 0 && !(v23 === null || typeof v23 === "string")) ok = bad(c, p + "/firstName", v23, rule$7) && ok;
    const v24 = o21["lastName"];
    if (v24 !== void 0 && !(v24 === null || typeof v24 === "string")) ok = bad(c, p + "/lastName", v24, rule$7) && ok;
    const v25 = o21["company"];
    if (v25 !== void 0 && !(v25 === null || typeof v25 === "string")) ok = bad(c, p + "/company", v25, rule$7) && ok;
    const v26 = o21["role"];
    if (v26 !== void 0 && !(v26 === null || typeof v26 === "string")) ok = bad(c, p + "/role", v26, rule$7) && ok;
    const v27 = o21["location"];
    if (v27 !== void 0 && !(v27 === null || typeof v27 === "string")) ok = bad(c, p + "/location", v27, rule$7) && ok;
    const v28 = o21["source"];
    if (v28 !== void 0 && !(v28 === null || typeof v28 === "string")) ok = bad(c, p + "/source", v28, rule$7) && ok;
    const v29 = o21["externalId"];
    if (v29 !== void 0 && !(v29 === null || typeof v29 === "string")) ok = bad(c, p + "/externalId", v29, rule$7) && ok;
    const v30 = o21["emails"];
    if (v30 !== void 0) {
      if (!Array.isArray(v30)) {
        ok = fail(c, p + "/emails", "array", v30);
      } else {
        for (let i31 = 0; i31 < v30.length; i31++) {
          const v32 = v30[i31];
          if (typeof v32 !== "object" || v32 === null || Array.isArray(v32)) {
            ok = fail(c, p + "/emails/" + i31, "object", v32);
          } else {
            const o33 = v32;
            const v34 = o33["value"];
            if (!(typeof v34 === "string")) ok = bad(c, p + "/emails/" + i31 + "/value", v34, rule$0, true) && ok;
            const v35 = o33["type"];
            if (v35 !== void 0 && !(v35 === "email")) ok = bad(c, p + "/emails/" + i31 + "/type", v35, rule$9) && ok;
            if (c.scan) {
              for (const k36 in o33) {
                switch (k36) {
                  case "value":
                  case "type":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/emails/" + i31, k36, o33[k36])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v37 = o21["phoneNumbers"];
    if (v37 !== void 0) {
      if (!Array.isArray(v37)) {
        ok = fail(c, p + "/phoneNumbers", "array", v37);
      } else {
        for (let i38 = 0; i38 < v37.length; i38++) {
          const v39 = v37[i38];
          if (typeof v39 !== "object" || v39 === null || Array.isArray(v39)) {
            ok = fail(c, p + "/phoneNumbers/" + i38, "object", v39);
          } else {
            const o40 = v39;
            const v41 = o40["value"];
            if (!(typeof v41 === "string")) ok = bad(c, p + "/phoneNumbers/" + i38 + "/value", v41, rule$0, true) && ok;
            const v42 = o40["type"];
            if (v42 !== void 0 && !(v42 === "phone-number")) ok = bad(c, p + "/phoneNumbers/" + i38 + "/type", v42, rule$10) && ok;
            if (c.scan) {
              for (const k43 in o40) {
                switch (k43) {
                  case "value":
                  case "type":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/phoneNumbers/" + i38, k43, o40[k43])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v44 = o21["customFields"];
    if (v44 !== void 0) {
      if (!Array.isArray(v44)) {
        ok = fail(c, p + "/customFields", "array", v44);
      } else {
        for (let i45 = 0; i45 < v44.length; i45++) {
          const v46 = v44[i45];
          if (typeof v46 !== "object" || v46 === null || Array.isArray(v46)) {
            ok = fail(c, p + "/customFields/" + i45, "object", v46);
          } else {
            const o47 = v46;
            const v48 = o47["name"];
            if (v48 !== void 0 && !(typeof v48 === "string")) ok = bad(c, p + "/customFields/" + i45 + "/name", v48, rule$0) && ok;
            const v49 = o47["key"];
            if (!(typeof v49 === "string")) ok = bad(c, p + "/customFields/" + i45 + "/key", v49, rule$0, true) && ok;
            const v50 = o47["id"];
            if (v50 !== void 0 && !(typeof v50 === "string")) ok = bad(c, p + "/customFields/" + i45 + "/id", v50, rule$0) && ok;
            const v51 = o47["type"];
            if (v51 !== void 0 && !(typeof v51 === "string")) ok = bad(c, p + "/customFields/" + i45 + "/type", v51, rule$0) && ok;
            const v52 = o47["value"];
            if (c.scan) {
              for (const k53 in o47) {
                switch (k53) {
                  case "name":
                  case "key":
                  case "id":
                  case "type":
                  case "value":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/customFields/" + i45, k53, o47[k53])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v54 = o21["createdAt"];
    if (v54 !== void 0 && !(typeof v54 === "string" && isDateTime(v54))) ok = bad(c, p + "/createdAt", v54, rule$3) && ok;
    const v55 = o21["updatedAt"];
    if (v55 !== void 0 && !(typeof v55 === "string" && isDateTime(v55))) ok = bad(c, p + "/updatedAt", v55, rule$3) && ok;
    if (c.scan) {
      for (const k56 in o21) {
        switch (k56) {
          case "id":
          case "firstName":
          case "lastName":
          case "company":
          case "role":
          case "location":
          case "source":
          case "externalId":
          case "emails":
          case "phoneNumbers":
          case "customFields":
          case "createdAt":
          case "updatedAt":
            break;
          default: {
            if (!unknownProperty(c, p, k56, o21[k56])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookContactContext(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o57 = v;
    const v58 = o57["orgId"];
    if (!(typeof v58 === "string")) ok = bad(c, p + "/orgId", v58, rule$0, true) && ok;
    const v59 = o57["userId"];
    if (v59 !== void 0 && !(typeof v59 === "string")) ok = bad(c, p + "/userId", v59, rule$0) && ok;
    const v60 = o57["sharedWithIds"];
    if (v60 !== void 0) {
      if (!Array.isArray(v60)) {
        ok = fail(c, p + "/sharedWithIds", "array", v60);
      } else {
        for (let i61 = 0; i61 < v60.length; i61++) {
          const v62 = v60[i61];
          if (!(typeof v62 === "string")) ok = bad(c, p + "/sharedWithIds/" + i61, v62, rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k63 in o57) {
        switch (k63) {
          case "orgId":
          case "userId":
          case "sharedWithIds":
            break;
          default: {
            if (!unknownProperty(c, p, k63, o57[k63])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookContacts(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o64 = v;
    const v65 = o64["ids"];
    if (v65 === void 0) {
      ok = missing(c, p + "/ids", "array");
    } else {
      if (!Array.isArray(v65)) {
        ok = fail(c, p + "/ids", "array", v65);
      } else {
        for (let i66 = 0; i66 < v65.length; i66++) {
          const v67 = v65[i66];
          if (!(typeof v67 === "string")) ok = bad(c, p + "/ids/" + i66, v67, rule$0) && ok;
        }
      }
    }
    const v68 = o64["lookupStatus"];
    if (!(v68 === "matched" || v68 === "none" || v68 === "unavailable")) ok = bad(c, p + "/lookupStatus", v68, rule$11, true) && ok;
    if (c.scan) {
      for (const k69 in o64) {
        switch (k69) {
          case "ids":
          case "lookupStatus":
            break;
          default: {
            if (!unknownProperty(c, p, k69, o64[k69])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookLegacyCall(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o70 = v;
    const v71 = o70["id"];
    if (!(typeof v71 === "string" && pattern$0.test(v71))) ok = bad(c, p + "/id", v71, rule$12, true) && ok;
    const v72 = o70["object"];
    if (!(v72 === "call")) ok = bad(c, p + "/object", v72, rule$13, true) && ok;
    const v73 = o70["direction"];
    if (!(v73 === "incoming" || v73 === "outgoing")) ok = bad(c, p + "/direction", v73, rule$1, true) && ok;
    const v74 = o70["status"];
    if (!enum$1.has(v74)) ok = bad(c, p + "/status", v74, rule$14, true) && ok;
    const v75 = o70["createdAt"];
    if (!(typeof v75 === "string" && isDateTime(v75))) ok = bad(c, p + "/createdAt", v75, rule$3, true) && ok;
    const v76 = o70["updatedAt"];
    if (v76 !== void 0 && !(v76 === null || typeof v76 === "string" && isDateTime(v76))) ok = bad(c, p + "/updatedAt", v76, rule$4) && ok;
    const v77 = o70["answeredAt"];
    if (v77 !== void 0 && !(v77 === null || typeof v77 === "string" && isDateTime(v77))) ok = bad(c, p + "/answeredAt", v77, rule$4) && ok;
    const v78 = o70["completedAt"];
    if (v78 !== void 0 && !(v78 === null || typeof v78 === "string" && isDateTime(v78))) ok = bad(c, p + "/completedAt", v78, rule$4) && ok;
    const v79 = o70["answeredBy"];
    if (v79 !== void 0 && !(v79 === null || typeof v79 === "string")) ok = bad(c, p + "/answeredBy", v79, rule$7) && ok;
    const v80 = o70["initiatedBy"];
    if (v80 !== void 0 && !(v80 === null || typeof v80 === "string")) ok = bad(c, p + "/initiatedBy", v80, rule$7) && ok;
    const v81 = o70["forwardedFrom"];
    if (v81 !== void 0 && !(v81 === null || typeof v81 === "string")) ok = bad(c, p + "/forwardedFrom", v81, rule$7) && ok;
    const v82 = o70["forwardedTo"];
    if (v82 !== void 0 && !(v82 === null || typeof v82 === "string")) ok = bad(c, p + "/forwardedTo", v82, rule$7) && ok;
    const v83 = o70["duration"];
    if (v83 !== void 0 && !(typeof v83 === "number" && Number.isFinite(v83))) ok = bad(c, p + "/duration", v83, rule$15) && ok;
    const v84 = o70["phoneNumberId"];
    if (v84 !== void 0 && !(typeof v84 === "string" && pattern$1.test(v84))) ok = bad(c, p + "/phoneNumberId", v84, rule$16) && ok;
    const v85 = o70["userId"];
    if (v85 !== void 0 && !(v85 === null || typeof v85 === "string")) ok = bad(c, p + "/userId", v85, rule$7) && ok;
    const v86 = o70["participants"];
    if (v86 !== void 0) {
      if (!Array.isArray(v86)) {
        ok = fail(c, p + "/participants", "array", v86);
      } else {
        for (let i87 = 0; i87 < v86.length; i87++) {
          const v88 = v86[i87];
          if (!(typeof v88 === "string")) ok = bad(c, p + "/participants/" + i87, v88, rule$0) && ok;
        }
      }
    }
    const v89 = o70["contactIds"];
    if (v89 !== void 0) {
      if (!Array.isArray(v89)) {
        ok = fail(c, p + "/contactIds", "array", v89);
      } else {
        for (let i90 = 0; i90 < v89.length; i90++) {
          const v91 = v89[i90];
          if (!(typeof v91 === "string")) ok = bad(c, p + "/contactIds/" + i90, v91, rule$0) && ok;
        }
      }
    }
    const v92 = o70["from"];
    if (v92 !== void 0 && !(typeof v92 === "string")) ok = bad(c, p + "/from", v92, rule$0) && ok;
    const v93 = o70["to"];
    if (v93 !== void 0 && !(typeof v93 === "string")) ok = bad(c, p + "/to", v93, rule$0) && ok;
    const v94 = o70["conversationId"];
    if (v94 !== void 0 && !(typeof v94 === "string")) ok = bad(c, p + "/conversationId", v94, rule$0) && ok;
    const v95 = o70["media"];
    if (v95 !== void 0) {
      if (!Array.isArray(v95)) {
        ok = fail(c, p + "/media", "array", v95);
      } else {
        for (let i96 = 0; i96 < v95.length; i96++) {
          const v97 = v95[i96];
          if (typeof v97 !== "object" || v97 === null || Array.isArray(v97)) {
            ok = fail(c, p + "/media/" + i96, "object", v97);
          } else {
            const o98 = v97;
            const v99 = o98["url"];
            if (!(typeof v99 === "string")) ok = bad(c, p + "/media/" + i96 + "/url", v99, rule$0, true) && ok;
            const v100 = o98["type"];
            if (v100 !== void 0 && !(typeof v100 === "string")) ok = bad(c, p + "/media/" + i96 + "/type", v100, rule$0) && ok;
            const v101 = o98["duration"];
            if (v101 !== void 0 && !(typeof v101 === "number" && Number.isFinite(v101))) ok = bad(c, p + "/media/" + i96 + "/duration", v101, rule$15) && ok;
            if (c.scan) {
              for (const k102 in o98) {
                switch (k102) {
                  case "url":
                  case "type":
                  case "duration":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/media/" + i96, k102, o98[k102])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v103 = o70["voicemail"];
    if (v103 !== void 0) {
      if (v103 !== null) {
        if (typeof v103 !== "object" || v103 === null || Array.isArray(v103)) {
          ok = fail(c, p + "/voicemail", "object or null", v103);
        } else {
          const o104 = v103;
          const v105 = o104["url"];
          if (!(typeof v105 === "string")) ok = bad(c, p + "/voicemail/url", v105, rule$0, true) && ok;
          const v106 = o104["type"];
          if (v106 !== void 0 && !(typeof v106 === "string")) ok = bad(c, p + "/voicemail/type", v106, rule$0) && ok;
          const v107 = o104["duration"];
          if (v107 !== void 0 && !(typeof v107 === "number" && Number.isFinite(v107))) ok = bad(c, p + "/voicemail/duration", v107, rule$15) && ok;
          if (c.scan) {
            for (const k108 in o104) {
              switch (k108) {
                case "url":
                case "type":
                case "duration":
                  break;
                default: {
                  if (!unknownProperty(c, p + "/voicemail", k108, o104[k108])) ok = false;
                }
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k109 in o70) {
        switch (k109) {
          case "id":
          case "object":
          case "direction":
          case "status":
          case "createdAt":
          case "updatedAt":
          case "answeredAt":
          case "completedAt":
          case "answeredBy":
          case "initiatedBy":
          case "forwardedFrom":
          case "forwardedTo":
          case "duration":
          case "phoneNumberId":
          case "userId":
          case "participants":
          case "contactIds":
          case "from":
          case "to":
          case "conversationId":
          case "media":
          case "voicemail":
            break;
          default: {
            if (!unknownProperty(c, p, k109, o70[k109])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookLegacyMessage(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o110 = v;
    const v111 = o110["id"];
    if (!(typeof v111 === "string" && pattern$0.test(v111))) ok = bad(c, p + "/id", v111, rule$12, true) && ok;
    const v112 = o110["object"];
    if (!(v112 === "message")) ok = bad(c, p + "/object", v112, rule$17, true) && ok;
    const v113 = o110["from"];
    if (!(typeof v113 === "string")) ok = bad(c, p + "/from", v113, rule$0, true) && ok;
    const v114 = o110["to"];
    if (v114 === void 0) {
      ok = missing(c, p + "/to", "array or string");
    } else {
      const p115 = p + "/to";
      c.quiet++;
      const m116 = variant$117(v114, p115, c) ? 0 : typeof v114 === "string" ? 1 : -1;
      c.quiet--;
      if (m116 === -1) {
        ok = fail(c, p + "/to", "array or string", v114);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m116 === 0) variant$117(v114, p115, c);
      }
    }
    const v120 = o110["direction"];
    if (!(v120 === "incoming" || v120 === "outgoing")) ok = bad(c, p + "/direction", v120, rule$1, true) && ok;
    const v121 = o110["text"];
    if (v121 !== void 0 && !(typeof v121 === "string")) ok = bad(c, p + "/text", v121, rule$0) && ok;
    const v122 = o110["body"];
    if (v122 !== void 0 && !(typeof v122 === "string")) ok = bad(c, p + "/body", v122, rule$0) && ok;
    const v123 = o110["media"];
    if (v123 !== void 0) {
      if (!Array.isArray(v123)) {
        ok = fail(c, p + "/media", "array", v123);
      } else {
        for (let i124 = 0; i124 < v123.length; i124++) {
          const v125 = v123[i124];
          if (typeof v125 !== "object" || v125 === null || Array.isArray(v125)) {
            ok = fail(c, p + "/media/" + i124, "object", v125);
          } else {
            const o126 = v125;
            const v127 = o126["url"];
            if (!(typeof v127 === "string")) ok = bad(c, p + "/media/" + i124 + "/url", v127, rule$0, true) && ok;
            const v128 = o126["type"];
            if (v128 !== void 0 && !(typeof v128 === "string")) ok = bad(c, p + "/media/" + i124 + "/type", v128, rule$0) && ok;
            if (c.scan) {
              for (const k129 in o126) {
                switch (k129) {
                  case "url":
                  case "type":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/media/" + i124, k129, o126[k129])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v130 = o110["status"];
    if (!(v130 === "queued" || v130 === "sent" || v130 === "delivered" || v130 === "undelivered" || v130 === "received")) ok = bad(c, p + "/status", v130, rule$18, true) && ok;
    const v131 = o110["createdAt"];
    if (!(typeof v131 === "string" && isDateTime(v131))) ok = bad(c, p + "/createdAt", v131, rule$3, true) && ok;
    const v132 = o110["userId"];
    if (v132 !== void 0 && !(v132 === null || typeof v132 === "string")) ok = bad(c, p + "/userId", v132, rule$7) && ok;
    const v133 = o110["phoneNumberId"];
    if (v133 !== void 0 && !(typeof v133 === "string" && pattern$1.test(v133))) ok = bad(c, p + "/phoneNumberId", v133, rule$16) && ok;
    const v134 = o110["conversationId"];
    if (v134 !== void 0 && !(typeof v134 === "string")) ok = bad(c, p + "/conversationId", v134, rule$0) && ok;
    const v135 = o110["contactIds"];
    if (v135 !== void 0) {
      if (!Array.isArray(v135)) {
        ok = fail(c, p + "/contactIds", "array", v135);
      } else {
        for (let i136 = 0; i136 < v135.length; i136++) {
          const v137 = v135[i136];
          if (!(typeof v137 === "string")) ok = bad(c, p + "/contactIds/" + i136, v137, rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k138 in o110) {
        switch (k138) {
          case "id":
          case "object":
          case "from":
          case "to":
          case "direction":
          case "text":
          case "body":
          case "media":
          case "status":
          case "createdAt":
          case "userId":
          case "phoneNumberId":
          case "conversationId":
          case "contactIds":
            break;
          default: {
            if (!unknownProperty(c, p, k138, o110[k138])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookLegacySummary(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o139 = v;
    const v140 = o139["callId"];
    if (!(typeof v140 === "string" && pattern$0.test(v140))) ok = bad(c, p + "/callId", v140, rule$12, true) && ok;
    const v141 = o139["object"];
    if (!(v141 === "callSummary")) ok = bad(c, p + "/object", v141, rule$19, true) && ok;
    const v142 = o139["status"];
    if (!(v142 === "absent" || v142 === "in-progress" || v142 === "completed" || v142 === "failed")) ok = bad(c, p + "/status", v142, rule$20, true) && ok;
    const v143 = o139["summary"];
    if (v143 !== void 0) {
      if (!Array.isArray(v143)) {
        ok = fail(c, p + "/summary", "array", v143);
      } else {
        for (let i144 = 0; i144 < v143.length; i144++) {
          const v145 = v143[i144];
          if (!(typeof v145 === "string")) ok = bad(c, p + "/summary/" + i144, v145, rule$0) && ok;
        }
      }
    }
    const v146 = o139["nextSteps"];
    if (v146 !== void 0) {
      if (!Array.isArray(v146)) {
        ok = fail(c, p + "/nextSteps", "array", v146);
      } else {
        for (let i147 = 0; i147 < v146.length; i147++) {
          const v148 = v146[i147];
          if (!(typeof v148 === "string")) ok = bad(c, p + "/nextSteps/" + i147, v148, rule$0) && ok;
        }
      }
    }
    const v149 = o139["contactIds"];
    if (v149 !== void 0) {
      if (!Array.isArray(v149)) {
        ok = fail(c, p + "/contactIds", "array", v149);
      } else {
        for (let i150 = 0; i150 < v149.length; i150++) {
          const v151 = v149[i150];
          if (!(typeof v151 === "string")) ok = bad(c, p + "/contactIds/" + i150, v151, rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k152 in o139) {
        switch (k152) {
          case "callId":
          case "object":
          case "status":
          case "summary":
          case "nextSteps":
          case "contactIds":
            break;
          default: {
            if (!unknownProperty(c, p, k152, o139[k152])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookLegacyTranscript(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o153 = v;
    const v154 = o153["callId"];
    if (!(typeof v154 === "string" && pattern$0.test(v154))) ok = bad(c, p + "/callId", v154, rule$12, true) && ok;
    const v155 = o153["object"];
    if (!(v155 === "callTranscript")) ok = bad(c, p + "/object", v155, rule$21, true) && ok;
    const v156 = o153["createdAt"];
    if (v156 !== void 0 && !(typeof v156 === "string" && isDateTime(v156))) ok = bad(c, p + "/createdAt", v156, rule$3) && ok;
    const v157 = o153["duration"];
    if (v157 !== void 0 && !(typeof v157 === "number" && Number.isFinite(v157))) ok = bad(c, p + "/duration", v157, rule$15) && ok;
    const v158 = o153["status"];
    if (!(v158 === "absent" || v158 === "in-progress" || v158 === "completed" || v158 === "failed")) ok = bad(c, p + "/status", v158, rule$20, true) && ok;
    const v159 = o153["dialogue"];
    if (v159 !== void 0) {
      if (!Array.isArray(v159)) {
        ok = fail(c, p + "/dialogue", "array", v159);
      } else {
        for (let i160 = 0; i160 < v159.length; i160++) {
          const v161 = v159[i160];
          if (typeof v161 !== "object" || v161 === null || Array.isArray(v161)) {
            ok = fail(c, p + "/dialogue/" + i160, "object", v161);
          } else {
            const o162 = v161;
            const v163 = o162["content"];
            if (!(typeof v163 === "string")) ok = bad(c, p + "/dialogue/" + i160 + "/content", v163, rule$0, true) && ok;
            const v164 = o162["start"];
            if (!(typeof v164 === "number" && Number.isFinite(v164))) ok = bad(c, p + "/dialogue/" + i160 + "/start", v164, rule$15, true) && ok;
            const v165 = o162["end"];
            if (!(typeof v165 === "number" && Number.isFinite(v165))) ok = bad(c, p + "/dialogue/" + i160 + "/end", v165, rule$15, true) && ok;
            const v166 = o162["identifier"];
            if (v166 !== void 0 && !(typeof v166 === "string")) ok = bad(c, p + "/dialogue/" + i160 + "/identifier", v166, rule$0) && ok;
            const v167 = o162["userId"];
            if (v167 !== void 0 && !(v167 === null || typeof v167 === "string")) ok = bad(c, p + "/dialogue/" + i160 + "/userId", v167, rule$7) && ok;
            if (c.scan) {
              for (const k168 in o162) {
                switch (k168) {
                  case "content":
                  case "start":
                  case "end":
                  case "identifier":
                  case "userId":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/dialogue/" + i160, k168, o162[k168])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v169 = o153["contactIds"];
    if (v169 !== void 0) {
      if (!Array.isArray(v169)) {
        ok = fail(c, p + "/contactIds", "array", v169);
      } else {
        for (let i170 = 0; i170 < v169.length; i170++) {
          const v171 = v169[i170];
          if (!(typeof v171 === "string")) ok = bad(c, p + "/contactIds/" + i170, v171, rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k172 in o153) {
        switch (k172) {
          case "callId":
          case "object":
          case "createdAt":
          case "duration":
          case "status":
          case "dialogue":
          case "contactIds":
            break;
          default: {
            if (!unknownProperty(c, p, k172, o153[k172])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookMessage(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o173 = v;
    const v174 = o173["id"];
    if (!(typeof v174 === "string")) ok = bad(c, p + "/id", v174, rule$0, true) && ok;
    const v175 = o173["direction"];
    if (!(v175 === "incoming" || v175 === "outgoing")) ok = bad(c, p + "/direction", v175, rule$1, true) && ok;
    const v176 = o173["text"];
    if (v176 !== void 0 && !(typeof v176 === "string")) ok = bad(c, p + "/text", v176, rule$0) && ok;
    const v177 = o173["media"];
    if (v177 !== void 0) {
      if (!Array.isArray(v177)) {
        ok = fail(c, p + "/media", "array", v177);
      } else {
        for (let i178 = 0; i178 < v177.length; i178++) {
          const v179 = v177[i178];
          if (typeof v179 !== "object" || v179 === null || Array.isArray(v179)) {
            ok = fail(c, p + "/media/" + i178, "object", v179);
          } else {
            const o180 = v179;
            const v181 = o180["url"];
            if (!(typeof v181 === "string")) ok = bad(c, p + "/media/" + i178 + "/url", v181, rule$0, true) && ok;
            const v182 = o180["type"];
            if (v182 !== void 0 && !(typeof v182 === "string")) ok = bad(c, p + "/media/" + i178 + "/type", v182, rule$0) && ok;
            if (c.scan) {
              for (const k183 in o180) {
                switch (k183) {
                  case "url":
                  case "type":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/media/" + i178, k183, o180[k183])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v184 = o173["status"];
    if (!(typeof v184 === "string")) ok = bad(c, p + "/status", v184, rule$0, true) && ok;
    const v185 = o173["createdAt"];
    if (!(typeof v185 === "string" && isDateTime(v185))) ok = bad(c, p + "/createdAt", v185, rule$3, true) && ok;
    const v186 = o173["errorCode"];
    if (v186 !== void 0 && !(v186 === null || typeof v186 === "string")) ok = bad(c, p + "/errorCode", v186, rule$7) && ok;
    if (c.scan) {
      for (const k187 in o173) {
        switch (k187) {
          case "id":
          case "direction":
          case "text":
          case "media":
          case "status":
          case "createdAt":
          case "errorCode":
            break;
          default: {
            if (!unknownProperty(c, p, k187, o173[k187])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookMessageContext(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o188 = v;
    const v189 = o188["orgId"];
    if (!(typeof v189 === "string")) ok = bad(c, p + "/orgId", v189, rule$0, true) && ok;
    const v190 = o188["phoneNumberId"];
    if (v190 !== void 0 && !(v190 === null || typeof v190 === "string")) ok = bad(c, p + "/phoneNumberId", v190, rule$7) && ok;
    const v191 = o188["conversationId"];
    if (v191 !== void 0 && !(v191 === null || typeof v191 === "string")) ok = bad(c, p + "/conversationId", v191, rule$7) && ok;
    const v192 = o188["userId"];
    if (!(typeof v192 === "string")) ok = bad(c, p + "/userId", v192, rule$0, true) && ok;
    const v193 = o188["contacts"];
    if (v193 !== void 0) {
      if (!checkWebhookContacts(v193, p + "/contacts", c)) ok = false;
    }
    const v194 = o188["senderIdentifier"];
    if (v194 !== void 0 && !(typeof v194 === "string")) ok = bad(c, p + "/senderIdentifier", v194, rule$0) && ok;
    const v195 = o188["recipientIdentifiers"];
    if (v195 !== void 0) {
      if (!Array.isArray(v195)) {
        ok = fail(c, p + "/recipientIdentifiers", "array", v195);
      } else {
        for (let i196 = 0; i196 < v195.length; i196++) {
          const v197 = v195[i196];
          if (!(typeof v197 === "string")) ok = bad(c, p + "/recipientIdentifiers/" + i196, v197, rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k198 in o188) {
        switch (k198) {
          case "orgId":
          case "phoneNumberId":
          case "conversationId":
          case "userId":
          case "contacts":
          case "senderIdentifier":
          case "recipientIdentifiers":
            break;
          default: {
            if (!unknownProperty(c, p, k198, o188[k198])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookParticipants(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o199 = v;
    const v200 = o199["workspace"];
    if (v200 === void 0) {
      ok = missing(c, p + "/workspace", "array");
    } else {
      if (!Array.isArray(v200)) {
        ok = fail(c, p + "/workspace", "array", v200);
      } else {
        for (let i201 = 0; i201 < v200.length; i201++) {
          const v202 = v200[i201];
          if (!(typeof v202 === "string")) ok = bad(c, p + "/workspace/" + i201, v202, rule$0) && ok;
        }
      }
    }
    const v203 = o199["external"];
    if (v203 === void 0) {
      ok = missing(c, p + "/external", "array");
    } else {
      if (!Array.isArray(v203)) {
        ok = fail(c, p + "/external", "array", v203);
      } else {
        for (let i204 = 0; i204 < v203.length; i204++) {
          const v205 = v203[i204];
          if (!(typeof v205 === "string")) ok = bad(c, p + "/external/" + i204, v205, rule$0) && ok;
        }
      }
    }
    const v206 = o199["resolution"];
    if (!(v206 === "available" || v206 === "unavailable")) ok = bad(c, p + "/resolution", v206, rule$22, true) && ok;
    if (c.scan) {
      for (const k207 in o199) {
        switch (k207) {
          case "workspace":
          case "external":
          case "resolution":
            break;
          default: {
            if (!unknownProperty(c, p, k207, o199[k207])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o208 = v;
    const v209 = o208["id"];
    if (!(typeof v209 === "string" && pattern$2.test(v209))) ok = bad(c, p + "/id", v209, rule$23, true) && ok;
    const v210 = o208["object"];
    if (!(v210 === "event")) ok = bad(c, p + "/object", v210, rule$24, true) && ok;
    const v211 = o208["apiVersion"];
    if (!(typeof v211 === "string")) ok = bad(c, p + "/apiVersion", v211, rule$0, true) && ok;
    const v212 = o208["createdAt"];
    if (!(typeof v212 === "string" && isDateTime(v212))) ok = bad(c, p + "/createdAt", v212, rule$3, true) && ok;
    const v213 = o208["type"];
    if (!(v213 === "call.completed")) ok = bad(c, p + "/type", v213, rule$25, true) && ok;
    const v214 = o208["data"];
    if (v214 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v214 !== "object" || v214 === null || Array.isArray(v214)) {
        ok = fail(c, p + "/data", "object", v214);
      } else {
        const o215 = v214;
        const v216 = o215["object"];
        if (v216 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyCall");
        } else {
          if (!checkWebhookLegacyCall(v216, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k217 in o215) {
            switch (k217) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k217, o215[k217])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k218 in o208) {
        switch (k218) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k218, o208[k218])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRecordingCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o219 = v;
    const v220 = o219["id"];
    if (!(typeof v220 === "string" && pattern$2.test(v220))) ok = bad(c, p + "/id", v220, rule$23, true) && ok;
    const v221 = o219["object"];
    if (!(v221 === "event")) ok = bad(c, p + "/object", v221, rule$24, true) && ok;
    const v222 = o219["apiVersion"];
    if (!(typeof v222 === "string")) ok = bad(c, p + "/apiVersion", v222, rule$0, true) && ok;
    const v223 = o219["createdAt"];
    if (!(typeof v223 === "string" && isDateTime(v223))) ok = bad(c, p + "/createdAt", v223, rule$3, true) && ok;
    const v224 = o219["type"];
    if (!(v224 === "call.recording.completed")) ok = bad(c, p + "/type", v224, rule$26, true) && ok;
    const v225 = o219["data"];
    if (v225 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v225 !== "object" || v225 === null || Array.isArray(v225)) {
        ok = fail(c, p + "/data", "object", v225);
      } else {
        const o226 = v225;
        const v227 = o226["object"];
        if (v227 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyCall");
        } else {
          if (!checkWebhookLegacyCall(v227, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k228 in o226) {
            switch (k228) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k228, o226[k228])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k229 in o219) {
        switch (k229) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k229, o219[k229])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallRingingEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o230 = v;
    const v231 = o230["id"];
    if (!(typeof v231 === "string" && pattern$2.test(v231))) ok = bad(c, p + "/id", v231, rule$23, true) && ok;
    const v232 = o230["object"];
    if (!(v232 === "event")) ok = bad(c, p + "/object", v232, rule$24, true) && ok;
    const v233 = o230["apiVersion"];
    if (!(typeof v233 === "string")) ok = bad(c, p + "/apiVersion", v233, rule$0, true) && ok;
    const v234 = o230["createdAt"];
    if (!(typeof v234 === "string" && isDateTime(v234))) ok = bad(c, p + "/createdAt", v234, rule$3, true) && ok;
    const v235 = o230["type"];
    if (!(v235 === "call.ringing")) ok = bad(c, p + "/type", v235, rule$27, true) && ok;
    const v236 = o230["data"];
    if (v236 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v236 !== "object" || v236 === null || Array.isArray(v236)) {
        ok = fail(c, p + "/data", "object", v236);
      } else {
        const o237 = v236;
        const v238 = o237["object"];
        if (v238 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyCall");
        } else {
          if (!checkWebhookLegacyCall(v238, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k239 in o237) {
            switch (k239) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k239, o237[k239])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k240 in o230) {
        switch (k240) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k240, o230[k240])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallSummaryCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o241 = v;
    const v242 = o241["id"];
    if (!(typeof v242 === "string" && pattern$2.test(v242))) ok = bad(c, p + "/id", v242, rule$23, true) && ok;
    const v243 = o241["object"];
    if (!(v243 === "event")) ok = bad(c, p + "/object", v243, rule$24, true) && ok;
    const v244 = o241["apiVersion"];
    if (!(typeof v244 === "string")) ok = bad(c, p + "/apiVersion", v244, rule$0, true) && ok;
    const v245 = o241["createdAt"];
    if (!(typeof v245 === "string" && isDateTime(v245))) ok = bad(c, p + "/createdAt", v245, rule$3, true) && ok;
    const v246 = o241["type"];
    if (!(v246 === "call.summary.completed" || v246 === "callSummary")) ok = bad(c, p + "/type", v246, rule$28, true) && ok;
    const v247 = o241["data"];
    if (v247 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v247 !== "object" || v247 === null || Array.isArray(v247)) {
        ok = fail(c, p + "/data", "object", v247);
      } else {
        const o248 = v247;
        const v249 = o248["object"];
        if (v249 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacySummary");
        } else {
          if (!checkWebhookLegacySummary(v249, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k250 in o248) {
            switch (k250) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k250, o248[k250])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k251 in o241) {
        switch (k251) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k251, o241[k251])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCallTranscriptCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o252 = v;
    const v253 = o252["id"];
    if (!(typeof v253 === "string" && pattern$2.test(v253))) ok = bad(c, p + "/id", v253, rule$23, true) && ok;
    const v254 = o252["object"];
    if (!(v254 === "event")) ok = bad(c, p + "/object", v254, rule$24, true) && ok;
    const v255 = o252["apiVersion"];
    if (!(typeof v255 === "string")) ok = bad(c, p + "/apiVersion", v255, rule$0, true) && ok;
    const v256 = o252["createdAt"];
    if (!(typeof v256 === "string" && isDateTime(v256))) ok = bad(c, p + "/createdAt", v256, rule$3, true) && ok;
    const v257 = o252["type"];
    if (!(v257 === "call.transcript.completed" || v257 === "callTranscript")) ok = bad(c, p + "/type", v257, rule$29, true) && ok;
    const v258 = o252["data"];
    if (v258 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v258 !== "object" || v258 === null || Array.isArray(v258)) {
        ok = fail(c, p + "/data", "object", v258);
      } else {
        const o259 = v258;
        const v260 = o259["object"];
        if (v260 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyTranscript");
        } else {
          if (!checkWebhookLegacyTranscript(v260, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k261 in o259) {
            switch (k261) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k261, o259[k261])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k262 in o252) {
        switch (k262) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k262, o252[k262])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactDeletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o263 = v;
    const v264 = o263["id"];
    if (!(typeof v264 === "string" && pattern$2.test(v264))) ok = bad(c, p + "/id", v264, rule$23, true) && ok;
    const v265 = o263["object"];
    if (!(v265 === "event")) ok = bad(c, p + "/object", v265, rule$24, true) && ok;
    const v266 = o263["apiVersion"];
    if (!(typeof v266 === "string")) ok = bad(c, p + "/apiVersion", v266, rule$0, true) && ok;
    const v267 = o263["createdAt"];
    if (!(typeof v267 === "string" && isDateTime(v267))) ok = bad(c, p + "/createdAt", v267, rule$3, true) && ok;
    const v268 = o263["type"];
    if (!(v268 === "contact.deleted")) ok = bad(c, p + "/type", v268, rule$30, true) && ok;
    const v269 = o263["data"];
    if (v269 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v269 !== "object" || v269 === null || Array.isArray(v269)) {
        ok = fail(c, p + "/data", "object", v269);
      } else {
        const o270 = v269;
        const v271 = o270["object"];
        if (v271 === void 0) {
          ok = missing(c, p + "/data/object", "object");
        } else {
          if (typeof v271 !== "object" || v271 === null || Array.isArray(v271)) {
            ok = fail(c, p + "/data/object", "object", v271);
          } else {
            const o272 = v271;
          }
        }
        if (c.scan) {
          for (const k274 in o270) {
            switch (k274) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k274, o270[k274])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k275 in o263) {
        switch (k275) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k275, o263[k275])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactUpdatedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o276 = v;
    const v277 = o276["id"];
    if (!(typeof v277 === "string" && pattern$2.test(v277))) ok = bad(c, p + "/id", v277, rule$23, true) && ok;
    const v278 = o276["object"];
    if (!(v278 === "event")) ok = bad(c, p + "/object", v278, rule$24, true) && ok;
    const v279 = o276["apiVersion"];
    if (!(typeof v279 === "string")) ok = bad(c, p + "/apiVersion", v279, rule$0, true) && ok;
    const v280 = o276["createdAt"];
    if (!(typeof v280 === "string" && isDateTime(v280))) ok = bad(c, p + "/createdAt", v280, rule$3, true) && ok;
    const v281 = o276["type"];
    if (!(v281 === "contact.updated")) ok = bad(c, p + "/type", v281, rule$31, true) && ok;
    const v282 = o276["data"];
    if (v282 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v282 !== "object" || v282 === null || Array.isArray(v282)) {
        ok = fail(c, p + "/data", "object", v282);
      } else {
        const o283 = v282;
        const v284 = o283["object"];
        if (v284 === void 0) {
          ok = missing(c, p + "/data/object", "object");
        } else {
          if (typeof v284 !== "object" || v284 === null || Array.isArray(v284)) {
            ok = fail(c, p + "/data/object", "object", v284);
          } else {
            const o285 = v284;
          }
        }
        if (c.scan) {
          for (const k287 in o283) {
            switch (k287) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k287, o283[k287])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k288 in o276) {
        switch (k288) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k288, o276[k288])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageDeliveredEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o289 = v;
    const v290 = o289["id"];
    if (!(typeof v290 === "string" && pattern$2.test(v290))) ok = bad(c, p + "/id", v290, rule$23, true) && ok;
    const v291 = o289["object"];
    if (!(v291 === "event")) ok = bad(c, p + "/object", v291, rule$24, true) && ok;
    const v292 = o289["apiVersion"];
    if (!(typeof v292 === "string")) ok = bad(c, p + "/apiVersion", v292, rule$0, true) && ok;
    const v293 = o289["createdAt"];
    if (!(typeof v293 === "string" && isDateTime(v293))) ok = bad(c, p + "/createdAt", v293, rule$3, true) && ok;
    const v294 = o289["type"];
    if (!(v294 === "message.delivered")) ok = bad(c, p + "/type", v294, rule$32, true) && ok;
    const v295 = o289["data"];
    if (v295 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v295 !== "object" || v295 === null || Array.isArray(v295)) {
        ok = fail(c, p + "/data", "object", v295);
      } else {
        const o296 = v295;
        const v297 = o296["object"];
        if (v297 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyMessage");
        } else {
          if (!checkWebhookLegacyMessage(v297, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k298 in o296) {
            switch (k298) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k298, o296[k298])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k299 in o289) {
        switch (k299) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k299, o289[k299])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageReceivedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o300 = v;
    const v301 = o300["id"];
    if (!(typeof v301 === "string" && pattern$2.test(v301))) ok = bad(c, p + "/id", v301, rule$23, true) && ok;
    const v302 = o300["object"];
    if (!(v302 === "event")) ok = bad(c, p + "/object", v302, rule$24, true) && ok;
    const v303 = o300["apiVersion"];
    if (!(typeof v303 === "string")) ok = bad(c, p + "/apiVersion", v303, rule$0, true) && ok;
    const v304 = o300["createdAt"];
    if (!(typeof v304 === "string" && isDateTime(v304))) ok = bad(c, p + "/createdAt", v304, rule$3, true) && ok;
    const v305 = o300["type"];
    if (!(v305 === "message.received")) ok = bad(c, p + "/type", v305, rule$33, true) && ok;
    const v306 = o300["data"];
    if (v306 === void 0) {
      ok = missing(c, p + "/data", "object with object");
    } else {
      if (typeof v306 !== "object" || v306 === null || Array.isArray(v306)) {
        ok = fail(c, p + "/data", "object", v306);
      } else {
        const o307 = v306;
        const v308 = o307["object"];
        if (v308 === void 0) {
          ok = missing(c, p + "/data/object", "WebhookLegacyMessage");
        } else {
          if (!checkWebhookLegacyMessage(v308, p + "/data/object", c)) ok = false;
        }
        if (c.scan) {
          for (const k309 in o307) {
            switch (k309) {
              case "object":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k309, o307[k309])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k310 in o300) {
        switch (k310) {
          case "id":
          case "object":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k310, o300[k310])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallAnsweredEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o311 = v;
    const v312 = o311["id"];
    if (!(typeof v312 === "string" && pattern$2.test(v312))) ok = bad(c, p + "/id", v312, rule$23, true) && ok;
    const v313 = o311["apiVersion"];
    if (!(v313 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v313, rule$34, true) && ok;
    const v314 = o311["createdAt"];
    if (!(typeof v314 === "string" && isDateTime(v314))) ok = bad(c, p + "/createdAt", v314, rule$3, true) && ok;
    const v315 = o311["type"];
    if (!(v315 === "call.answered")) ok = bad(c, p + "/type", v315, rule$35, true) && ok;
    const v316 = o311["data"];
    if (v316 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v316 !== "object" || v316 === null || Array.isArray(v316)) {
        ok = fail(c, p + "/data", "object", v316);
      } else {
        const o317 = v316;
        const v318 = o317["resource"];
        if (v318 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v318 !== "object" || v318 === null || Array.isArray(v318)) {
            ok = fail(c, p + "/data/resource", "object", v318);
          } else {
            const o319 = v318;
            const v320 = o319["id"];
            if (!(typeof v320 === "string")) ok = bad(c, p + "/data/resource/id", v320, rule$0, true) && ok;
            const v321 = o319["direction"];
            if (v321 !== void 0 && !(typeof v321 === "string")) ok = bad(c, p + "/data/resource/direction", v321, rule$0) && ok;
            const v322 = o319["createdAt"];
            if (!(typeof v322 === "string" && isDateTime(v322))) ok = bad(c, p + "/data/resource/createdAt", v322, rule$3, true) && ok;
            const v323 = o319["answeredAt"];
            if (v323 !== void 0 && !(v323 === null || typeof v323 === "string" && isDateTime(v323))) ok = bad(c, p + "/data/resource/answeredAt", v323, rule$4) && ok;
            const v324 = o319["answeredByUserId"];
            if (v324 !== void 0 && !(v324 === null || typeof v324 === "string")) ok = bad(c, p + "/data/resource/answeredByUserId", v324, rule$7) && ok;
            const v325 = o319["updatedAt"];
            if (v325 !== void 0 && !(v325 === null || typeof v325 === "string" && isDateTime(v325))) ok = bad(c, p + "/data/resource/updatedAt", v325, rule$4) && ok;
            if (c.scan) {
              for (const k326 in o319) {
                switch (k326) {
                  case "id":
                  case "direction":
                  case "createdAt":
                  case "answeredAt":
                  case "answeredByUserId":
                  case "updatedAt":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k326, o319[k326])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v327 = o317["context"];
        if (v327 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v327, p + "/data/context", c)) ok = false;
        }
        const v328 = o317["links"];
        if (v328 !== void 0) {
          if (typeof v328 !== "object" || v328 === null || Array.isArray(v328)) {
            ok = fail(c, p + "/data/links", "object", v328);
          } else {
            const o329 = v328;
            const v330 = o329["quo"];
            if (!(v330 === null || typeof v330 === "string")) ok = bad(c, p + "/data/links/quo", v330, rule$7, true) && ok;
            if (c.scan) {
              for (const k331 in o329) {
                switch (k331) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k331, o329[k331])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k332 in o317) {
            switch (k332) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k332, o317[k332])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k333 in o311) {
        switch (k333) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k333, o311[k333])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o334 = v;
    const v335 = o334["id"];
    if (!(typeof v335 === "string" && pattern$2.test(v335))) ok = bad(c, p + "/id", v335, rule$23, true) && ok;
    const v336 = o334["apiVersion"];
    if (!(v336 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v336, rule$34, true) && ok;
    const v337 = o334["createdAt"];
    if (!(typeof v337 === "string" && isDateTime(v337))) ok = bad(c, p + "/createdAt", v337, rule$3, true) && ok;
    const v338 = o334["type"];
    if (!(v338 === "call.completed")) ok = bad(c, p + "/type", v338, rule$25, true) && ok;
    const v339 = o334["data"];
    if (v339 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v339 !== "object" || v339 === null || Array.isArray(v339)) {
        ok = fail(c, p + "/data", "object", v339);
      } else {
        const o340 = v339;
        const v341 = o340["resource"];
        if (v341 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookCall");
        } else {
          if (!checkWebhookCall(v341, p + "/data/resource", c)) ok = false;
        }
        const v342 = o340["context"];
        if (v342 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v342, p + "/data/context", c)) ok = false;
        }
        const v343 = o340["links"];
        if (v343 !== void 0) {
          if (typeof v343 !== "object" || v343 === null || Array.isArray(v343)) {
            ok = fail(c, p + "/data/links", "object", v343);
          } else {
            const o344 = v343;
            const v345 = o344["quo"];
            if (!(v345 === null || typeof v345 === "string")) ok = bad(c, p + "/data/links/quo", v345, rule$7, true) && ok;
            if (c.scan) {
              for (const k346 in o344) {
                switch (k346) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k346, o344[k346])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k347 in o340) {
            switch (k347) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k347, o340[k347])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k348 in o334) {
        switch (k348) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k348, o334[k348])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallForwardedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o349 = v;
    const v350 = o349["id"];
    if (!(typeof v350 === "string" && pattern$2.test(v350))) ok = bad(c, p + "/id", v350, rule$23, true) && ok;
    const v351 = o349["apiVersion"];
    if (!(v351 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v351, rule$34, true) && ok;
    const v352 = o349["createdAt"];
    if (!(typeof v352 === "string" && isDateTime(v352))) ok = bad(c, p + "/createdAt", v352, rule$3, true) && ok;
    const v353 = o349["type"];
    if (!(v353 === "call.forwarded")) ok = bad(c, p + "/type", v353, rule$36, true) && ok;
    const v354 = o349["data"];
    if (v354 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v354 !== "object" || v354 === null || Array.isArray(v354)) {
        ok = fail(c, p + "/data", "object", v354);
      } else {
        const o355 = v354;
        const v356 = o355["resource"];
        if (v356 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v356 !== "object" || v356 === null || Array.isArray(v356)) {
            ok = fail(c, p + "/data/resource", "object", v356);
          } else {
            const o357 = v356;
            const v358 = o357["id"];
            if (!(typeof v358 === "string")) ok = bad(c, p + "/data/resource/id", v358, rule$0, true) && ok;
            const v359 = o357["createdAt"];
            if (!(typeof v359 === "string" && isDateTime(v359))) ok = bad(c, p + "/data/resource/createdAt", v359, rule$3, true) && ok;
            const v360 = o357["updatedAt"];
            if (v360 !== void 0 && !(v360 === null || typeof v360 === "string" && isDateTime(v360))) ok = bad(c, p + "/data/resource/updatedAt", v360, rule$4) && ok;
            const v361 = o357["forwardedFrom"];
            if (v361 !== void 0 && !(typeof v361 === "string")) ok = bad(c, p + "/data/resource/forwardedFrom", v361, rule$0) && ok;
            const v362 = o357["forwardedTo"];
            if (v362 !== void 0 && !(typeof v362 === "string")) ok = bad(c, p + "/data/resource/forwardedTo", v362, rule$0) && ok;
            if (c.scan) {
              for (const k363 in o357) {
                switch (k363) {
                  case "id":
                  case "createdAt":
                  case "updatedAt":
                  case "forwardedFrom":
                  case "forwardedTo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k363, o357[k363])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v364 = o355["context"];
        if (v364 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v364, p + "/data/context", c)) ok = false;
        }
        const v365 = o355["links"];
        if (v365 !== void 0) {
          if (typeof v365 !== "object" || v365 === null || Array.isArray(v365)) {
            ok = fail(c, p + "/data/links", "object", v365);
          } else {
            const o366 = v365;
            const v367 = o366["quo"];
            if (!(v367 === null || typeof v367 === "string")) ok = bad(c, p + "/data/links/quo", v367, rule$7, true) && ok;
            if (c.scan) {
              for (const k368 in o366) {
                switch (k368) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k368, o366[k368])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k369 in o355) {
            switch (k369) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k369, o355[k369])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k370 in o349) {
        switch (k370) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k370, o349[k370])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallMenuSelectedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o371 = v;
    const v372 = o371["id"];
    if (!(typeof v372 === "string" && pattern$2.test(v372))) ok = bad(c, p + "/id", v372, rule$23, true) && ok;
    const v373 = o371["apiVersion"];
    if (!(v373 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v373, rule$34, true) && ok;
    const v374 = o371["createdAt"];
    if (!(typeof v374 === "string" && isDateTime(v374))) ok = bad(c, p + "/createdAt", v374, rule$3, true) && ok;
    const v375 = o371["type"];
    if (!(v375 === "call.menu.selected")) ok = bad(c, p + "/type", v375, rule$37, true) && ok;
    const v376 = o371["data"];
    if (v376 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v376 !== "object" || v376 === null || Array.isArray(v376)) {
        ok = fail(c, p + "/data", "object", v376);
      } else {
        const o377 = v376;
        const v378 = o377["resource"];
        if (v378 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v378 !== "object" || v378 === null || Array.isArray(v378)) {
            ok = fail(c, p + "/data/resource", "object", v378);
          } else {
            const o379 = v378;
            const v380 = o379["id"];
            if (!(typeof v380 === "string")) ok = bad(c, p + "/data/resource/id", v380, rule$0, true) && ok;
            const v381 = o379["createdAt"];
            if (!(typeof v381 === "string" && isDateTime(v381))) ok = bad(c, p + "/data/resource/createdAt", v381, rule$3, true) && ok;
            const v382 = o379["updatedAt"];
            if (v382 !== void 0 && !(v382 === null || typeof v382 === "string" && isDateTime(v382))) ok = bad(c, p + "/data/resource/updatedAt", v382, rule$4) && ok;
            const v383 = o379["phoneMenuSelection"];
            if (v383 !== void 0 && !(v383 === null || typeof v383 === "string")) ok = bad(c, p + "/data/resource/phoneMenuSelection", v383, rule$7) && ok;
            const v384 = o379["phoneMenuSelectionName"];
            if (v384 !== void 0 && !(v384 === null || typeof v384 === "string")) ok = bad(c, p + "/data/resource/phoneMenuSelectionName", v384, rule$7) && ok;
            const v385 = o379["statusReason"];
            if (v385 !== void 0 && !(v385 === null || typeof v385 === "string")) ok = bad(c, p + "/data/resource/statusReason", v385, rule$7) && ok;
            if (c.scan) {
              for (const k386 in o379) {
                switch (k386) {
                  case "id":
                  case "createdAt":
                  case "updatedAt":
                  case "phoneMenuSelection":
                  case "phoneMenuSelectionName":
                  case "statusReason":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k386, o379[k386])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v387 = o377["context"];
        if (v387 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v387, p + "/data/context", c)) ok = false;
        }
        const v388 = o377["links"];
        if (v388 !== void 0) {
          if (typeof v388 !== "object" || v388 === null || Array.isArray(v388)) {
            ok = fail(c, p + "/data/links", "object", v388);
          } else {
            const o389 = v388;
            const v390 = o389["quo"];
            if (!(v390 === null || typeof v390 === "string")) ok = bad(c, p + "/data/links/quo", v390, rule$7, true) && ok;
            if (c.scan) {
              for (const k391 in o389) {
                switch (k391) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k391, o389[k391])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k392 in o377) {
            switch (k392) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k392, o377[k392])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k393 in o371) {
        switch (k393) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k393, o371[k393])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallMissedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o394 = v;
    const v395 = o394["id"];
    if (!(typeof v395 === "string" && pattern$2.test(v395))) ok = bad(c, p + "/id", v395, rule$23, true) && ok;
    const v396 = o394["apiVersion"];
    if (!(v396 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v396, rule$34, true) && ok;
    const v397 = o394["createdAt"];
    if (!(typeof v397 === "string" && isDateTime(v397))) ok = bad(c, p + "/createdAt", v397, rule$3, true) && ok;
    const v398 = o394["type"];
    if (!(v398 === "call.missed")) ok = bad(c, p + "/type", v398, rule$38, true) && ok;
    const v399 = o394["data"];
    if (v399 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v399 !== "object" || v399 === null || Array.isArray(v399)) {
        ok = fail(c, p + "/data", "object", v399);
      } else {
        const o400 = v399;
        const v401 = o400["resource"];
        if (v401 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v401 !== "object" || v401 === null || Array.isArray(v401)) {
            ok = fail(c, p + "/data/resource", "object", v401);
          } else {
            const o402 = v401;
            const v403 = o402["id"];
            if (!(typeof v403 === "string")) ok = bad(c, p + "/data/resource/id", v403, rule$0, true) && ok;
            const v404 = o402["createdAt"];
            if (!(typeof v404 === "string" && isDateTime(v404))) ok = bad(c, p + "/data/resource/createdAt", v404, rule$3, true) && ok;
            const v405 = o402["updatedAt"];
            if (v405 !== void 0 && !(typeof v405 === "string" && isDateTime(v405))) ok = bad(c, p + "/data/resource/updatedAt", v405, rule$3) && ok;
            if (c.scan) {
              for (const k406 in o402) {
                switch (k406) {
                  case "id":
                  case "createdAt":
                  case "updatedAt":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k406, o402[k406])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v407 = o400["context"];
        if (v407 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v407, p + "/data/context", c)) ok = false;
        }
        const v408 = o400["links"];
        if (v408 !== void 0) {
          if (typeof v408 !== "object" || v408 === null || Array.isArray(v408)) {
            ok = fail(c, p + "/data/links", "object", v408);
          } else {
            const o409 = v408;
            const v410 = o409["quo"];
            if (!(v410 === null || typeof v410 === "string")) ok = bad(c, p + "/data/links/quo", v410, rule$7, true) && ok;
            if (c.scan) {
              for (const k411 in o409) {
                switch (k411) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k411, o409[k411])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k412 in o400) {
            switch (k412) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k412, o400[k412])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k413 in o394) {
        switch (k413) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k413, o394[k413])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallRecordingCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o414 = v;
    const v415 = o414["id"];
    if (!(typeof v415 === "string" && pattern$2.test(v415))) ok = bad(c, p + "/id", v415, rule$23, true) && ok;
    const v416 = o414["apiVersion"];
    if (!(v416 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v416, rule$34, true) && ok;
    const v417 = o414["createdAt"];
    if (!(typeof v417 === "string" && isDateTime(v417))) ok = bad(c, p + "/createdAt", v417, rule$3, true) && ok;
    const v418 = o414["type"];
    if (!(v418 === "call.recording.completed")) ok = bad(c, p + "/type", v418, rule$26, true) && ok;
    const v419 = o414["data"];
    if (v419 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v419 !== "object" || v419 === null || Array.isArray(v419)) {
        ok = fail(c, p + "/data", "object", v419);
      } else {
        const o420 = v419;
        const v421 = o420["resource"];
        if (v421 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt, recordings");
        } else {
          if (typeof v421 !== "object" || v421 === null || Array.isArray(v421)) {
            ok = fail(c, p + "/data/resource", "object", v421);
          } else {
            const o422 = v421;
            const v423 = o422["id"];
            if (!(typeof v423 === "string")) ok = bad(c, p + "/data/resource/id", v423, rule$0, true) && ok;
            const v424 = o422["direction"];
            if (v424 !== void 0 && !(v424 === "incoming" || v424 === "outgoing")) ok = bad(c, p + "/data/resource/direction", v424, rule$1) && ok;
            const v425 = o422["createdAt"];
            if (!(typeof v425 === "string" && isDateTime(v425))) ok = bad(c, p + "/data/resource/createdAt", v425, rule$3, true) && ok;
            const v426 = o422["answeredAt"];
            if (v426 !== void 0 && !(v426 === null || typeof v426 === "string" && isDateTime(v426))) ok = bad(c, p + "/data/resource/answeredAt", v426, rule$4) && ok;
            const v427 = o422["completedAt"];
            if (v427 !== void 0 && !(v427 === null || typeof v427 === "string" && isDateTime(v427))) ok = bad(c, p + "/data/resource/completedAt", v427, rule$4) && ok;
            const v428 = o422["updatedAt"];
            if (v428 !== void 0 && !(typeof v428 === "string" && isDateTime(v428))) ok = bad(c, p + "/data/resource/updatedAt", v428, rule$3) && ok;
            const v429 = o422["duration"];
            if (v429 !== void 0 && !(v429 === null || typeof v429 === "number" && Number.isFinite(v429))) ok = bad(c, p + "/data/resource/duration", v429, rule$5) && ok;
            const v430 = o422["recordings"];
            if (v430 === void 0) {
              ok = missing(c, p + "/data/resource/recordings", "array");
            } else {
              if (!Array.isArray(v430)) {
                ok = fail(c, p + "/data/resource/recordings", "array", v430);
              } else {
                for (let i431 = 0; i431 < v430.length; i431++) {
                  const v432 = v430[i431];
                  if (typeof v432 !== "object" || v432 === null || Array.isArray(v432)) {
                    ok = fail(c, p + "/data/resource/recordings/" + i431, "object", v432);
                  } else {
                    const o433 = v432;
                    const v434 = o433["id"];
                    if (v434 !== void 0 && !(v434 === null || typeof v434 === "string")) ok = bad(c, p + "/data/resource/recordings/" + i431 + "/id", v434, rule$7) && ok;
                    const v435 = o433["duration"];
                    if (v435 !== void 0 && !(v435 === null || typeof v435 === "number" && Number.isFinite(v435))) ok = bad(c, p + "/data/resource/recordings/" + i431 + "/duration", v435, rule$5) && ok;
                    const v436 = o433["startTime"];
                    if (v436 !== void 0 && !(v436 === null || typeof v436 === "string" && isDateTime(v436))) ok = bad(c, p + "/data/resource/recordings/" + i431 + "/startTime", v436, rule$4) && ok;
                    const v437 = o433["type"];
                    if (v437 !== void 0 && !(v437 === null || typeof v437 === "string")) ok = bad(c, p + "/data/resource/recordings/" + i431 + "/type", v437, rule$7) && ok;
                    const v438 = o433["url"];
                    if (v438 !== void 0 && !(v438 === null || typeof v438 === "string")) ok = bad(c, p + "/data/resource/recordings/" + i431 + "/url", v438, rule$7) && ok;
                    if (c.scan) {
                      for (const k439 in o433) {
                        switch (k439) {
                          case "id":
                          case "duration":
                          case "startTime":
                          case "type":
                          case "url":
                            break;
                          default: {
                            if (!unknownProperty(c, p + "/data/resource/recordings/" + i431, k439, o433[k439])) ok = false;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            if (c.scan) {
              for (const k440 in o422) {
                switch (k440) {
                  case "id":
                  case "direction":
                  case "createdAt":
                  case "answeredAt":
                  case "completedAt":
                  case "updatedAt":
                  case "duration":
                  case "recordings":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k440, o422[k440])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v441 = o420["context"];
        if (v441 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v441, p + "/data/context", c)) ok = false;
        }
        const v442 = o420["links"];
        if (v442 !== void 0) {
          if (typeof v442 !== "object" || v442 === null || Array.isArray(v442)) {
            ok = fail(c, p + "/data/links", "object", v442);
          } else {
            const o443 = v442;
            const v444 = o443["quo"];
            if (!(v444 === null || typeof v444 === "string")) ok = bad(c, p + "/data/links/quo", v444, rule$7, true) && ok;
            if (c.scan) {
              for (const k445 in o443) {
                switch (k445) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k445, o443[k445])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k446 in o420) {
            switch (k446) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k446, o420[k446])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k447 in o414) {
        switch (k447) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k447, o414[k447])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallRingingEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o448 = v;
    const v449 = o448["id"];
    if (!(typeof v449 === "string" && pattern$2.test(v449))) ok = bad(c, p + "/id", v449, rule$23, true) && ok;
    const v450 = o448["apiVersion"];
    if (!(v450 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v450, rule$34, true) && ok;
    const v451 = o448["createdAt"];
    if (!(typeof v451 === "string" && isDateTime(v451))) ok = bad(c, p + "/createdAt", v451, rule$3, true) && ok;
    const v452 = o448["type"];
    if (!(v452 === "call.ringing")) ok = bad(c, p + "/type", v452, rule$27, true) && ok;
    const v453 = o448["data"];
    if (v453 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v453 !== "object" || v453 === null || Array.isArray(v453)) {
        ok = fail(c, p + "/data", "object", v453);
      } else {
        const o454 = v453;
        const v455 = o454["resource"];
        if (v455 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v455 !== "object" || v455 === null || Array.isArray(v455)) {
            ok = fail(c, p + "/data/resource", "object", v455);
          } else {
            const o456 = v455;
            const v457 = o456["id"];
            if (!(typeof v457 === "string")) ok = bad(c, p + "/data/resource/id", v457, rule$0, true) && ok;
            const v458 = o456["direction"];
            if (v458 !== void 0 && !(v458 === "incoming" || v458 === "outgoing")) ok = bad(c, p + "/data/resource/direction", v458, rule$1) && ok;
            const v459 = o456["createdAt"];
            if (!(typeof v459 === "string" && isDateTime(v459))) ok = bad(c, p + "/data/resource/createdAt", v459, rule$3, true) && ok;
            const v460 = o456["updatedAt"];
            if (v460 !== void 0 && !(v460 === null || typeof v460 === "string" && isDateTime(v460))) ok = bad(c, p + "/data/resource/updatedAt", v460, rule$4) && ok;
            if (c.scan) {
              for (const k461 in o456) {
                switch (k461) {
                  case "id":
                  case "direction":
                  case "createdAt":
                  case "updatedAt":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k461, o456[k461])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v462 = o454["context"];
        if (v462 === void 0) {
          ok = missing(c, p + "/data/context", "object with orgId, userId");
        } else {
          if (typeof v462 !== "object" || v462 === null || Array.isArray(v462)) {
            ok = fail(c, p + "/data/context", "object", v462);
          } else {
            const o463 = v462;
            const v464 = o463["orgId"];
            if (!(typeof v464 === "string")) ok = bad(c, p + "/data/context/orgId", v464, rule$0, true) && ok;
            const v465 = o463["phoneNumberId"];
            if (v465 !== void 0 && !(v465 === null || typeof v465 === "string")) ok = bad(c, p + "/data/context/phoneNumberId", v465, rule$7) && ok;
            const v466 = o463["conversationId"];
            if (v466 !== void 0 && !(v466 === null || typeof v466 === "string")) ok = bad(c, p + "/data/context/conversationId", v466, rule$7) && ok;
            const v467 = o463["userId"];
            if (!(typeof v467 === "string")) ok = bad(c, p + "/data/context/userId", v467, rule$0, true) && ok;
            const v468 = o463["participants"];
            if (v468 !== void 0) {
              if (!checkWebhookParticipants(v468, p + "/data/context/participants", c)) ok = false;
            }
            if (c.scan) {
              for (const k469 in o463) {
                switch (k469) {
                  case "orgId":
                  case "phoneNumberId":
                  case "conversationId":
                  case "userId":
                  case "participants":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/context", k469, o463[k469])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v470 = o454["links"];
        if (v470 !== void 0) {
          if (typeof v470 !== "object" || v470 === null || Array.isArray(v470)) {
            ok = fail(c, p + "/data/links", "object", v470);
          } else {
            const o471 = v470;
            const v472 = o471["quo"];
            if (!(v472 === null || typeof v472 === "string")) ok = bad(c, p + "/data/links/quo", v472, rule$7, true) && ok;
            if (c.scan) {
              for (const k473 in o471) {
                switch (k473) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k473, o471[k473])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k474 in o454) {
            switch (k474) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k474, o454[k474])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k475 in o448) {
        switch (k475) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k475, o448[k475])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallSummaryCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o476 = v;
    const v477 = o476["id"];
    if (!(typeof v477 === "string" && pattern$2.test(v477))) ok = bad(c, p + "/id", v477, rule$23, true) && ok;
    const v478 = o476["apiVersion"];
    if (!(v478 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v478, rule$34, true) && ok;
    const v479 = o476["createdAt"];
    if (!(typeof v479 === "string" && isDateTime(v479))) ok = bad(c, p + "/createdAt", v479, rule$3, true) && ok;
    const v480 = o476["type"];
    if (!(v480 === "call.summary.completed")) ok = bad(c, p + "/type", v480, rule$39, true) && ok;
    const v481 = o476["data"];
    if (v481 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v481 !== "object" || v481 === null || Array.isArray(v481)) {
        ok = fail(c, p + "/data", "object", v481);
      } else {
        const o482 = v481;
        const v483 = o482["resource"];
        if (v483 === void 0) {
          ok = missing(c, p + "/data/resource", "object with callId, processingStatus");
        } else {
          if (typeof v483 !== "object" || v483 === null || Array.isArray(v483)) {
            ok = fail(c, p + "/data/resource", "object", v483);
          } else {
            const o484 = v483;
            const v485 = o484["callId"];
            if (!(typeof v485 === "string")) ok = bad(c, p + "/data/resource/callId", v485, rule$0, true) && ok;
            const v486 = o484["processingStatus"];
            if (!(v486 === "absent" || v486 === "in-progress" || v486 === "completed" || v486 === "failed")) ok = bad(c, p + "/data/resource/processingStatus", v486, rule$20, true) && ok;
            const v487 = o484["summary"];
            if (v487 !== void 0) {
              if (v487 !== null) {
                if (!Array.isArray(v487)) {
                  ok = fail(c, p + "/data/resource/summary", "array or null", v487);
                } else {
                  for (let i488 = 0; i488 < v487.length; i488++) {
                    const v489 = v487[i488];
                    if (!(typeof v489 === "string")) ok = bad(c, p + "/data/resource/summary/" + i488, v489, rule$0) && ok;
                  }
                }
              }
            }
            const v490 = o484["nextSteps"];
            if (v490 !== void 0) {
              if (v490 !== null) {
                if (!Array.isArray(v490)) {
                  ok = fail(c, p + "/data/resource/nextSteps", "array or null", v490);
                } else {
                  for (let i491 = 0; i491 < v490.length; i491++) {
                    const v492 = v490[i491];
                    if (!(typeof v492 === "string")) ok = bad(c, p + "/data/resource/nextSteps/" + i491, v492, rule$0) && ok;
                  }
                }
              }
            }
            const v493 = o484["fromPhoneNumber"];
            if (v493 !== void 0 && !(v493 === null || typeof v493 === "string")) ok = bad(c, p + "/data/resource/fromPhoneNumber", v493, rule$7) && ok;
            const v494 = o484["handledByAiAgent"];
            if (v494 !== void 0 && !(typeof v494 === "boolean")) ok = bad(c, p + "/data/resource/handledByAiAgent", v494, rule$6) && ok;
            const v495 = o484["answeredByUserId"];
            if (v495 !== void 0 && !(v495 === null || typeof v495 === "string")) ok = bad(c, p + "/data/resource/answeredByUserId", v495, rule$7) && ok;
            const v496 = o484["jobs"];
            if (v496 !== void 0) {
              if (!Array.isArray(v496)) {
                ok = fail(c, p + "/data/resource/jobs", "array", v496);
              } else {
                for (let i497 = 0; i497 < v496.length; i497++) {
                  const v498 = v496[i497];
                  if (typeof v498 !== "object" || v498 === null || Array.isArray(v498)) {
                    ok = fail(c, p + "/data/resource/jobs/" + i497, "object", v498);
                  } else {
                    const o499 = v498;
                    const v500 = o499["icon"];
                    if (v500 !== void 0 && !(typeof v500 === "string")) ok = bad(c, p + "/data/resource/jobs/" + i497 + "/icon", v500, rule$0) && ok;
                    const v501 = o499["name"];
                    if (!(typeof v501 === "string")) ok = bad(c, p + "/data/resource/jobs/" + i497 + "/name", v501, rule$0, true) && ok;
                    const v502 = o499["result"];
                    if (v502 === void 0) {
                      ok = missing(c, p + "/data/resource/jobs/" + i497 + "/result", "object with data");
                    } else {
                      if (typeof v502 !== "object" || v502 === null || Array.isArray(v502)) {
                        ok = fail(c, p + "/data/resource/jobs/" + i497 + "/result", "object", v502);
                      } else {
                        const o503 = v502;
                        const v504 = o503["data"];
                        if (v504 === void 0) {
                          ok = missing(c, p + "/data/resource/jobs/" + i497 + "/result/data", "array");
                        } else {
                          if (!Array.isArray(v504)) {
                            ok = fail(c, p + "/data/resource/jobs/" + i497 + "/result/data", "array", v504);
                          } else {
                            for (let i505 = 0; i505 < v504.length; i505++) {
                              const v506 = v504[i505];
                              if (typeof v506 !== "object" || v506 === null || Array.isArray(v506)) {
                                ok = fail(c, p + "/data/resource/jobs/" + i497 + "/result/data/" + i505, "object", v506);
                              } else {
                                const o507 = v506;
                                const v508 = o507["name"];
                                if (!(typeof v508 === "string")) ok = bad(c, p + "/data/resource/jobs/" + i497 + "/result/data/" + i505 + "/name", v508, rule$0, true) && ok;
                                const v509 = o507["value"];
                                if (!(typeof v509 === "string" || typeof v509 === "number" && Number.isFinite(v509) || typeof v509 === "boolean")) ok = bad(c, p + "/data/resource/jobs/" + i497 + "/result/data/" + i505 + "/value", v509, rule$40, true) && ok;
                                if (c.scan) {
                                  for (const k510 in o507) {
                                    switch (k510) {
                                      case "name":
                                      case "value":
                                        break;
                                      default: {
                                        if (!unknownProperty(c, p + "/data/resource/jobs/" + i497 + "/result/data/" + i505, k510, o507[k510])) ok = false;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                        if (c.scan) {
                          for (const k511 in o503) {
                            switch (k511) {
                              case "data":
                                break;
                              default: {
                                if (!unknownProperty(c, p + "/data/resource/jobs/" + i497 + "/result", k511, o503[k511])) ok = false;
                              }
                            }
                          }
                        }
                      }
                    }
                    if (c.scan) {
                      for (const k512 in o499) {
                        switch (k512) {
                          case "icon":
                          case "name":
                          case "result":
                            break;
                          default: {
                            if (!unknownProperty(c, p + "/data/resource/jobs/" + i497, k512, o499[k512])) ok = false;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            if (c.scan) {
              for (const k513 in o484) {
                switch (k513) {
                  case "callId":
                  case "processingStatus":
                  case "summary":
                  case "nextSteps":
                  case "fromPhoneNumber":
                  case "handledByAiAgent":
                  case "answeredByUserId":
                  case "jobs":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k513, o484[k513])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v514 = o482["context"];
        if (v514 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v514, p + "/data/context", c)) ok = false;
        }
        const v515 = o482["links"];
        if (v515 !== void 0) {
          if (typeof v515 !== "object" || v515 === null || Array.isArray(v515)) {
            ok = fail(c, p + "/data/links", "object", v515);
          } else {
            const o516 = v515;
            const v517 = o516["quo"];
            if (!(v517 === null || typeof v517 === "string")) ok = bad(c, p + "/data/links/quo", v517, rule$7, true) && ok;
            if (c.scan) {
              for (const k518 in o516) {
                switch (k518) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k518, o516[k518])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k519 in o482) {
            switch (k519) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k519, o482[k519])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k520 in o476) {
        switch (k520) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k520, o476[k520])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallTranscriptCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o521 = v;
    const v522 = o521["id"];
    if (!(typeof v522 === "string" && pattern$2.test(v522))) ok = bad(c, p + "/id", v522, rule$23, true) && ok;
    const v523 = o521["apiVersion"];
    if (!(v523 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v523, rule$34, true) && ok;
    const v524 = o521["createdAt"];
    if (!(typeof v524 === "string" && isDateTime(v524))) ok = bad(c, p + "/createdAt", v524, rule$3, true) && ok;
    const v525 = o521["type"];
    if (!(v525 === "call.transcript.completed")) ok = bad(c, p + "/type", v525, rule$41, true) && ok;
    const v526 = o521["data"];
    if (v526 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v526 !== "object" || v526 === null || Array.isArray(v526)) {
        ok = fail(c, p + "/data", "object", v526);
      } else {
        const o527 = v526;
        const v528 = o527["resource"];
        if (v528 === void 0) {
          ok = missing(c, p + "/data/resource", "object with callId, processingStatus");
        } else {
          if (typeof v528 !== "object" || v528 === null || Array.isArray(v528)) {
            ok = fail(c, p + "/data/resource", "object", v528);
          } else {
            const o529 = v528;
            const v530 = o529["callId"];
            if (!(typeof v530 === "string")) ok = bad(c, p + "/data/resource/callId", v530, rule$0, true) && ok;
            const v531 = o529["createdAt"];
            if (v531 !== void 0 && !(typeof v531 === "string" && isDateTime(v531))) ok = bad(c, p + "/data/resource/createdAt", v531, rule$3) && ok;
            const v532 = o529["duration"];
            if (v532 !== void 0 && !(typeof v532 === "number" && Number.isFinite(v532))) ok = bad(c, p + "/data/resource/duration", v532, rule$15) && ok;
            const v533 = o529["processingStatus"];
            if (!(typeof v533 === "string")) ok = bad(c, p + "/data/resource/processingStatus", v533, rule$0, true) && ok;
            const v534 = o529["dialogue"];
            if (v534 !== void 0) {
              if (v534 !== null) {
                if (!Array.isArray(v534)) {
                  ok = fail(c, p + "/data/resource/dialogue", "array or null", v534);
                } else {
                  for (let i535 = 0; i535 < v534.length; i535++) {
                    const v536 = v534[i535];
                    if (typeof v536 !== "object" || v536 === null || Array.isArray(v536)) {
                      ok = fail(c, p + "/data/resource/dialogue/" + i535, "object", v536);
                    } else {
                      const o537 = v536;
                      const v538 = o537["userId"];
                      if (v538 !== void 0 && !(v538 === null || typeof v538 === "string")) ok = bad(c, p + "/data/resource/dialogue/" + i535 + "/userId", v538, rule$7) && ok;
                      const v539 = o537["identifier"];
                      if (v539 !== void 0 && !(v539 === null || typeof v539 === "string")) ok = bad(c, p + "/data/resource/dialogue/" + i535 + "/identifier", v539, rule$7) && ok;
                      const v540 = o537["content"];
                      if (!(typeof v540 === "string")) ok = bad(c, p + "/data/resource/dialogue/" + i535 + "/content", v540, rule$0, true) && ok;
                      const v541 = o537["start"];
                      if (!(typeof v541 === "number" && Number.isFinite(v541))) ok = bad(c, p + "/data/resource/dialogue/" + i535 + "/start", v541, rule$15, true) && ok;
                      const v542 = o537["end"];
                      if (!(typeof v542 === "number" && Number.isFinite(v542))) ok = bad(c, p + "/data/resource/dialogue/" + i535 + "/end", v542, rule$15, true) && ok;
                      if (c.scan) {
                        for (const k543 in o537) {
                          switch (k543) {
                            case "userId":
                            case "identifier":
                            case "content":
                            case "start":
                            case "end":
                              break;
                            default: {
                              if (!unknownProperty(c, p + "/data/resource/dialogue/" + i535, k543, o537[k543])) ok = false;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            if (c.scan) {
              for (const k544 in o529) {
                switch (k544) {
                  case "callId":
                  case "createdAt":
                  case "duration":
                  case "processingStatus":
                  case "dialogue":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k544, o529[k544])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v545 = o527["context"];
        if (v545 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v545, p + "/data/context", c)) ok = false;
        }
        const v546 = o527["links"];
        if (v546 !== void 0) {
          if (typeof v546 !== "object" || v546 === null || Array.isArray(v546)) {
            ok = fail(c, p + "/data/links", "object", v546);
          } else {
            const o547 = v546;
            const v548 = o547["quo"];
            if (!(v548 === null || typeof v548 === "string")) ok = bad(c, p + "/data/links/quo", v548, rule$7, true) && ok;
            if (c.scan) {
              for (const k549 in o547) {
                switch (k549) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k549, o547[k549])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k550 in o527) {
            switch (k550) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k550, o527[k550])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k551 in o521) {
        switch (k551) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k551, o521[k551])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoCallVoicemailCompletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o552 = v;
    const v553 = o552["id"];
    if (!(typeof v553 === "string" && pattern$2.test(v553))) ok = bad(c, p + "/id", v553, rule$23, true) && ok;
    const v554 = o552["apiVersion"];
    if (!(v554 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v554, rule$34, true) && ok;
    const v555 = o552["createdAt"];
    if (!(typeof v555 === "string" && isDateTime(v555))) ok = bad(c, p + "/createdAt", v555, rule$3, true) && ok;
    const v556 = o552["type"];
    if (!(v556 === "call.voicemail.completed")) ok = bad(c, p + "/type", v556, rule$42, true) && ok;
    const v557 = o552["data"];
    if (v557 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v557 !== "object" || v557 === null || Array.isArray(v557)) {
        ok = fail(c, p + "/data", "object", v557);
      } else {
        const o558 = v557;
        const v559 = o558["resource"];
        if (v559 === void 0) {
          ok = missing(c, p + "/data/resource", "object with id, createdAt");
        } else {
          if (typeof v559 !== "object" || v559 === null || Array.isArray(v559)) {
            ok = fail(c, p + "/data/resource", "object", v559);
          } else {
            const o560 = v559;
            const v561 = o560["id"];
            if (!(typeof v561 === "string")) ok = bad(c, p + "/data/resource/id", v561, rule$0, true) && ok;
            const v562 = o560["voicemailId"];
            if (v562 !== void 0 && !(v562 === null || typeof v562 === "string")) ok = bad(c, p + "/data/resource/voicemailId", v562, rule$7) && ok;
            const v563 = o560["callId"];
            if (v563 !== void 0 && !(v563 === null || typeof v563 === "string")) ok = bad(c, p + "/data/resource/callId", v563, rule$7) && ok;
            const v564 = o560["direction"];
            if (v564 !== void 0 && !(typeof v564 === "string")) ok = bad(c, p + "/data/resource/direction", v564, rule$0) && ok;
            const v565 = o560["duration"];
            if (v565 !== void 0 && !(typeof v565 === "number" && Number.isFinite(v565))) ok = bad(c, p + "/data/resource/duration", v565, rule$15) && ok;
            const v566 = o560["from"];
            if (v566 !== void 0 && !(typeof v566 === "string")) ok = bad(c, p + "/data/resource/from", v566, rule$0) && ok;
            const v567 = o560["to"];
            if (v567 !== void 0 && !(typeof v567 === "string")) ok = bad(c, p + "/data/resource/to", v567, rule$0) && ok;
            const v568 = o560["transcript"];
            if (v568 !== void 0 && !(v568 === null || typeof v568 === "string")) ok = bad(c, p + "/data/resource/transcript", v568, rule$7) && ok;
            const v569 = o560["recordingUrl"];
            if (v569 !== void 0 && !(v569 === null || typeof v569 === "string")) ok = bad(c, p + "/data/resource/recordingUrl", v569, rule$7) && ok;
            const v570 = o560["createdAt"];
            if (!(typeof v570 === "string" && isDateTime(v570))) ok = bad(c, p + "/data/resource/createdAt", v570, rule$3, true) && ok;
            const v571 = o560["updatedAt"];
            if (v571 !== void 0 && !(typeof v571 === "string" && isDateTime(v571))) ok = bad(c, p + "/data/resource/updatedAt", v571, rule$3) && ok;
            if (c.scan) {
              for (const k572 in o560) {
                switch (k572) {
                  case "id":
                  case "voicemailId":
                  case "callId":
                  case "direction":
                  case "duration":
                  case "from":
                  case "to":
                  case "transcript":
                  case "recordingUrl":
                  case "createdAt":
                  case "updatedAt":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/resource", k572, o560[k572])) ok = false;
                  }
                }
              }
            }
          }
        }
        const v573 = o558["context"];
        if (v573 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookCallContext");
        } else {
          if (!checkWebhookCallContext(v573, p + "/data/context", c)) ok = false;
        }
        const v574 = o558["links"];
        if (v574 !== void 0) {
          if (typeof v574 !== "object" || v574 === null || Array.isArray(v574)) {
            ok = fail(c, p + "/data/links", "object", v574);
          } else {
            const o575 = v574;
            const v576 = o575["quo"];
            if (!(v576 === null || typeof v576 === "string")) ok = bad(c, p + "/data/links/quo", v576, rule$7, true) && ok;
            if (c.scan) {
              for (const k577 in o575) {
                switch (k577) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k577, o575[k577])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k578 in o558) {
            switch (k578) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k578, o558[k578])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k579 in o552) {
        switch (k579) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k579, o552[k579])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoContactDeletedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o580 = v;
    const v581 = o580["id"];
    if (!(typeof v581 === "string" && pattern$2.test(v581))) ok = bad(c, p + "/id", v581, rule$23, true) && ok;
    const v582 = o580["apiVersion"];
    if (!(v582 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v582, rule$34, true) && ok;
    const v583 = o580["createdAt"];
    if (!(typeof v583 === "string" && isDateTime(v583))) ok = bad(c, p + "/createdAt", v583, rule$3, true) && ok;
    const v584 = o580["type"];
    if (!(v584 === "contact.deleted")) ok = bad(c, p + "/type", v584, rule$30, true) && ok;
    const v585 = o580["data"];
    if (v585 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v585 !== "object" || v585 === null || Array.isArray(v585)) {
        ok = fail(c, p + "/data", "object", v585);
      } else {
        const o586 = v585;
        const v587 = o586["resource"];
        if (v587 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookContact");
        } else {
          if (!checkWebhookContact(v587, p + "/data/resource", c)) ok = false;
        }
        const v588 = o586["context"];
        if (v588 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookContactContext");
        } else {
          if (!checkWebhookContactContext(v588, p + "/data/context", c)) ok = false;
        }
        const v589 = o586["links"];
        if (v589 !== void 0) {
          if (typeof v589 !== "object" || v589 === null || Array.isArray(v589)) {
            ok = fail(c, p + "/data/links", "object", v589);
          } else {
            const o590 = v589;
            const v591 = o590["quo"];
            if (!(v591 === null || typeof v591 === "string")) ok = bad(c, p + "/data/links/quo", v591, rule$7, true) && ok;
            if (c.scan) {
              for (const k592 in o590) {
                switch (k592) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k592, o590[k592])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k593 in o586) {
            switch (k593) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k593, o586[k593])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k594 in o580) {
        switch (k594) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k594, o580[k594])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoContactUpdatedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o595 = v;
    const v596 = o595["id"];
    if (!(typeof v596 === "string" && pattern$2.test(v596))) ok = bad(c, p + "/id", v596, rule$23, true) && ok;
    const v597 = o595["apiVersion"];
    if (!(v597 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v597, rule$34, true) && ok;
    const v598 = o595["createdAt"];
    if (!(typeof v598 === "string" && isDateTime(v598))) ok = bad(c, p + "/createdAt", v598, rule$3, true) && ok;
    const v599 = o595["type"];
    if (!(v599 === "contact.updated")) ok = bad(c, p + "/type", v599, rule$31, true) && ok;
    const v600 = o595["data"];
    if (v600 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v600 !== "object" || v600 === null || Array.isArray(v600)) {
        ok = fail(c, p + "/data", "object", v600);
      } else {
        const o601 = v600;
        const v602 = o601["resource"];
        if (v602 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookContact");
        } else {
          if (!checkWebhookContact(v602, p + "/data/resource", c)) ok = false;
        }
        const v603 = o601["context"];
        if (v603 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookContactContext");
        } else {
          if (!checkWebhookContactContext(v603, p + "/data/context", c)) ok = false;
        }
        const v604 = o601["links"];
        if (v604 !== void 0) {
          if (typeof v604 !== "object" || v604 === null || Array.isArray(v604)) {
            ok = fail(c, p + "/data/links", "object", v604);
          } else {
            const o605 = v604;
            const v606 = o605["quo"];
            if (!(v606 === null || typeof v606 === "string")) ok = bad(c, p + "/data/links/quo", v606, rule$7, true) && ok;
            if (c.scan) {
              for (const k607 in o605) {
                switch (k607) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k607, o605[k607])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k608 in o601) {
            switch (k608) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k608, o601[k608])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k609 in o595) {
        switch (k609) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k609, o595[k609])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoMessageDeliveredEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o610 = v;
    const v611 = o610["id"];
    if (!(typeof v611 === "string" && pattern$2.test(v611))) ok = bad(c, p + "/id", v611, rule$23, true) && ok;
    const v612 = o610["apiVersion"];
    if (!(v612 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v612, rule$34, true) && ok;
    const v613 = o610["createdAt"];
    if (!(typeof v613 === "string" && isDateTime(v613))) ok = bad(c, p + "/createdAt", v613, rule$3, true) && ok;
    const v614 = o610["type"];
    if (!(v614 === "message.delivered")) ok = bad(c, p + "/type", v614, rule$32, true) && ok;
    const v615 = o610["data"];
    if (v615 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v615 !== "object" || v615 === null || Array.isArray(v615)) {
        ok = fail(c, p + "/data", "object", v615);
      } else {
        const o616 = v615;
        const v617 = o616["resource"];
        if (v617 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookMessage");
        } else {
          if (!checkWebhookMessage(v617, p + "/data/resource", c)) ok = false;
        }
        const v618 = o616["context"];
        if (v618 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookMessageContext");
        } else {
          if (!checkWebhookMessageContext(v618, p + "/data/context", c)) ok = false;
        }
        const v619 = o616["links"];
        if (v619 !== void 0) {
          if (typeof v619 !== "object" || v619 === null || Array.isArray(v619)) {
            ok = fail(c, p + "/data/links", "object", v619);
          } else {
            const o620 = v619;
            const v621 = o620["quo"];
            if (!(v621 === null || typeof v621 === "string")) ok = bad(c, p + "/data/links/quo", v621, rule$7, true) && ok;
            if (c.scan) {
              for (const k622 in o620) {
                switch (k622) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k622, o620[k622])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k623 in o616) {
            switch (k623) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k623, o616[k623])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k624 in o610) {
        switch (k624) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k624, o610[k624])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoMessageFailedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o625 = v;
    const v626 = o625["id"];
    if (!(typeof v626 === "string" && pattern$2.test(v626))) ok = bad(c, p + "/id", v626, rule$23, true) && ok;
    const v627 = o625["apiVersion"];
    if (!(v627 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v627, rule$34, true) && ok;
    const v628 = o625["createdAt"];
    if (!(typeof v628 === "string" && isDateTime(v628))) ok = bad(c, p + "/createdAt", v628, rule$3, true) && ok;
    const v629 = o625["type"];
    if (!(v629 === "message.failed")) ok = bad(c, p + "/type", v629, rule$43, true) && ok;
    const v630 = o625["data"];
    if (v630 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v630 !== "object" || v630 === null || Array.isArray(v630)) {
        ok = fail(c, p + "/data", "object", v630);
      } else {
        const o631 = v630;
        const v632 = o631["resource"];
        if (v632 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookMessage");
        } else {
          if (!checkWebhookMessage(v632, p + "/data/resource", c)) ok = false;
        }
        const v633 = o631["context"];
        if (v633 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookMessageContext");
        } else {
          if (!checkWebhookMessageContext(v633, p + "/data/context", c)) ok = false;
        }
        const v634 = o631["links"];
        if (v634 !== void 0) {
          if (typeof v634 !== "object" || v634 === null || Array.isArray(v634)) {
            ok = fail(c, p + "/data/links", "object", v634);
          } else {
            const o635 = v634;
            const v636 = o635["quo"];
            if (!(v636 === null || typeof v636 === "string")) ok = bad(c, p + "/data/links/quo", v636, rule$7, true) && ok;
            if (c.scan) {
              for (const k637 in o635) {
                switch (k637) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k637, o635[k637])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k638 in o631) {
            switch (k638) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k638, o631[k638])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k639 in o625) {
        switch (k639) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k639, o625[k639])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoMessageReceivedEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o640 = v;
    const v641 = o640["id"];
    if (!(typeof v641 === "string" && pattern$2.test(v641))) ok = bad(c, p + "/id", v641, rule$23, true) && ok;
    const v642 = o640["apiVersion"];
    if (!(v642 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v642, rule$34, true) && ok;
    const v643 = o640["createdAt"];
    if (!(typeof v643 === "string" && isDateTime(v643))) ok = bad(c, p + "/createdAt", v643, rule$3, true) && ok;
    const v644 = o640["type"];
    if (!(v644 === "message.received")) ok = bad(c, p + "/type", v644, rule$33, true) && ok;
    const v645 = o640["data"];
    if (v645 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v645 !== "object" || v645 === null || Array.isArray(v645)) {
        ok = fail(c, p + "/data", "object", v645);
      } else {
        const o646 = v645;
        const v647 = o646["resource"];
        if (v647 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookMessage");
        } else {
          if (!checkWebhookMessage(v647, p + "/data/resource", c)) ok = false;
        }
        const v648 = o646["context"];
        if (v648 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookMessageContext");
        } else {
          if (!checkWebhookMessageContext(v648, p + "/data/context", c)) ok = false;
        }
        const v649 = o646["links"];
        if (v649 !== void 0) {
          if (typeof v649 !== "object" || v649 === null || Array.isArray(v649)) {
            ok = fail(c, p + "/data/links", "object", v649);
          } else {
            const o650 = v649;
            const v651 = o650["quo"];
            if (!(v651 === null || typeof v651 === "string")) ok = bad(c, p + "/data/links/quo", v651, rule$7, true) && ok;
            if (c.scan) {
              for (const k652 in o650) {
                switch (k652) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k652, o650[k652])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k653 in o646) {
            switch (k653) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k653, o646[k653])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k654 in o640) {
        switch (k654) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k654, o640[k654])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkQuoMessageUndeliveredEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o655 = v;
    const v656 = o655["id"];
    if (!(typeof v656 === "string" && pattern$2.test(v656))) ok = bad(c, p + "/id", v656, rule$23, true) && ok;
    const v657 = o655["apiVersion"];
    if (!(v657 === "2026-03-30")) ok = bad(c, p + "/apiVersion", v657, rule$34, true) && ok;
    const v658 = o655["createdAt"];
    if (!(typeof v658 === "string" && isDateTime(v658))) ok = bad(c, p + "/createdAt", v658, rule$3, true) && ok;
    const v659 = o655["type"];
    if (!(v659 === "message.undelivered")) ok = bad(c, p + "/type", v659, rule$44, true) && ok;
    const v660 = o655["data"];
    if (v660 === void 0) {
      ok = missing(c, p + "/data", "object with resource, context");
    } else {
      if (typeof v660 !== "object" || v660 === null || Array.isArray(v660)) {
        ok = fail(c, p + "/data", "object", v660);
      } else {
        const o661 = v660;
        const v662 = o661["resource"];
        if (v662 === void 0) {
          ok = missing(c, p + "/data/resource", "WebhookMessage");
        } else {
          if (!checkWebhookMessage(v662, p + "/data/resource", c)) ok = false;
        }
        const v663 = o661["context"];
        if (v663 === void 0) {
          ok = missing(c, p + "/data/context", "WebhookMessageContext");
        } else {
          if (!checkWebhookMessageContext(v663, p + "/data/context", c)) ok = false;
        }
        const v664 = o661["links"];
        if (v664 !== void 0) {
          if (typeof v664 !== "object" || v664 === null || Array.isArray(v664)) {
            ok = fail(c, p + "/data/links", "object", v664);
          } else {
            const o665 = v664;
            const v666 = o665["quo"];
            if (!(v666 === null || typeof v666 === "string")) ok = bad(c, p + "/data/links/quo", v666, rule$7, true) && ok;
            if (c.scan) {
              for (const k667 in o665) {
                switch (k667) {
                  case "quo":
                    break;
                  default: {
                    if (!unknownProperty(c, p + "/data/links", k667, o665[k667])) ok = false;
                  }
                }
              }
            }
          }
        }
        if (c.scan) {
          for (const k668 in o661) {
            switch (k668) {
              case "resource":
              case "context":
              case "links":
                break;
              default: {
                if (!unknownProperty(c, p + "/data", k668, o661[k668])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k669 in o655) {
        switch (k669) {
          case "id":
          case "apiVersion":
          case "createdAt":
          case "type":
          case "data":
            break;
          default: {
            if (!unknownProperty(c, p, k669, o655[k669])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const CHECKS = {
  "legacy": {
    "call.completed": checkCallCompletedEvent,
    "call.recording.completed": checkCallRecordingCompletedEvent,
    "call.ringing": checkCallRingingEvent,
    "call.summary.completed": checkCallSummaryCompletedEvent,
    "call.transcript.completed": checkCallTranscriptCompletedEvent,
    "callSummary": checkCallSummaryCompletedEvent,
    "callTranscript": checkCallTranscriptCompletedEvent,
    "contact.deleted": checkContactDeletedEvent,
    "contact.updated": checkContactUpdatedEvent,
    "message.delivered": checkMessageDeliveredEvent,
    "message.received": checkMessageReceivedEvent
  },
  "standard-webhooks": {
    "call.answered": checkQuoCallAnsweredEvent,
    "call.completed": checkQuoCallCompletedEvent,
    "call.forwarded": checkQuoCallForwardedEvent,
    "call.menu.selected": checkQuoCallMenuSelectedEvent,
    "call.missed": checkQuoCallMissedEvent,
    "call.recording.completed": checkQuoCallRecordingCompletedEvent,
    "call.ringing": checkQuoCallRingingEvent,
    "call.summary.completed": checkQuoCallSummaryCompletedEvent,
    "call.transcript.completed": checkQuoCallTranscriptCompletedEvent,
    "call.voicemail.completed": checkQuoCallVoicemailCompletedEvent,
    "contact.deleted": checkQuoContactDeletedEvent,
    "contact.updated": checkQuoContactUpdatedEvent,
    "message.delivered": checkQuoMessageDeliveredEvent,
    "message.failed": checkQuoMessageFailedEvent,
    "message.received": checkQuoMessageReceivedEvent,
    "message.undelivered": checkQuoMessageUndeliveredEvent
  }
};
function parseWebhook(options) {
  return parseWithChecks(options, CHECKS);
}
function isKnownWebhookEvent(event) {
  return !("known" in event && event.known === false);
}
export {
  WebhookError,
  isKnownWebhookEvent,
  parseWebhook,
  verifyWebhook
};
