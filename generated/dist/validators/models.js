import { bad, codePoints, createValidator, fail, isDateTime, isUri, isUriReference, missing, unknownProperty } from "../runtime/validation.js";
import { enum$0, enum$1, enum$2, pattern$0, pattern$1, pattern$2, pattern$3, pattern$4, pattern$5, pattern$6, rule$0, rule$1, rule$10, rule$100, rule$101, rule$102, rule$103, rule$104, rule$105, rule$106, rule$107, rule$108, rule$109, rule$11, rule$110, rule$111, rule$112, rule$113, rule$114, rule$12, rule$13, rule$14, rule$15, rule$16, rule$17, rule$18, rule$19, rule$2, rule$20, rule$21, rule$22, rule$23, rule$24, rule$25, rule$26, rule$27, rule$28, rule$29, rule$3, rule$30, rule$31, rule$32, rule$33, rule$34, rule$35, rule$36, rule$37, rule$38, rule$39, rule$4, rule$40, rule$41, rule$42, rule$43, rule$44, rule$45, rule$46, rule$47, rule$48, rule$49, rule$5, rule$50, rule$51, rule$52, rule$53, rule$54, rule$55, rule$56, rule$57, rule$58, rule$59, rule$6, rule$60, rule$61, rule$62, rule$63, rule$64, rule$65, rule$66, rule$67, rule$68, rule$69, rule$7, rule$70, rule$71, rule$72, rule$73, rule$74, rule$75, rule$76, rule$77, rule$78, rule$79, rule$8, rule$80, rule$81, rule$82, rule$83, rule$84, rule$85, rule$86, rule$87, rule$88, rule$89, rule$9, rule$90, rule$91, rule$92, rule$93, rule$94, rule$95, rule$96, rule$97, rule$98, rule$99 } from "./constants.js";
function variant$212(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i213 = 0; i213 < v.length; i213++) {
      const v214 = v[i213];
      if (!(typeof v214 === "string" && pattern$3.test(v214))) ok = bad(c, p + "/" + i213, v214, rule$8) && ok;
    }
  }
  return ok;
}
function variant$215(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i216 = 0; i216 < v.length; i216++) {
      const v217 = v[i216];
      if (!(v217 === "*")) ok = bad(c, p + "/" + i216, v217, rule$45) && ok;
    }
  }
  return ok;
}
function variant$307(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i308 = 0; i308 < v.length; i308++) {
      const v309 = v[i308];
      if (!(typeof v309 === "string" && pattern$3.test(v309))) ok = bad(c, p + "/" + i308, v309, rule$8) && ok;
    }
  }
  return ok;
}
function variant$310(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i311 = 0; i311 < v.length; i311++) {
      const v312 = v[i311];
      if (!(v312 === "*")) ok = bad(c, p + "/" + i311, v312, rule$45) && ok;
    }
  }
  return ok;
}
function variant$353(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i354 = 0; i354 < v.length; i354++) {
      const v355 = v[i354];
      if (!(typeof v355 === "string" && pattern$3.test(v355))) ok = bad(c, p + "/" + i354, v355, rule$8) && ok;
    }
  }
  return ok;
}
function variant$356(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i357 = 0; i357 < v.length; i357++) {
      const v358 = v[i357];
      if (!(v358 === "*")) ok = bad(c, p + "/" + i357, v358, rule$45) && ok;
    }
  }
  return ok;
}
function variant$382(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o383 = v;
    const v384 = o383["type"];
    if (!(v384 === "multi-select")) ok = bad(c, p + "/type", v384, rule$60, true) && ok;
    const v385 = o383["value"];
    if (v385 === void 0) {
      ok = missing(c, p + "/value", "array or null");
    } else {
      if (v385 !== null) {
        if (!Array.isArray(v385)) {
          ok = fail(c, p + "/value", "array or null", v385);
        } else {
          for (let i386 = 0; i386 < v385.length; i386++) {
            const v387 = v385[i386];
            if (!(typeof v387 === "string")) ok = bad(c, p + "/value/" + i386, v387, rule$13) && ok;
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
    ok = fail(c, p, "object", v);
  } else {
    const o390 = v;
    const v391 = o390["type"];
    if (!(v391 === "address" || v391 === "string" || v391 === "url")) ok = bad(c, p + "/type", v391, rule$61, true) && ok;
    const v392 = o390["value"];
    if (!(v392 === null || typeof v392 === "string")) ok = bad(c, p + "/value", v392, rule$1, true) && ok;
  }
  return ok;
}
function variant$394(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o395 = v;
    const v396 = o395["type"];
    if (!(v396 === "boolean")) ok = bad(c, p + "/type", v396, rule$62, true) && ok;
    const v397 = o395["value"];
    if (!(v397 === null || typeof v397 === "boolean")) ok = bad(c, p + "/value", v397, rule$63, true) && ok;
  }
  return ok;
}
function variant$399(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o400 = v;
    const v401 = o400["type"];
    if (!(v401 === "date")) ok = bad(c, p + "/type", v401, rule$64, true) && ok;
    const v402 = o400["value"];
    if (!(v402 === null || typeof v402 === "string" && isDateTime(v402))) ok = bad(c, p + "/value", v402, rule$0, true) && ok;
  }
  return ok;
}
function variant$404(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o405 = v;
    const v406 = o405["type"];
    if (!(v406 === "number")) ok = bad(c, p + "/type", v406, rule$65, true) && ok;
    const v407 = o405["value"];
    if (!(v407 === null || typeof v407 === "number" && Number.isFinite(v407))) ok = bad(c, p + "/value", v407, rule$66, true) && ok;
  }
  return ok;
}
function variant$620(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o621 = v;
    const v622 = o621["value"];
    if (v622 === void 0) {
      ok = missing(c, p + "/value", "array or null");
    } else {
      if (v622 !== null) {
        if (!Array.isArray(v622)) {
          ok = fail(c, p + "/value", "array or null", v622);
        } else {
          for (let i623 = 0; i623 < v622.length; i623++) {
            const v624 = v622[i623];
            if (!(typeof v624 === "string")) ok = bad(c, p + "/value/" + i623, v624, rule$13) && ok;
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
            if (!unknownProperty(c, p, k625, o621[k625])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o627 = v;
    const v628 = o627["value"];
    if (!(v628 === null || typeof v628 === "string")) ok = bad(c, p + "/value", v628, rule$1, true) && ok;
    if (c.scan) {
      for (const k629 in o627) {
        switch (k629) {
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k629, o627[k629])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o631 = v;
    const v632 = o631["value"];
    if (!(v632 === null || typeof v632 === "boolean")) ok = bad(c, p + "/value", v632, rule$63, true) && ok;
    if (c.scan) {
      for (const k633 in o631) {
        switch (k633) {
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k633, o631[k633])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o635 = v;
    const v636 = o635["value"];
    if (!(v636 === null || typeof v636 === "string" && isDateTime(v636))) ok = bad(c, p + "/value", v636, rule$0, true) && ok;
    if (c.scan) {
      for (const k637 in o635) {
        switch (k637) {
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k637, o635[k637])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o639 = v;
    const v640 = o639["value"];
    if (!(v640 === null || typeof v640 === "number" && Number.isFinite(v640))) ok = bad(c, p + "/value", v640, rule$66, true) && ok;
    if (c.scan) {
      for (const k641 in o639) {
        switch (k641) {
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k641, o639[k641])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o645 = v;
    const v646 = o645["type"];
    if (!(v646 === "multi-select")) ok = bad(c, p + "/type", v646, rule$60, true) && ok;
    const v647 = o645["value"];
    if (v647 === void 0) {
      ok = missing(c, p + "/value", "array or null");
    } else {
      if (v647 !== null) {
        if (!Array.isArray(v647)) {
          ok = fail(c, p + "/value", "array or null", v647);
        } else {
          for (let i648 = 0; i648 < v647.length; i648++) {
            const v649 = v647[i648];
            if (!(typeof v649 === "string")) ok = bad(c, p + "/value/" + i648, v649, rule$13) && ok;
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
            if (!unknownProperty(c, p, k650, o645[k650])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o652 = v;
    const v653 = o652["type"];
    if (!(v653 === "address" || v653 === "string" || v653 === "url")) ok = bad(c, p + "/type", v653, rule$61, true) && ok;
    const v654 = o652["value"];
    if (!(v654 === null || typeof v654 === "string")) ok = bad(c, p + "/value", v654, rule$1, true) && ok;
    if (c.scan) {
      for (const k655 in o652) {
        switch (k655) {
          case "type":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k655, o652[k655])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o657 = v;
    const v658 = o657["type"];
    if (!(v658 === "boolean")) ok = bad(c, p + "/type", v658, rule$62, true) && ok;
    const v659 = o657["value"];
    if (!(v659 === null || typeof v659 === "boolean")) ok = bad(c, p + "/value", v659, rule$63, true) && ok;
    if (c.scan) {
      for (const k660 in o657) {
        switch (k660) {
          case "type":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k660, o657[k660])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o662 = v;
    const v663 = o662["type"];
    if (!(v663 === "date")) ok = bad(c, p + "/type", v663, rule$64, true) && ok;
    const v664 = o662["value"];
    if (!(v664 === null || typeof v664 === "string" && isDateTime(v664))) ok = bad(c, p + "/value", v664, rule$0, true) && ok;
    if (c.scan) {
      for (const k665 in o662) {
        switch (k665) {
          case "type":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k665, o662[k665])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o667 = v;
    const v668 = o667["type"];
    if (!(v668 === "number")) ok = bad(c, p + "/type", v668, rule$65, true) && ok;
    const v669 = o667["value"];
    if (!(v669 === null || typeof v669 === "number" && Number.isFinite(v669))) ok = bad(c, p + "/value", v669, rule$66, true) && ok;
    if (c.scan) {
      for (const k670 in o667) {
        switch (k670) {
          case "type":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k670, o667[k670])) ok = false;
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
    ok = fail(c, p, "array", v);
  } else {
    for (let i798 = 0; i798 < v.length; i798++) {
      const v799 = v[i798];
      if (!(typeof v799 === "string" && pattern$3.test(v799))) ok = bad(c, p + "/" + i798, v799, rule$8) && ok;
    }
  }
  return ok;
}
function variant$800(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = fail(c, p, "array", v);
  } else {
    for (let i801 = 0; i801 < v.length; i801++) {
      const v802 = v[i801];
      if (!(v802 === "*")) ok = bad(c, p + "/" + i801, v802, rule$45) && ok;
    }
  }
  return ok;
}
function variant$904(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o905 = v;
    const v906 = o905["type"];
    if (!(v906 === "multi-select")) ok = bad(c, p + "/type", v906, rule$60, true) && ok;
    const v907 = o905["value"];
    if (v907 === void 0) {
      ok = missing(c, p + "/value", "array or null");
    } else {
      if (v907 !== null) {
        if (!Array.isArray(v907)) {
          ok = fail(c, p + "/value", "array or null", v907);
        } else {
          for (let i908 = 0; i908 < v907.length; i908++) {
            const v909 = v907[i908];
            if (!(typeof v909 === "string")) ok = bad(c, p + "/value/" + i908, v909, rule$13) && ok;
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
    ok = fail(c, p, "object", v);
  } else {
    const o912 = v;
    const v913 = o912["type"];
    if (!(v913 === "address" || v913 === "string" || v913 === "url")) ok = bad(c, p + "/type", v913, rule$61, true) && ok;
    const v914 = o912["value"];
    if (!(v914 === null || typeof v914 === "string")) ok = bad(c, p + "/value", v914, rule$1, true) && ok;
  }
  return ok;
}
function variant$916(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o917 = v;
    const v918 = o917["type"];
    if (!(v918 === "boolean")) ok = bad(c, p + "/type", v918, rule$62, true) && ok;
    const v919 = o917["value"];
    if (!(v919 === null || typeof v919 === "boolean")) ok = bad(c, p + "/value", v919, rule$63, true) && ok;
  }
  return ok;
}
function variant$921(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o922 = v;
    const v923 = o922["type"];
    if (!(v923 === "date")) ok = bad(c, p + "/type", v923, rule$64, true) && ok;
    const v924 = o922["value"];
    if (!(v924 === null || typeof v924 === "string" && isDateTime(v924))) ok = bad(c, p + "/value", v924, rule$0, true) && ok;
  }
  return ok;
}
function variant$926(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o927 = v;
    const v928 = o927["type"];
    if (!(v928 === "number")) ok = bad(c, p + "/type", v928, rule$65, true) && ok;
    const v929 = o927["value"];
    if (!(v929 === null || typeof v929 === "number" && Number.isFinite(v929))) ok = bad(c, p + "/value", v929, rule$66, true) && ok;
  }
  return ok;
}
function checkCall(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = fail(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["answeredAt"];
    if (!(v2 === null || typeof v2 === "string" && isDateTime(v2))) ok = bad(c, p + "/answeredAt", v2, rule$0, true) && ok;
    const v3 = o1["answeredBy"];
    if (!(v3 === null || typeof v3 === "string")) ok = bad(c, p + "/answeredBy", v3, rule$1, true) && ok;
    const v4 = o1["completedAt"];
    if (!(v4 === null || typeof v4 === "string" && isDateTime(v4))) ok = bad(c, p + "/completedAt", v4, rule$0, true) && ok;
    const v5 = o1["createdAt"];
    if (!(typeof v5 === "string" && isDateTime(v5))) ok = bad(c, p + "/createdAt", v5, rule$2, true) && ok;
    const v6 = o1["direction"];
    if (!(v6 === "incoming" || v6 === "outgoing")) ok = bad(c, p + "/direction", v6, rule$3, true) && ok;
    const v7 = o1["duration"];
    if (!(typeof v7 === "number" && Number.isInteger(v7))) ok = bad(c, p + "/duration", v7, rule$4, true) && ok;
    const v8 = o1["forwardedFrom"];
    if (!(v8 === null || (typeof v8 === "string" && pattern$0.test(v8) || typeof v8 === "string" && pattern$1.test(v8)))) ok = bad(c, p + "/forwardedFrom", v8, rule$5, true) && ok;
    const v9 = o1["forwardedTo"];
    if (!(v9 === null || (typeof v9 === "string" && pattern$0.test(v9) || typeof v9 === "string" && pattern$1.test(v9)))) ok = bad(c, p + "/forwardedTo", v9, rule$5, true) && ok;
    const v10 = o1["id"];
    if (!(typeof v10 === "string" && pattern$2.test(v10))) ok = bad(c, p + "/id", v10, rule$6, true) && ok;
    const v11 = o1["initiatedBy"];
    if (!(v11 === null || typeof v11 === "string")) ok = bad(c, p + "/initiatedBy", v11, rule$1, true) && ok;
    const v12 = o1["participants"];
    if (v12 === void 0) {
      ok = missing(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v12)) {
        ok = fail(c, p + "/participants", "array", v12);
      } else if (v12.length > 2) {
        ok = fail(c, p + "/participants", "array of at most 2 items", v12);
      } else {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!(typeof v14 === "string" && pattern$0.test(v14))) ok = bad(c, p + "/participants/" + i13, v14, rule$7) && ok;
        }
      }
    }
    const v15 = o1["phoneNumberId"];
    if (!(typeof v15 === "string" && pattern$3.test(v15))) ok = bad(c, p + "/phoneNumberId", v15, rule$8, true) && ok;
    const v16 = o1["status"];
    if (!enum$0.has(v16)) ok = bad(c, p + "/status", v16, rule$9, true) && ok;
    const v17 = o1["updatedAt"];
    if (!(v17 === null || typeof v17 === "string" && isDateTime(v17))) ok = bad(c, p + "/updatedAt", v17, rule$0, true) && ok;
    const v18 = o1["userId"];
    if (!(typeof v18 === "string" && pattern$1.test(v18))) ok = bad(c, p + "/userId", v18, rule$10, true) && ok;
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
            if (!unknownProperty(c, p, k19, o1[k19])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o20 = v;
    const v21 = o20["code"];
    if (!(v21 === "0100400")) ok = bad(c, p + "/code", v21, rule$11, true) && ok;
    const v22 = o20["docs"];
    if (!(v22 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v22, rule$12, true) && ok;
    const v23 = o20["errors"];
    if (v23 !== void 0) {
      if (!Array.isArray(v23)) {
        ok = fail(c, p + "/errors", "array", v23);
      } else {
        for (let i24 = 0; i24 < v23.length; i24++) {
          const v25 = v23[i24];
          if (!checkErrorDetail(v25, p + "/errors/" + i24, c)) ok = false;
        }
      }
    }
    const v26 = o20["message"];
    if (!(typeof v26 === "string")) ok = bad(c, p + "/message", v26, rule$13, true) && ok;
    const v27 = o20["status"];
    if (!(v27 === 400)) ok = bad(c, p + "/status", v27, rule$14, true) && ok;
    const v28 = o20["title"];
    if (!(v28 === "Bad Request")) ok = bad(c, p + "/title", v28, rule$15, true) && ok;
    const v29 = o20["trace"];
    if (v29 !== void 0 && !(typeof v29 === "string")) ok = bad(c, p + "/trace", v29, rule$13) && ok;
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
            if (!unknownProperty(c, p, k30, o20[k30])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o31 = v;
    const v32 = o31["code"];
    if (!(v32 === "0100404")) ok = bad(c, p + "/code", v32, rule$16, true) && ok;
    const v33 = o31["docs"];
    if (!(v33 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v33, rule$12, true) && ok;
    const v34 = o31["errors"];
    if (v34 !== void 0) {
      if (!Array.isArray(v34)) {
        ok = fail(c, p + "/errors", "array", v34);
      } else {
        for (let i35 = 0; i35 < v34.length; i35++) {
          const v36 = v34[i35];
          if (!checkErrorDetail(v36, p + "/errors/" + i35, c)) ok = false;
        }
      }
    }
    const v37 = o31["message"];
    if (!(typeof v37 === "string")) ok = bad(c, p + "/message", v37, rule$13, true) && ok;
    const v38 = o31["status"];
    if (!(v38 === 404)) ok = bad(c, p + "/status", v38, rule$17, true) && ok;
    const v39 = o31["title"];
    if (!(v39 === "Not Found")) ok = bad(c, p + "/title", v39, rule$18, true) && ok;
    const v40 = o31["trace"];
    if (v40 !== void 0 && !(typeof v40 === "string")) ok = bad(c, p + "/trace", v40, rule$13) && ok;
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
            if (!unknownProperty(c, p, k41, o31[k41])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o42 = v;
    const v43 = o42["code"];
    if (!(v43 === "0101403")) ok = bad(c, p + "/code", v43, rule$19, true) && ok;
    const v44 = o42["description"];
    if (!(v44 === "Not Phone Number User")) ok = bad(c, p + "/description", v44, rule$20, true) && ok;
    const v45 = o42["docs"];
    if (!(v45 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v45, rule$12, true) && ok;
    const v46 = o42["errors"];
    if (v46 !== void 0) {
      if (!Array.isArray(v46)) {
        ok = fail(c, p + "/errors", "array", v46);
      } else {
        for (let i47 = 0; i47 < v46.length; i47++) {
          const v48 = v46[i47];
          if (!checkErrorDetail(v48, p + "/errors/" + i47, c)) ok = false;
        }
      }
    }
    const v49 = o42["message"];
    if (!(typeof v49 === "string")) ok = bad(c, p + "/message", v49, rule$13, true) && ok;
    const v50 = o42["status"];
    if (!(v50 === 403)) ok = bad(c, p + "/status", v50, rule$21, true) && ok;
    const v51 = o42["title"];
    if (!(v51 === "Not Phone Number User")) ok = bad(c, p + "/title", v51, rule$20, true) && ok;
    const v52 = o42["trace"];
    if (v52 !== void 0 && !(typeof v52 === "string")) ok = bad(c, p + "/trace", v52, rule$13) && ok;
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
            if (!unknownProperty(c, p, k53, o42[k53])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o54 = v;
    const v55 = o54["duration"];
    if (!(v55 === null || typeof v55 === "number" && Number.isInteger(v55))) ok = bad(c, p + "/duration", v55, rule$22, true) && ok;
    const v56 = o54["id"];
    if (!(typeof v56 === "string")) ok = bad(c, p + "/id", v56, rule$13, true) && ok;
    const v57 = o54["startTime"];
    if (!(v57 === null || typeof v57 === "string" && isDateTime(v57))) ok = bad(c, p + "/startTime", v57, rule$0, true) && ok;
    const v58 = o54["status"];
    if (!(v58 === null || enum$1.has(v58))) ok = bad(c, p + "/status", v58, rule$23, true) && ok;
    const v59 = o54["type"];
    if (!(v59 === null || typeof v59 === "string")) ok = bad(c, p + "/type", v59, rule$1, true) && ok;
    const v60 = o54["url"];
    if (!(v60 === null || typeof v60 === "string" && isUriReference(v60))) ok = bad(c, p + "/url", v60, rule$24, true) && ok;
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
            if (!unknownProperty(c, p, k61, o54[k61])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o62 = v;
    const v63 = o62["code"];
    if (!(v63 === "0900400")) ok = bad(c, p + "/code", v63, rule$25, true) && ok;
    const v64 = o62["docs"];
    if (!(v64 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v64, rule$12, true) && ok;
    const v65 = o62["errors"];
    if (v65 !== void 0) {
      if (!Array.isArray(v65)) {
        ok = fail(c, p + "/errors", "array", v65);
      } else {
        for (let i66 = 0; i66 < v65.length; i66++) {
          const v67 = v65[i66];
          if (!checkErrorDetail(v67, p + "/errors/" + i66, c)) ok = false;
        }
      }
    }
    const v68 = o62["message"];
    if (!(typeof v68 === "string")) ok = bad(c, p + "/message", v68, rule$13, true) && ok;
    const v69 = o62["status"];
    if (!(v69 === 400)) ok = bad(c, p + "/status", v69, rule$14, true) && ok;
    const v70 = o62["title"];
    if (!(v70 === "Bad Request")) ok = bad(c, p + "/title", v70, rule$15, true) && ok;
    const v71 = o62["trace"];
    if (v71 !== void 0 && !(typeof v71 === "string")) ok = bad(c, p + "/trace", v71, rule$13) && ok;
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
            if (!unknownProperty(c, p, k72, o62[k72])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o73 = v;
    const v74 = o73["code"];
    if (!(v74 === "0900403")) ok = bad(c, p + "/code", v74, rule$26, true) && ok;
    const v75 = o73["docs"];
    if (!(v75 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v75, rule$12, true) && ok;
    const v76 = o73["errors"];
    if (v76 !== void 0) {
      if (!Array.isArray(v76)) {
        ok = fail(c, p + "/errors", "array", v76);
      } else {
        for (let i77 = 0; i77 < v76.length; i77++) {
          const v78 = v76[i77];
          if (!checkErrorDetail(v78, p + "/errors/" + i77, c)) ok = false;
        }
      }
    }
    const v79 = o73["message"];
    if (!(typeof v79 === "string")) ok = bad(c, p + "/message", v79, rule$13, true) && ok;
    const v80 = o73["status"];
    if (!(v80 === 403)) ok = bad(c, p + "/status", v80, rule$21, true) && ok;
    const v81 = o73["title"];
    if (!(v81 === "Forbidden")) ok = bad(c, p + "/title", v81, rule$27, true) && ok;
    const v82 = o73["trace"];
    if (v82 !== void 0 && !(typeof v82 === "string")) ok = bad(c, p + "/trace", v82, rule$13) && ok;
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
            if (!unknownProperty(c, p, k83, o73[k83])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o84 = v;
    const v85 = o84["code"];
    if (!(v85 === "0900404")) ok = bad(c, p + "/code", v85, rule$28, true) && ok;
    const v86 = o84["docs"];
    if (!(v86 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v86, rule$12, true) && ok;
    const v87 = o84["errors"];
    if (v87 !== void 0) {
      if (!Array.isArray(v87)) {
        ok = fail(c, p + "/errors", "array", v87);
      } else {
        for (let i88 = 0; i88 < v87.length; i88++) {
          const v89 = v87[i88];
          if (!checkErrorDetail(v89, p + "/errors/" + i88, c)) ok = false;
        }
      }
    }
    const v90 = o84["message"];
    if (!(typeof v90 === "string")) ok = bad(c, p + "/message", v90, rule$13, true) && ok;
    const v91 = o84["status"];
    if (!(v91 === 404)) ok = bad(c, p + "/status", v91, rule$17, true) && ok;
    const v92 = o84["title"];
    if (!(v92 === "Not Found")) ok = bad(c, p + "/title", v92, rule$18, true) && ok;
    const v93 = o84["trace"];
    if (v93 !== void 0 && !(typeof v93 === "string")) ok = bad(c, p + "/trace", v93, rule$13) && ok;
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
            if (!unknownProperty(c, p, k94, o84[k94])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o95 = v;
    const v96 = o95["code"];
    if (!(v96 === "0900401")) ok = bad(c, p + "/code", v96, rule$29, true) && ok;
    const v97 = o95["docs"];
    if (!(v97 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v97, rule$12, true) && ok;
    const v98 = o95["errors"];
    if (v98 !== void 0) {
      if (!Array.isArray(v98)) {
        ok = fail(c, p + "/errors", "array", v98);
      } else {
        for (let i99 = 0; i99 < v98.length; i99++) {
          const v100 = v98[i99];
          if (!checkErrorDetail(v100, p + "/errors/" + i99, c)) ok = false;
        }
      }
    }
    const v101 = o95["message"];
    if (!(typeof v101 === "string")) ok = bad(c, p + "/message", v101, rule$13, true) && ok;
    const v102 = o95["status"];
    if (!(v102 === 401)) ok = bad(c, p + "/status", v102, rule$30, true) && ok;
    const v103 = o95["title"];
    if (!(v103 === "Unauthorized")) ok = bad(c, p + "/title", v103, rule$31, true) && ok;
    const v104 = o95["trace"];
    if (v104 !== void 0 && !(typeof v104 === "string")) ok = bad(c, p + "/trace", v104, rule$13) && ok;
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
            if (!unknownProperty(c, p, k105, o95[k105])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o106 = v;
    const v107 = o106["code"];
    if (!(v107 === "0901500")) ok = bad(c, p + "/code", v107, rule$32, true) && ok;
    const v108 = o106["docs"];
    if (!(v108 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v108, rule$12, true) && ok;
    const v109 = o106["errors"];
    if (v109 !== void 0) {
      if (!Array.isArray(v109)) {
        ok = fail(c, p + "/errors", "array", v109);
      } else {
        for (let i110 = 0; i110 < v109.length; i110++) {
          const v111 = v109[i110];
          if (!checkErrorDetail(v111, p + "/errors/" + i110, c)) ok = false;
        }
      }
    }
    const v112 = o106["message"];
    if (!(typeof v112 === "string")) ok = bad(c, p + "/message", v112, rule$13, true) && ok;
    const v113 = o106["status"];
    if (!(v113 === 500)) ok = bad(c, p + "/status", v113, rule$33, true) && ok;
    const v114 = o106["title"];
    if (!(v114 === "Unknown")) ok = bad(c, p + "/title", v114, rule$34, true) && ok;
    const v115 = o106["trace"];
    if (v115 !== void 0 && !(typeof v115 === "string")) ok = bad(c, p + "/trace", v115, rule$13) && ok;
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
            if (!unknownProperty(c, p, k116, o106[k116])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o117 = v;
    const v118 = o117["callId"];
    if (!(typeof v118 === "string")) ok = bad(c, p + "/callId", v118, rule$13, true) && ok;
    const v119 = o117["jobs"];
    if (v119 !== void 0) {
      if (v119 !== null) {
        if (!Array.isArray(v119)) {
          ok = fail(c, p + "/jobs", "array or null", v119);
        } else {
          for (let i120 = 0; i120 < v119.length; i120++) {
            const v121 = v119[i120];
            if (typeof v121 !== "object" || v121 === null || Array.isArray(v121)) {
              ok = fail(c, p + "/jobs/" + i120, "object", v121);
            } else {
              const o122 = v121;
              const v123 = o122["icon"];
              if (!(typeof v123 === "string")) ok = bad(c, p + "/jobs/" + i120 + "/icon", v123, rule$13, true) && ok;
              const v124 = o122["name"];
              if (!(typeof v124 === "string")) ok = bad(c, p + "/jobs/" + i120 + "/name", v124, rule$13, true) && ok;
              const v125 = o122["result"];
              if (v125 === void 0) {
                ok = missing(c, p + "/jobs/" + i120 + "/result", "object with data");
              } else {
                if (typeof v125 !== "object" || v125 === null || Array.isArray(v125)) {
                  ok = fail(c, p + "/jobs/" + i120 + "/result", "object", v125);
                } else {
                  const o126 = v125;
                  const v127 = o126["data"];
                  if (v127 === void 0) {
                    ok = missing(c, p + "/jobs/" + i120 + "/result/data", "array");
                  } else {
                    if (!Array.isArray(v127)) {
                      ok = fail(c, p + "/jobs/" + i120 + "/result/data", "array", v127);
                    } else {
                      for (let i128 = 0; i128 < v127.length; i128++) {
                        const v129 = v127[i128];
                        if (typeof v129 !== "object" || v129 === null || Array.isArray(v129)) {
                          ok = fail(c, p + "/jobs/" + i120 + "/result/data/" + i128, "object", v129);
                        } else {
                          const o130 = v129;
                          const v131 = o130["name"];
                          if (!(typeof v131 === "string")) ok = bad(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/name", v131, rule$13, true) && ok;
                          const v132 = o130["value"];
                          if (!(typeof v132 === "string" || typeof v132 === "number" && Number.isFinite(v132) || typeof v132 === "boolean")) ok = bad(c, p + "/jobs/" + i120 + "/result/data/" + i128 + "/value", v132, rule$35, true) && ok;
                          if (c.scan) {
                            for (const k133 in o130) {
                              switch (k133) {
                                case "name":
                                case "value":
                                  break;
                                default: {
                                  if (!unknownProperty(c, p + "/jobs/" + i120 + "/result/data/" + i128, k133, o130[k133])) ok = false;
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
                          if (!unknownProperty(c, p + "/jobs/" + i120 + "/result", k134, o126[k134])) ok = false;
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
                      if (!unknownProperty(c, p + "/jobs/" + i120, k135, o122[k135])) ok = false;
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
      ok = missing(c, p + "/nextSteps", "array or null");
    } else {
      if (v136 !== null) {
        if (!Array.isArray(v136)) {
          ok = fail(c, p + "/nextSteps", "array or null", v136);
        } else {
          for (let i137 = 0; i137 < v136.length; i137++) {
            const v138 = v136[i137];
            if (!(typeof v138 === "string")) ok = bad(c, p + "/nextSteps/" + i137, v138, rule$13) && ok;
          }
        }
      }
    }
    const v139 = o117["status"];
    if (!(v139 === "absent" || v139 === "in-progress" || v139 === "completed" || v139 === "failed")) ok = bad(c, p + "/status", v139, rule$36, true) && ok;
    const v140 = o117["summary"];
    if (v140 === void 0) {
      ok = missing(c, p + "/summary", "array or null");
    } else {
      if (v140 !== null) {
        if (!Array.isArray(v140)) {
          ok = fail(c, p + "/summary", "array or null", v140);
        } else {
          for (let i141 = 0; i141 < v140.length; i141++) {
            const v142 = v140[i141];
            if (!(typeof v142 === "string")) ok = bad(c, p + "/summary/" + i141, v142, rule$13) && ok;
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
            if (!unknownProperty(c, p, k143, o117[k143])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o144 = v;
    const v145 = o144["code"];
    if (!(v145 === "0500400")) ok = bad(c, p + "/code", v145, rule$37, true) && ok;
    const v146 = o144["docs"];
    if (!(v146 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v146, rule$12, true) && ok;
    const v147 = o144["errors"];
    if (v147 !== void 0) {
      if (!Array.isArray(v147)) {
        ok = fail(c, p + "/errors", "array", v147);
      } else {
        for (let i148 = 0; i148 < v147.length; i148++) {
          const v149 = v147[i148];
          if (!checkErrorDetail(v149, p + "/errors/" + i148, c)) ok = false;
        }
      }
    }
    const v150 = o144["message"];
    if (!(typeof v150 === "string")) ok = bad(c, p + "/message", v150, rule$13, true) && ok;
    const v151 = o144["status"];
    if (!(v151 === 400)) ok = bad(c, p + "/status", v151, rule$14, true) && ok;
    const v152 = o144["title"];
    if (!(v152 === "Bad Request")) ok = bad(c, p + "/title", v152, rule$15, true) && ok;
    const v153 = o144["trace"];
    if (v153 !== void 0 && !(typeof v153 === "string")) ok = bad(c, p + "/trace", v153, rule$13) && ok;
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
            if (!unknownProperty(c, p, k154, o144[k154])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o155 = v;
    const v156 = o155["code"];
    if (!(v156 === "0500403")) ok = bad(c, p + "/code", v156, rule$38, true) && ok;
    const v157 = o155["docs"];
    if (!(v157 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v157, rule$12, true) && ok;
    const v158 = o155["errors"];
    if (v158 !== void 0) {
      if (!Array.isArray(v158)) {
        ok = fail(c, p + "/errors", "array", v158);
      } else {
        for (let i159 = 0; i159 < v158.length; i159++) {
          const v160 = v158[i159];
          if (!checkErrorDetail(v160, p + "/errors/" + i159, c)) ok = false;
        }
      }
    }
    const v161 = o155["message"];
    if (!(typeof v161 === "string")) ok = bad(c, p + "/message", v161, rule$13, true) && ok;
    const v162 = o155["status"];
    if (!(v162 === 403)) ok = bad(c, p + "/status", v162, rule$21, true) && ok;
    const v163 = o155["title"];
    if (!(v163 === "Forbidden")) ok = bad(c, p + "/title", v163, rule$27, true) && ok;
    const v164 = o155["trace"];
    if (v164 !== void 0 && !(typeof v164 === "string")) ok = bad(c, p + "/trace", v164, rule$13) && ok;
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
            if (!unknownProperty(c, p, k165, o155[k165])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o166 = v;
    const v167 = o166["code"];
    if (!(v167 === "0500404")) ok = bad(c, p + "/code", v167, rule$39, true) && ok;
    const v168 = o166["docs"];
    if (!(v168 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v168, rule$12, true) && ok;
    const v169 = o166["errors"];
    if (v169 !== void 0) {
      if (!Array.isArray(v169)) {
        ok = fail(c, p + "/errors", "array", v169);
      } else {
        for (let i170 = 0; i170 < v169.length; i170++) {
          const v171 = v169[i170];
          if (!checkErrorDetail(v171, p + "/errors/" + i170, c)) ok = false;
        }
      }
    }
    const v172 = o166["message"];
    if (!(typeof v172 === "string")) ok = bad(c, p + "/message", v172, rule$13, true) && ok;
    const v173 = o166["status"];
    if (!(v173 === 404)) ok = bad(c, p + "/status", v173, rule$17, true) && ok;
    const v174 = o166["title"];
    if (!(v174 === "Not Found")) ok = bad(c, p + "/title", v174, rule$18, true) && ok;
    const v175 = o166["trace"];
    if (v175 !== void 0 && !(typeof v175 === "string")) ok = bad(c, p + "/trace", v175, rule$13) && ok;
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
            if (!unknownProperty(c, p, k176, o166[k176])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o177 = v;
    const v178 = o177["code"];
    if (!(v178 === "0500401")) ok = bad(c, p + "/code", v178, rule$40, true) && ok;
    const v179 = o177["docs"];
    if (!(v179 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v179, rule$12, true) && ok;
    const v180 = o177["errors"];
    if (v180 !== void 0) {
      if (!Array.isArray(v180)) {
        ok = fail(c, p + "/errors", "array", v180);
      } else {
        for (let i181 = 0; i181 < v180.length; i181++) {
          const v182 = v180[i181];
          if (!checkErrorDetail(v182, p + "/errors/" + i181, c)) ok = false;
        }
      }
    }
    const v183 = o177["message"];
    if (!(typeof v183 === "string")) ok = bad(c, p + "/message", v183, rule$13, true) && ok;
    const v184 = o177["status"];
    if (!(v184 === 401)) ok = bad(c, p + "/status", v184, rule$30, true) && ok;
    const v185 = o177["title"];
    if (!(v185 === "Unauthorized")) ok = bad(c, p + "/title", v185, rule$31, true) && ok;
    const v186 = o177["trace"];
    if (v186 !== void 0 && !(typeof v186 === "string")) ok = bad(c, p + "/trace", v186, rule$13) && ok;
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
            if (!unknownProperty(c, p, k187, o177[k187])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o188 = v;
    const v189 = o188["code"];
    if (!(v189 === "0501500")) ok = bad(c, p + "/code", v189, rule$41, true) && ok;
    const v190 = o188["docs"];
    if (!(v190 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v190, rule$12, true) && ok;
    const v191 = o188["errors"];
    if (v191 !== void 0) {
      if (!Array.isArray(v191)) {
        ok = fail(c, p + "/errors", "array", v191);
      } else {
        for (let i192 = 0; i192 < v191.length; i192++) {
          const v193 = v191[i192];
          if (!checkErrorDetail(v193, p + "/errors/" + i192, c)) ok = false;
        }
      }
    }
    const v194 = o188["message"];
    if (!(typeof v194 === "string")) ok = bad(c, p + "/message", v194, rule$13, true) && ok;
    const v195 = o188["status"];
    if (!(v195 === 500)) ok = bad(c, p + "/status", v195, rule$33, true) && ok;
    const v196 = o188["title"];
    if (!(v196 === "Unknown")) ok = bad(c, p + "/title", v196, rule$34, true) && ok;
    const v197 = o188["trace"];
    if (v197 !== void 0 && !(typeof v197 === "string")) ok = bad(c, p + "/trace", v197, rule$13) && ok;
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
            if (!unknownProperty(c, p, k198, o188[k198])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o199 = v;
    const v200 = o199["createdAt"];
    if (!(typeof v200 === "string" && isDateTime(v200))) ok = bad(c, p + "/createdAt", v200, rule$2, true) && ok;
    const v201 = o199["deletedAt"];
    if (!(v201 === null || typeof v201 === "string" && isDateTime(v201))) ok = bad(c, p + "/deletedAt", v201, rule$0, true) && ok;
    const v202 = o199["events"];
    if (v202 === void 0) {
      ok = missing(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v202)) {
        ok = fail(c, p + "/events", "array", v202);
      } else if (v202.length < 1) {
        ok = fail(c, p + "/events", "array of at least 1 item", v202);
      } else {
        for (let i203 = 0; i203 < v202.length; i203++) {
          const v204 = v202[i203];
          if (!(v204 === "call.summary.completed")) ok = bad(c, p + "/events/" + i203, v204, rule$42) && ok;
        }
      }
    }
    const v205 = o199["id"];
    if (!(typeof v205 === "string" && pattern$4.test(v205))) ok = bad(c, p + "/id", v205, rule$43, true) && ok;
    const v206 = o199["key"];
    if (!(typeof v206 === "string")) ok = bad(c, p + "/key", v206, rule$13, true) && ok;
    const v207 = o199["label"];
    if (!(v207 === null || typeof v207 === "string")) ok = bad(c, p + "/label", v207, rule$1, true) && ok;
    const v208 = o199["orgId"];
    if (!(typeof v208 === "string" && pattern$5.test(v208))) ok = bad(c, p + "/orgId", v208, rule$44, true) && ok;
    const v209 = o199["resourceIds"];
    if (v209 === void 0) {
      ok = missing(c, p + "/resourceIds", "array or array");
    } else {
      const p210 = p + "/resourceIds";
      c.quiet++;
      const m211 = variant$212(v209, p210, c) ? 0 : variant$215(v209, p210, c) ? 1 : -1;
      c.quiet--;
      if (m211 === -1) {
        ok = fail(c, p + "/resourceIds", "array or array", v209);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m211 === 0) variant$212(v209, p210, c);
        if (m211 === 1) variant$215(v209, p210, c);
      }
    }
    const v218 = o199["status"];
    if (!(v218 === "enabled" || v218 === "disabled")) ok = bad(c, p + "/status", v218, rule$46, true) && ok;
    const v219 = o199["updatedAt"];
    if (!(typeof v219 === "string" && isDateTime(v219))) ok = bad(c, p + "/updatedAt", v219, rule$2, true) && ok;
    const v220 = o199["url"];
    if (!(typeof v220 === "string" && isUri(v220))) ok = bad(c, p + "/url", v220, rule$47, true) && ok;
    const v221 = o199["userId"];
    if (!(typeof v221 === "string" && pattern$1.test(v221))) ok = bad(c, p + "/userId", v221, rule$10, true) && ok;
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
            if (!unknownProperty(c, p, k222, o199[k222])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o223 = v;
    const v224 = o223["callId"];
    if (!(typeof v224 === "string")) ok = bad(c, p + "/callId", v224, rule$13, true) && ok;
    const v225 = o223["createdAt"];
    if (!(typeof v225 === "string" && isDateTime(v225))) ok = bad(c, p + "/createdAt", v225, rule$2, true) && ok;
    const v226 = o223["dialogue"];
    if (v226 === void 0) {
      ok = missing(c, p + "/dialogue", "array or null");
    } else {
      if (v226 !== null) {
        if (!Array.isArray(v226)) {
          ok = fail(c, p + "/dialogue", "array or null", v226);
        } else {
          for (let i227 = 0; i227 < v226.length; i227++) {
            const v228 = v226[i227];
            if (typeof v228 !== "object" || v228 === null || Array.isArray(v228)) {
              ok = fail(c, p + "/dialogue/" + i227, "object", v228);
            } else {
              const o229 = v228;
              const v230 = o229["content"];
              if (!(typeof v230 === "string")) ok = bad(c, p + "/dialogue/" + i227 + "/content", v230, rule$13, true) && ok;
              const v231 = o229["end"];
              if (!(typeof v231 === "number" && Number.isFinite(v231))) ok = bad(c, p + "/dialogue/" + i227 + "/end", v231, rule$48, true) && ok;
              const v232 = o229["identifier"];
              if (!(typeof v232 === "string")) ok = bad(c, p + "/dialogue/" + i227 + "/identifier", v232, rule$13, true) && ok;
              const v233 = o229["start"];
              if (!(typeof v233 === "number" && Number.isFinite(v233))) ok = bad(c, p + "/dialogue/" + i227 + "/start", v233, rule$48, true) && ok;
              const v234 = o229["userId"];
              if (!(v234 === null || typeof v234 === "string" && pattern$1.test(v234))) ok = bad(c, p + "/dialogue/" + i227 + "/userId", v234, rule$49, true) && ok;
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
                      if (!unknownProperty(c, p + "/dialogue/" + i227, k235, o229[k235])) ok = false;
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
    if (!(typeof v236 === "number" && Number.isFinite(v236))) ok = bad(c, p + "/duration", v236, rule$48, true) && ok;
    const v237 = o223["status"];
    if (!(v237 === "absent" || v237 === "in-progress" || v237 === "completed" || v237 === "failed")) ok = bad(c, p + "/status", v237, rule$36, true) && ok;
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
            if (!unknownProperty(c, p, k238, o223[k238])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o239 = v;
    const v240 = o239["code"];
    if (!(v240 === "0600400")) ok = bad(c, p + "/code", v240, rule$50, true) && ok;
    const v241 = o239["docs"];
    if (!(v241 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v241, rule$12, true) && ok;
    const v242 = o239["errors"];
    if (v242 !== void 0) {
      if (!Array.isArray(v242)) {
        ok = fail(c, p + "/errors", "array", v242);
      } else {
        for (let i243 = 0; i243 < v242.length; i243++) {
          const v244 = v242[i243];
          if (!checkErrorDetail(v244, p + "/errors/" + i243, c)) ok = false;
        }
      }
    }
    const v245 = o239["message"];
    if (!(typeof v245 === "string")) ok = bad(c, p + "/message", v245, rule$13, true) && ok;
    const v246 = o239["status"];
    if (!(v246 === 400)) ok = bad(c, p + "/status", v246, rule$14, true) && ok;
    const v247 = o239["title"];
    if (!(v247 === "Bad Request")) ok = bad(c, p + "/title", v247, rule$15, true) && ok;
    const v248 = o239["trace"];
    if (v248 !== void 0 && !(typeof v248 === "string")) ok = bad(c, p + "/trace", v248, rule$13) && ok;
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
            if (!unknownProperty(c, p, k249, o239[k249])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o250 = v;
    const v251 = o250["code"];
    if (!(v251 === "0600403")) ok = bad(c, p + "/code", v251, rule$51, true) && ok;
    const v252 = o250["docs"];
    if (!(v252 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v252, rule$12, true) && ok;
    const v253 = o250["errors"];
    if (v253 !== void 0) {
      if (!Array.isArray(v253)) {
        ok = fail(c, p + "/errors", "array", v253);
      } else {
        for (let i254 = 0; i254 < v253.length; i254++) {
          const v255 = v253[i254];
          if (!checkErrorDetail(v255, p + "/errors/" + i254, c)) ok = false;
        }
      }
    }
    const v256 = o250["message"];
    if (!(typeof v256 === "string")) ok = bad(c, p + "/message", v256, rule$13, true) && ok;
    const v257 = o250["status"];
    if (!(v257 === 403)) ok = bad(c, p + "/status", v257, rule$21, true) && ok;
    const v258 = o250["title"];
    if (!(v258 === "Forbidden")) ok = bad(c, p + "/title", v258, rule$27, true) && ok;
    const v259 = o250["trace"];
    if (v259 !== void 0 && !(typeof v259 === "string")) ok = bad(c, p + "/trace", v259, rule$13) && ok;
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
            if (!unknownProperty(c, p, k260, o250[k260])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o261 = v;
    const v262 = o261["code"];
    if (!(v262 === "0600404")) ok = bad(c, p + "/code", v262, rule$52, true) && ok;
    const v263 = o261["docs"];
    if (!(v263 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v263, rule$12, true) && ok;
    const v264 = o261["errors"];
    if (v264 !== void 0) {
      if (!Array.isArray(v264)) {
        ok = fail(c, p + "/errors", "array", v264);
      } else {
        for (let i265 = 0; i265 < v264.length; i265++) {
          const v266 = v264[i265];
          if (!checkErrorDetail(v266, p + "/errors/" + i265, c)) ok = false;
        }
      }
    }
    const v267 = o261["message"];
    if (!(typeof v267 === "string")) ok = bad(c, p + "/message", v267, rule$13, true) && ok;
    const v268 = o261["status"];
    if (!(v268 === 404)) ok = bad(c, p + "/status", v268, rule$17, true) && ok;
    const v269 = o261["title"];
    if (!(v269 === "Not Found")) ok = bad(c, p + "/title", v269, rule$18, true) && ok;
    const v270 = o261["trace"];
    if (v270 !== void 0 && !(typeof v270 === "string")) ok = bad(c, p + "/trace", v270, rule$13) && ok;
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
            if (!unknownProperty(c, p, k271, o261[k271])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o272 = v;
    const v273 = o272["code"];
    if (!(v273 === "0600401")) ok = bad(c, p + "/code", v273, rule$53, true) && ok;
    const v274 = o272["docs"];
    if (!(v274 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v274, rule$12, true) && ok;
    const v275 = o272["errors"];
    if (v275 !== void 0) {
      if (!Array.isArray(v275)) {
        ok = fail(c, p + "/errors", "array", v275);
      } else {
        for (let i276 = 0; i276 < v275.length; i276++) {
          const v277 = v275[i276];
          if (!checkErrorDetail(v277, p + "/errors/" + i276, c)) ok = false;
        }
      }
    }
    const v278 = o272["message"];
    if (!(typeof v278 === "string")) ok = bad(c, p + "/message", v278, rule$13, true) && ok;
    const v279 = o272["status"];
    if (!(v279 === 401)) ok = bad(c, p + "/status", v279, rule$30, true) && ok;
    const v280 = o272["title"];
    if (!(v280 === "Unauthorized")) ok = bad(c, p + "/title", v280, rule$31, true) && ok;
    const v281 = o272["trace"];
    if (v281 !== void 0 && !(typeof v281 === "string")) ok = bad(c, p + "/trace", v281, rule$13) && ok;
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
            if (!unknownProperty(c, p, k282, o272[k282])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o283 = v;
    const v284 = o283["code"];
    if (!(v284 === "0601500")) ok = bad(c, p + "/code", v284, rule$54, true) && ok;
    const v285 = o283["docs"];
    if (!(v285 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v285, rule$12, true) && ok;
    const v286 = o283["errors"];
    if (v286 !== void 0) {
      if (!Array.isArray(v286)) {
        ok = fail(c, p + "/errors", "array", v286);
      } else {
        for (let i287 = 0; i287 < v286.length; i287++) {
          const v288 = v286[i287];
          if (!checkErrorDetail(v288, p + "/errors/" + i287, c)) ok = false;
        }
      }
    }
    const v289 = o283["message"];
    if (!(typeof v289 === "string")) ok = bad(c, p + "/message", v289, rule$13, true) && ok;
    const v290 = o283["status"];
    if (!(v290 === 500)) ok = bad(c, p + "/status", v290, rule$33, true) && ok;
    const v291 = o283["title"];
    if (!(v291 === "Unknown")) ok = bad(c, p + "/title", v291, rule$34, true) && ok;
    const v292 = o283["trace"];
    if (v292 !== void 0 && !(typeof v292 === "string")) ok = bad(c, p + "/trace", v292, rule$13) && ok;
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
            if (!unknownProperty(c, p, k293, o283[k293])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o294 = v;
    const v295 = o294["createdAt"];
    if (!(typeof v295 === "string" && isDateTime(v295))) ok = bad(c, p + "/createdAt", v295, rule$2, true) && ok;
    const v296 = o294["deletedAt"];
    if (!(v296 === null || typeof v296 === "string" && isDateTime(v296))) ok = bad(c, p + "/deletedAt", v296, rule$0, true) && ok;
    const v297 = o294["events"];
    if (v297 === void 0) {
      ok = missing(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v297)) {
        ok = fail(c, p + "/events", "array", v297);
      } else if (v297.length < 1) {
        ok = fail(c, p + "/events", "array of at least 1 item", v297);
      } else {
        for (let i298 = 0; i298 < v297.length; i298++) {
          const v299 = v297[i298];
          if (!(v299 === "call.transcript.completed")) ok = bad(c, p + "/events/" + i298, v299, rule$55) && ok;
        }
      }
    }
    const v300 = o294["id"];
    if (!(typeof v300 === "string" && pattern$4.test(v300))) ok = bad(c, p + "/id", v300, rule$43, true) && ok;
    const v301 = o294["key"];
    if (!(typeof v301 === "string")) ok = bad(c, p + "/key", v301, rule$13, true) && ok;
    const v302 = o294["label"];
    if (!(v302 === null || typeof v302 === "string")) ok = bad(c, p + "/label", v302, rule$1, true) && ok;
    const v303 = o294["orgId"];
    if (!(typeof v303 === "string" && pattern$5.test(v303))) ok = bad(c, p + "/orgId", v303, rule$44, true) && ok;
    const v304 = o294["resourceIds"];
    if (v304 === void 0) {
      ok = missing(c, p + "/resourceIds", "array or array");
    } else {
      const p305 = p + "/resourceIds";
      c.quiet++;
      const m306 = variant$307(v304, p305, c) ? 0 : variant$310(v304, p305, c) ? 1 : -1;
      c.quiet--;
      if (m306 === -1) {
        ok = fail(c, p + "/resourceIds", "array or array", v304);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m306 === 0) variant$307(v304, p305, c);
        if (m306 === 1) variant$310(v304, p305, c);
      }
    }
    const v313 = o294["status"];
    if (!(v313 === "enabled" || v313 === "disabled")) ok = bad(c, p + "/status", v313, rule$46, true) && ok;
    const v314 = o294["updatedAt"];
    if (!(typeof v314 === "string" && isDateTime(v314))) ok = bad(c, p + "/updatedAt", v314, rule$2, true) && ok;
    const v315 = o294["url"];
    if (!(typeof v315 === "string" && isUri(v315))) ok = bad(c, p + "/url", v315, rule$47, true) && ok;
    const v316 = o294["userId"];
    if (!(typeof v316 === "string" && pattern$1.test(v316))) ok = bad(c, p + "/userId", v316, rule$10, true) && ok;
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
            if (!unknownProperty(c, p, k317, o294[k317])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o318 = v;
    const v319 = o318["code"];
    if (!(v319 === "0100401")) ok = bad(c, p + "/code", v319, rule$56, true) && ok;
    const v320 = o318["docs"];
    if (!(v320 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v320, rule$12, true) && ok;
    const v321 = o318["errors"];
    if (v321 !== void 0) {
      if (!Array.isArray(v321)) {
        ok = fail(c, p + "/errors", "array", v321);
      } else {
        for (let i322 = 0; i322 < v321.length; i322++) {
          const v323 = v321[i322];
          if (!checkErrorDetail(v323, p + "/errors/" + i322, c)) ok = false;
        }
      }
    }
    const v324 = o318["message"];
    if (!(typeof v324 === "string")) ok = bad(c, p + "/message", v324, rule$13, true) && ok;
    const v325 = o318["status"];
    if (!(v325 === 401)) ok = bad(c, p + "/status", v325, rule$30, true) && ok;
    const v326 = o318["title"];
    if (!(v326 === "Unauthorized")) ok = bad(c, p + "/title", v326, rule$31, true) && ok;
    const v327 = o318["trace"];
    if (v327 !== void 0 && !(typeof v327 === "string")) ok = bad(c, p + "/trace", v327, rule$13) && ok;
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
            if (!unknownProperty(c, p, k328, o318[k328])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o329 = v;
    const v330 = o329["code"];
    if (!(v330 === "0101500")) ok = bad(c, p + "/code", v330, rule$57, true) && ok;
    const v331 = o329["docs"];
    if (!(v331 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v331, rule$12, true) && ok;
    const v332 = o329["errors"];
    if (v332 !== void 0) {
      if (!Array.isArray(v332)) {
        ok = fail(c, p + "/errors", "array", v332);
      } else {
        for (let i333 = 0; i333 < v332.length; i333++) {
          const v334 = v332[i333];
          if (!checkErrorDetail(v334, p + "/errors/" + i333, c)) ok = false;
        }
      }
    }
    const v335 = o329["message"];
    if (!(typeof v335 === "string")) ok = bad(c, p + "/message", v335, rule$13, true) && ok;
    const v336 = o329["status"];
    if (!(v336 === 500)) ok = bad(c, p + "/status", v336, rule$33, true) && ok;
    const v337 = o329["title"];
    if (!(v337 === "Unknown")) ok = bad(c, p + "/title", v337, rule$34, true) && ok;
    const v338 = o329["trace"];
    if (v338 !== void 0 && !(typeof v338 === "string")) ok = bad(c, p + "/trace", v338, rule$13) && ok;
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
            if (!unknownProperty(c, p, k339, o329[k339])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o340 = v;
    const v341 = o340["createdAt"];
    if (!(typeof v341 === "string" && isDateTime(v341))) ok = bad(c, p + "/createdAt", v341, rule$2, true) && ok;
    const v342 = o340["deletedAt"];
    if (!(v342 === null || typeof v342 === "string" && isDateTime(v342))) ok = bad(c, p + "/deletedAt", v342, rule$0, true) && ok;
    const v343 = o340["events"];
    if (v343 === void 0) {
      ok = missing(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v343)) {
        ok = fail(c, p + "/events", "array", v343);
      } else {
        for (let i344 = 0; i344 < v343.length; i344++) {
          const v345 = v343[i344];
          if (!(v345 === "call.completed" || v345 === "call.ringing" || v345 === "call.recording.completed")) ok = bad(c, p + "/events/" + i344, v345, rule$58) && ok;
        }
      }
    }
    const v346 = o340["id"];
    if (!(typeof v346 === "string" && pattern$4.test(v346))) ok = bad(c, p + "/id", v346, rule$43, true) && ok;
    const v347 = o340["key"];
    if (!(typeof v347 === "string")) ok = bad(c, p + "/key", v347, rule$13, true) && ok;
    const v348 = o340["label"];
    if (!(v348 === null || typeof v348 === "string")) ok = bad(c, p + "/label", v348, rule$1, true) && ok;
    const v349 = o340["orgId"];
    if (!(typeof v349 === "string" && pattern$5.test(v349))) ok = bad(c, p + "/orgId", v349, rule$44, true) && ok;
    const v350 = o340["resourceIds"];
    if (v350 === void 0) {
      ok = missing(c, p + "/resourceIds", "array or array");
    } else {
      const p351 = p + "/resourceIds";
      c.quiet++;
      const m352 = variant$353(v350, p351, c) ? 0 : variant$356(v350, p351, c) ? 1 : -1;
      c.quiet--;
      if (m352 === -1) {
        ok = fail(c, p + "/resourceIds", "array or array", v350);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m352 === 0) variant$353(v350, p351, c);
        if (m352 === 1) variant$356(v350, p351, c);
      }
    }
    const v359 = o340["status"];
    if (!(v359 === "enabled" || v359 === "disabled")) ok = bad(c, p + "/status", v359, rule$46, true) && ok;
    const v360 = o340["updatedAt"];
    if (!(typeof v360 === "string" && isDateTime(v360))) ok = bad(c, p + "/updatedAt", v360, rule$2, true) && ok;
    const v361 = o340["url"];
    if (!(typeof v361 === "string" && isUri(v361))) ok = bad(c, p + "/url", v361, rule$47, true) && ok;
    const v362 = o340["userId"];
    if (!(typeof v362 === "string" && pattern$1.test(v362))) ok = bad(c, p + "/userId", v362, rule$10, true) && ok;
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
            if (!unknownProperty(c, p, k363, o340[k363])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o364 = v;
    const v365 = o364["CA"];
    if (!(v365 === "restricted" || v365 === "unrestricted")) ok = bad(c, p + "/CA", v365, rule$59, true) && ok;
    const v366 = o364["Intl"];
    if (!(v366 === "restricted" || v366 === "unrestricted")) ok = bad(c, p + "/Intl", v366, rule$59, true) && ok;
    const v367 = o364["US"];
    if (!(v367 === "restricted" || v367 === "unrestricted")) ok = bad(c, p + "/US", v367, rule$59, true) && ok;
    if (c.scan) {
      for (const k368 in o364) {
        switch (k368) {
          case "CA":
          case "Intl":
          case "US":
            break;
          default: {
            if (!unknownProperty(c, p, k368, o364[k368])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o369 = v;
    const v370 = o369["createdAt"];
    if (!(typeof v370 === "string" && isDateTime(v370))) ok = bad(c, p + "/createdAt", v370, rule$2, true) && ok;
    const v371 = o369["createdByUserId"];
    if (!(typeof v371 === "string" && pattern$1.test(v371))) ok = bad(c, p + "/createdByUserId", v371, rule$10, true) && ok;
    const v372 = o369["customFields"];
    if (v372 === void 0) {
      ok = missing(c, p + "/customFields", "array");
    } else {
      if (!Array.isArray(v372)) {
        ok = fail(c, p + "/customFields", "array", v372);
      } else {
        for (let i373 = 0; i373 < v372.length; i373++) {
          const v374 = v372[i373];
          if (typeof v374 !== "object" || v374 === null || Array.isArray(v374)) {
            ok = fail(c, p + "/customFields/" + i373, "object", v374);
          } else {
            const o375 = v374;
            const v376 = o375["id"];
            if (v376 !== void 0 && !(typeof v376 === "string")) ok = bad(c, p + "/customFields/" + i373 + "/id", v376, rule$13) && ok;
            const v377 = o375["key"];
            if (v377 !== void 0 && !(typeof v377 === "string")) ok = bad(c, p + "/customFields/" + i373 + "/key", v377, rule$13) && ok;
            const v378 = o375["name"];
            if (!(typeof v378 === "string")) ok = bad(c, p + "/customFields/" + i373 + "/name", v378, rule$13, true) && ok;
          }
          const p380 = p + "/customFields/" + i373;
          c.quiet++;
          const m381 = variant$382(v374, p380, c) ? 0 : variant$389(v374, p380, c) ? 1 : variant$394(v374, p380, c) ? 2 : variant$399(v374, p380, c) ? 3 : variant$404(v374, p380, c) ? 4 : -1;
          c.quiet--;
          if (m381 === -1) {
            ok = fail(c, p + "/customFields/" + i373, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v374);
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
                    if (!unknownProperty(c, p + "/customFields/" + i373, k410, o409[k410])) ok = false;
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
      ok = missing(c, p + "/defaultFields", "DefaultFields");
    } else {
      if (!checkDefaultFields(v411, p + "/defaultFields", c)) ok = false;
    }
    const v412 = o369["externalId"];
    if (!(v412 === null || typeof v412 === "string" && v412.length > 0 && (v412.length <= 75 || codePoints(v412) <= 75))) ok = bad(c, p + "/externalId", v412, rule$67, true) && ok;
    const v413 = o369["id"];
    if (!(typeof v413 === "string")) ok = bad(c, p + "/id", v413, rule$13, true) && ok;
    const v414 = o369["source"];
    if (!(v414 === null || typeof v414 === "string" && v414.length > 0 && (v414.length <= 75 || codePoints(v414) <= 75))) ok = bad(c, p + "/source", v414, rule$67, true) && ok;
    const v415 = o369["sourceUrl"];
    if (!(v415 === null || typeof v415 === "string" && v415.length > 0 && (v415.length <= 200 || codePoints(v415) <= 200) && isUri(v415))) ok = bad(c, p + "/sourceUrl", v415, rule$68, true) && ok;
    const v416 = o369["updatedAt"];
    if (!(typeof v416 === "string" && isDateTime(v416))) ok = bad(c, p + "/updatedAt", v416, rule$2, true) && ok;
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
            if (!unknownProperty(c, p, k417, o369[k417])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o418 = v;
    const v419 = o418["code"];
    if (!(v419 === "0800409")) ok = bad(c, p + "/code", v419, rule$69, true) && ok;
    const v420 = o418["docs"];
    if (!(v420 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v420, rule$12, true) && ok;
    const v421 = o418["errors"];
    if (v421 !== void 0) {
      if (!Array.isArray(v421)) {
        ok = fail(c, p + "/errors", "array", v421);
      } else {
        for (let i422 = 0; i422 < v421.length; i422++) {
          const v423 = v421[i422];
          if (!checkErrorDetail(v423, p + "/errors/" + i422, c)) ok = false;
        }
      }
    }
    const v424 = o418["message"];
    if (!(typeof v424 === "string")) ok = bad(c, p + "/message", v424, rule$13, true) && ok;
    const v425 = o418["status"];
    if (!(v425 === 409)) ok = bad(c, p + "/status", v425, rule$70, true) && ok;
    const v426 = o418["title"];
    if (!(v426 === "Conflict")) ok = bad(c, p + "/title", v426, rule$71, true) && ok;
    const v427 = o418["trace"];
    if (v427 !== void 0 && !(typeof v427 === "string")) ok = bad(c, p + "/trace", v427, rule$13) && ok;
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
            if (!unknownProperty(c, p, k428, o418[k428])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o429 = v;
    const v430 = o429["key"];
    if (!(typeof v430 === "string")) ok = bad(c, p + "/key", v430, rule$13, true) && ok;
    const v431 = o429["name"];
    if (!(typeof v431 === "string")) ok = bad(c, p + "/name", v431, rule$13, true) && ok;
    const v432 = o429["type"];
    if (!enum$2.has(v432)) ok = bad(c, p + "/type", v432, rule$72, true) && ok;
    if (c.scan) {
      for (const k433 in o429) {
        switch (k433) {
          case "key":
          case "name":
          case "type":
            break;
          default: {
            if (!unknownProperty(c, p, k433, o429[k433])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o434 = v;
    const v435 = o434["code"];
    if (!(v435 === "0700400")) ok = bad(c, p + "/code", v435, rule$73, true) && ok;
    const v436 = o434["docs"];
    if (!(v436 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v436, rule$12, true) && ok;
    const v437 = o434["errors"];
    if (v437 !== void 0) {
      if (!Array.isArray(v437)) {
        ok = fail(c, p + "/errors", "array", v437);
      } else {
        for (let i438 = 0; i438 < v437.length; i438++) {
          const v439 = v437[i438];
          if (!checkErrorDetail(v439, p + "/errors/" + i438, c)) ok = false;
        }
      }
    }
    const v440 = o434["message"];
    if (!(typeof v440 === "string")) ok = bad(c, p + "/message", v440, rule$13, true) && ok;
    const v441 = o434["status"];
    if (!(v441 === 400)) ok = bad(c, p + "/status", v441, rule$14, true) && ok;
    const v442 = o434["title"];
    if (!(v442 === "Bad Request")) ok = bad(c, p + "/title", v442, rule$15, true) && ok;
    const v443 = o434["trace"];
    if (v443 !== void 0 && !(typeof v443 === "string")) ok = bad(c, p + "/trace", v443, rule$13) && ok;
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
            if (!unknownProperty(c, p, k444, o434[k444])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o445 = v;
    const v446 = o445["code"];
    if (!(v446 === "0700403")) ok = bad(c, p + "/code", v446, rule$74, true) && ok;
    const v447 = o445["docs"];
    if (!(v447 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v447, rule$12, true) && ok;
    const v448 = o445["errors"];
    if (v448 !== void 0) {
      if (!Array.isArray(v448)) {
        ok = fail(c, p + "/errors", "array", v448);
      } else {
        for (let i449 = 0; i449 < v448.length; i449++) {
          const v450 = v448[i449];
          if (!checkErrorDetail(v450, p + "/errors/" + i449, c)) ok = false;
        }
      }
    }
    const v451 = o445["message"];
    if (!(typeof v451 === "string")) ok = bad(c, p + "/message", v451, rule$13, true) && ok;
    const v452 = o445["status"];
    if (!(v452 === 403)) ok = bad(c, p + "/status", v452, rule$21, true) && ok;
    const v453 = o445["title"];
    if (!(v453 === "Forbidden")) ok = bad(c, p + "/title", v453, rule$27, true) && ok;
    const v454 = o445["trace"];
    if (v454 !== void 0 && !(typeof v454 === "string")) ok = bad(c, p + "/trace", v454, rule$13) && ok;
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
            if (!unknownProperty(c, p, k455, o445[k455])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o456 = v;
    const v457 = o456["code"];
    if (!(v457 === "0700404")) ok = bad(c, p + "/code", v457, rule$75, true) && ok;
    const v458 = o456["docs"];
    if (!(v458 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v458, rule$12, true) && ok;
    const v459 = o456["errors"];
    if (v459 !== void 0) {
      if (!Array.isArray(v459)) {
        ok = fail(c, p + "/errors", "array", v459);
      } else {
        for (let i460 = 0; i460 < v459.length; i460++) {
          const v461 = v459[i460];
          if (!checkErrorDetail(v461, p + "/errors/" + i460, c)) ok = false;
        }
      }
    }
    const v462 = o456["message"];
    if (!(typeof v462 === "string")) ok = bad(c, p + "/message", v462, rule$13, true) && ok;
    const v463 = o456["status"];
    if (!(v463 === 404)) ok = bad(c, p + "/status", v463, rule$17, true) && ok;
    const v464 = o456["title"];
    if (!(v464 === "Not Found")) ok = bad(c, p + "/title", v464, rule$18, true) && ok;
    const v465 = o456["trace"];
    if (v465 !== void 0 && !(typeof v465 === "string")) ok = bad(c, p + "/trace", v465, rule$13) && ok;
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
            if (!unknownProperty(c, p, k466, o456[k466])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o467 = v;
    const v468 = o467["code"];
    if (!(v468 === "0700401")) ok = bad(c, p + "/code", v468, rule$76, true) && ok;
    const v469 = o467["docs"];
    if (!(v469 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v469, rule$12, true) && ok;
    const v470 = o467["errors"];
    if (v470 !== void 0) {
      if (!Array.isArray(v470)) {
        ok = fail(c, p + "/errors", "array", v470);
      } else {
        for (let i471 = 0; i471 < v470.length; i471++) {
          const v472 = v470[i471];
          if (!checkErrorDetail(v472, p + "/errors/" + i471, c)) ok = false;
        }
      }
    }
    const v473 = o467["message"];
    if (!(typeof v473 === "string")) ok = bad(c, p + "/message", v473, rule$13, true) && ok;
    const v474 = o467["status"];
    if (!(v474 === 401)) ok = bad(c, p + "/status", v474, rule$30, true) && ok;
    const v475 = o467["title"];
    if (!(v475 === "Unauthorized")) ok = bad(c, p + "/title", v475, rule$31, true) && ok;
    const v476 = o467["trace"];
    if (v476 !== void 0 && !(typeof v476 === "string")) ok = bad(c, p + "/trace", v476, rule$13) && ok;
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
            if (!unknownProperty(c, p, k477, o467[k477])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o478 = v;
    const v479 = o478["code"];
    if (!(v479 === "0701500")) ok = bad(c, p + "/code", v479, rule$77, true) && ok;
    const v480 = o478["docs"];
    if (!(v480 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v480, rule$12, true) && ok;
    const v481 = o478["errors"];
    if (v481 !== void 0) {
      if (!Array.isArray(v481)) {
        ok = fail(c, p + "/errors", "array", v481);
      } else {
        for (let i482 = 0; i482 < v481.length; i482++) {
          const v483 = v481[i482];
          if (!checkErrorDetail(v483, p + "/errors/" + i482, c)) ok = false;
        }
      }
    }
    const v484 = o478["message"];
    if (!(typeof v484 === "string")) ok = bad(c, p + "/message", v484, rule$13, true) && ok;
    const v485 = o478["status"];
    if (!(v485 === 500)) ok = bad(c, p + "/status", v485, rule$33, true) && ok;
    const v486 = o478["title"];
    if (!(v486 === "Unknown")) ok = bad(c, p + "/title", v486, rule$34, true) && ok;
    const v487 = o478["trace"];
    if (v487 !== void 0 && !(typeof v487 === "string")) ok = bad(c, p + "/trace", v487, rule$13) && ok;
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
            if (!unknownProperty(c, p, k488, o478[k488])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o489 = v;
    const v490 = o489["code"];
    if (!(v490 === "0801400")) ok = bad(c, p + "/code", v490, rule$78, true) && ok;
    const v491 = o489["description"];
    if (!(v491 === "Invalid Custom Field Item")) ok = bad(c, p + "/description", v491, rule$79, true) && ok;
    const v492 = o489["docs"];
    if (!(v492 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v492, rule$12, true) && ok;
    const v493 = o489["errors"];
    if (v493 !== void 0) {
      if (!Array.isArray(v493)) {
        ok = fail(c, p + "/errors", "array", v493);
      } else {
        for (let i494 = 0; i494 < v493.length; i494++) {
          const v495 = v493[i494];
          if (!checkErrorDetail(v495, p + "/errors/" + i494, c)) ok = false;
        }
      }
    }
    const v496 = o489["message"];
    if (!(typeof v496 === "string")) ok = bad(c, p + "/message", v496, rule$13, true) && ok;
    const v497 = o489["status"];
    if (!(v497 === 400)) ok = bad(c, p + "/status", v497, rule$14, true) && ok;
    const v498 = o489["title"];
    if (!(v498 === "Invalid Custom Field Item")) ok = bad(c, p + "/title", v498, rule$79, true) && ok;
    const v499 = o489["trace"];
    if (v499 !== void 0 && !(typeof v499 === "string")) ok = bad(c, p + "/trace", v499, rule$13) && ok;
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
            if (!unknownProperty(c, p, k500, o489[k500])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o501 = v;
    const v502 = o501["code"];
    if (!(v502 === "0800404")) ok = bad(c, p + "/code", v502, rule$80, true) && ok;
    const v503 = o501["docs"];
    if (!(v503 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v503, rule$12, true) && ok;
    const v504 = o501["errors"];
    if (v504 !== void 0) {
      if (!Array.isArray(v504)) {
        ok = fail(c, p + "/errors", "array", v504);
      } else {
        for (let i505 = 0; i505 < v504.length; i505++) {
          const v506 = v504[i505];
          if (!checkErrorDetail(v506, p + "/errors/" + i505, c)) ok = false;
        }
      }
    }
    const v507 = o501["message"];
    if (!(typeof v507 === "string")) ok = bad(c, p + "/message", v507, rule$13, true) && ok;
    const v508 = o501["status"];
    if (!(v508 === 404)) ok = bad(c, p + "/status", v508, rule$17, true) && ok;
    const v509 = o501["title"];
    if (!(v509 === "Not Found")) ok = bad(c, p + "/title", v509, rule$18, true) && ok;
    const v510 = o501["trace"];
    if (v510 !== void 0 && !(typeof v510 === "string")) ok = bad(c, p + "/trace", v510, rule$13) && ok;
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
            if (!unknownProperty(c, p, k511, o501[k511])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o512 = v;
    const v513 = o512["code"];
    if (!(v513 === "0801403")) ok = bad(c, p + "/code", v513, rule$81, true) && ok;
    const v514 = o512["description"];
    if (!(v514 === "Not Phone Number User")) ok = bad(c, p + "/description", v514, rule$20, true) && ok;
    const v515 = o512["docs"];
    if (!(v515 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v515, rule$12, true) && ok;
    const v516 = o512["errors"];
    if (v516 !== void 0) {
      if (!Array.isArray(v516)) {
        ok = fail(c, p + "/errors", "array", v516);
      } else {
        for (let i517 = 0; i517 < v516.length; i517++) {
          const v518 = v516[i517];
          if (!checkErrorDetail(v518, p + "/errors/" + i517, c)) ok = false;
        }
      }
    }
    const v519 = o512["message"];
    if (!(typeof v519 === "string")) ok = bad(c, p + "/message", v519, rule$13, true) && ok;
    const v520 = o512["status"];
    if (!(v520 === 403)) ok = bad(c, p + "/status", v520, rule$21, true) && ok;
    const v521 = o512["title"];
    if (!(v521 === "Not Phone Number User")) ok = bad(c, p + "/title", v521, rule$20, true) && ok;
    const v522 = o512["trace"];
    if (v522 !== void 0 && !(typeof v522 === "string")) ok = bad(c, p + "/trace", v522, rule$13) && ok;
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
            if (!unknownProperty(c, p, k523, o512[k523])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o524 = v;
    const v525 = o524["code"];
    if (!(v525 === "0800401")) ok = bad(c, p + "/code", v525, rule$82, true) && ok;
    const v526 = o524["docs"];
    if (!(v526 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v526, rule$12, true) && ok;
    const v527 = o524["errors"];
    if (v527 !== void 0) {
      if (!Array.isArray(v527)) {
        ok = fail(c, p + "/errors", "array", v527);
      } else {
        for (let i528 = 0; i528 < v527.length; i528++) {
          const v529 = v527[i528];
          if (!checkErrorDetail(v529, p + "/errors/" + i528, c)) ok = false;
        }
      }
    }
    const v530 = o524["message"];
    if (!(typeof v530 === "string")) ok = bad(c, p + "/message", v530, rule$13, true) && ok;
    const v531 = o524["status"];
    if (!(v531 === 401)) ok = bad(c, p + "/status", v531, rule$30, true) && ok;
    const v532 = o524["title"];
    if (!(v532 === "Unauthorized")) ok = bad(c, p + "/title", v532, rule$31, true) && ok;
    const v533 = o524["trace"];
    if (v533 !== void 0 && !(typeof v533 === "string")) ok = bad(c, p + "/trace", v533, rule$13) && ok;
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
            if (!unknownProperty(c, p, k534, o524[k534])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o535 = v;
    const v536 = o535["code"];
    if (!(v536 === "0801500")) ok = bad(c, p + "/code", v536, rule$83, true) && ok;
    const v537 = o535["docs"];
    if (!(v537 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v537, rule$12, true) && ok;
    const v538 = o535["errors"];
    if (v538 !== void 0) {
      if (!Array.isArray(v538)) {
        ok = fail(c, p + "/errors", "array", v538);
      } else {
        for (let i539 = 0; i539 < v538.length; i539++) {
          const v540 = v538[i539];
          if (!checkErrorDetail(v540, p + "/errors/" + i539, c)) ok = false;
        }
      }
    }
    const v541 = o535["message"];
    if (!(typeof v541 === "string")) ok = bad(c, p + "/message", v541, rule$13, true) && ok;
    const v542 = o535["status"];
    if (!(v542 === 500)) ok = bad(c, p + "/status", v542, rule$33, true) && ok;
    const v543 = o535["title"];
    if (!(v543 === "Unknown")) ok = bad(c, p + "/title", v543, rule$34, true) && ok;
    const v544 = o535["trace"];
    if (v544 !== void 0 && !(typeof v544 === "string")) ok = bad(c, p + "/trace", v544, rule$13) && ok;
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
            if (!unknownProperty(c, p, k545, o535[k545])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o546 = v;
    const v547 = o546["assignedTo"];
    if (!(v547 === null || typeof v547 === "string")) ok = bad(c, p + "/assignedTo", v547, rule$1, true) && ok;
    const v548 = o546["createdAt"];
    if (!(v548 === null || typeof v548 === "string" && isDateTime(v548))) ok = bad(c, p + "/createdAt", v548, rule$0, true) && ok;
    const v549 = o546["deletedAt"];
    if (!(v549 === null || typeof v549 === "string" && isDateTime(v549))) ok = bad(c, p + "/deletedAt", v549, rule$0, true) && ok;
    const v550 = o546["id"];
    if (!(typeof v550 === "string" && pattern$6.test(v550))) ok = bad(c, p + "/id", v550, rule$84, true) && ok;
    const v551 = o546["lastActivityAt"];
    if (!(v551 === null || typeof v551 === "string" && isDateTime(v551))) ok = bad(c, p + "/lastActivityAt", v551, rule$0, true) && ok;
    const v552 = o546["lastActivityId"];
    if (!(v552 === null || typeof v552 === "string" && pattern$2.test(v552))) ok = bad(c, p + "/lastActivityId", v552, rule$85, true) && ok;
    const v553 = o546["mutedUntil"];
    if (!(v553 === null || typeof v553 === "string" && isDateTime(v553))) ok = bad(c, p + "/mutedUntil", v553, rule$0, true) && ok;
    const v554 = o546["name"];
    if (!(v554 === null || typeof v554 === "string")) ok = bad(c, p + "/name", v554, rule$1, true) && ok;
    const v555 = o546["participants"];
    if (v555 === void 0) {
      ok = missing(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v555)) {
        ok = fail(c, p + "/participants", "array", v555);
      } else {
        for (let i556 = 0; i556 < v555.length; i556++) {
          const v557 = v555[i556];
          if (!(typeof v557 === "string" && pattern$0.test(v557))) ok = bad(c, p + "/participants/" + i556, v557, rule$7) && ok;
        }
      }
    }
    const v558 = o546["phoneNumberId"];
    if (!(typeof v558 === "string" && pattern$3.test(v558))) ok = bad(c, p + "/phoneNumberId", v558, rule$8, true) && ok;
    const v559 = o546["snoozedUntil"];
    if (!(v559 === null || typeof v559 === "string" && isDateTime(v559))) ok = bad(c, p + "/snoozedUntil", v559, rule$0, true) && ok;
    const v560 = o546["updatedAt"];
    if (!(v560 === null || typeof v560 === "string" && isDateTime(v560))) ok = bad(c, p + "/updatedAt", v560, rule$0, true) && ok;
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
            if (!unknownProperty(c, p, k561, o546[k561])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o562 = v;
    const v563 = o562["code"];
    if (!(v563 === "1000400")) ok = bad(c, p + "/code", v563, rule$86, true) && ok;
    const v564 = o562["docs"];
    if (!(v564 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v564, rule$12, true) && ok;
    const v565 = o562["errors"];
    if (v565 !== void 0) {
      if (!Array.isArray(v565)) {
        ok = fail(c, p + "/errors", "array", v565);
      } else {
        for (let i566 = 0; i566 < v565.length; i566++) {
          const v567 = v565[i566];
          if (!checkErrorDetail(v567, p + "/errors/" + i566, c)) ok = false;
        }
      }
    }
    const v568 = o562["message"];
    if (!(typeof v568 === "string")) ok = bad(c, p + "/message", v568, rule$13, true) && ok;
    const v569 = o562["status"];
    if (!(v569 === 400)) ok = bad(c, p + "/status", v569, rule$14, true) && ok;
    const v570 = o562["title"];
    if (!(v570 === "Bad Request")) ok = bad(c, p + "/title", v570, rule$15, true) && ok;
    const v571 = o562["trace"];
    if (v571 !== void 0 && !(typeof v571 === "string")) ok = bad(c, p + "/trace", v571, rule$13) && ok;
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
            if (!unknownProperty(c, p, k572, o562[k572])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o573 = v;
    const v574 = o573["code"];
    if (!(v574 === "1000404")) ok = bad(c, p + "/code", v574, rule$87, true) && ok;
    const v575 = o573["docs"];
    if (!(v575 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v575, rule$12, true) && ok;
    const v576 = o573["errors"];
    if (v576 !== void 0) {
      if (!Array.isArray(v576)) {
        ok = fail(c, p + "/errors", "array", v576);
      } else {
        for (let i577 = 0; i577 < v576.length; i577++) {
          const v578 = v576[i577];
          if (!checkErrorDetail(v578, p + "/errors/" + i577, c)) ok = false;
        }
      }
    }
    const v579 = o573["message"];
    if (!(typeof v579 === "string")) ok = bad(c, p + "/message", v579, rule$13, true) && ok;
    const v580 = o573["status"];
    if (!(v580 === 404)) ok = bad(c, p + "/status", v580, rule$17, true) && ok;
    const v581 = o573["title"];
    if (!(v581 === "Not Found")) ok = bad(c, p + "/title", v581, rule$18, true) && ok;
    const v582 = o573["trace"];
    if (v582 !== void 0 && !(typeof v582 === "string")) ok = bad(c, p + "/trace", v582, rule$13) && ok;
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
            if (!unknownProperty(c, p, k583, o573[k583])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o584 = v;
    const v585 = o584["code"];
    if (!(v585 === "1001403")) ok = bad(c, p + "/code", v585, rule$88, true) && ok;
    const v586 = o584["description"];
    if (!(v586 === "Not Phone Number User")) ok = bad(c, p + "/description", v586, rule$20, true) && ok;
    const v587 = o584["docs"];
    if (!(v587 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v587, rule$12, true) && ok;
    const v588 = o584["errors"];
    if (v588 !== void 0) {
      if (!Array.isArray(v588)) {
        ok = fail(c, p + "/errors", "array", v588);
      } else {
        for (let i589 = 0; i589 < v588.length; i589++) {
          const v590 = v588[i589];
          if (!checkErrorDetail(v590, p + "/errors/" + i589, c)) ok = false;
        }
      }
    }
    const v591 = o584["message"];
    if (!(typeof v591 === "string")) ok = bad(c, p + "/message", v591, rule$13, true) && ok;
    const v592 = o584["status"];
    if (!(v592 === 403)) ok = bad(c, p + "/status", v592, rule$21, true) && ok;
    const v593 = o584["title"];
    if (!(v593 === "Not Phone Number User")) ok = bad(c, p + "/title", v593, rule$20, true) && ok;
    const v594 = o584["trace"];
    if (v594 !== void 0 && !(typeof v594 === "string")) ok = bad(c, p + "/trace", v594, rule$13) && ok;
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
            if (!unknownProperty(c, p, k595, o584[k595])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o596 = v;
    const v597 = o596["code"];
    if (!(v597 === "1000401")) ok = bad(c, p + "/code", v597, rule$89, true) && ok;
    const v598 = o596["docs"];
    if (!(v598 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v598, rule$12, true) && ok;
    const v599 = o596["errors"];
    if (v599 !== void 0) {
      if (!Array.isArray(v599)) {
        ok = fail(c, p + "/errors", "array", v599);
      } else {
        for (let i600 = 0; i600 < v599.length; i600++) {
          const v601 = v599[i600];
          if (!checkErrorDetail(v601, p + "/errors/" + i600, c)) ok = false;
        }
      }
    }
    const v602 = o596["message"];
    if (!(typeof v602 === "string")) ok = bad(c, p + "/message", v602, rule$13, true) && ok;
    const v603 = o596["status"];
    if (!(v603 === 401)) ok = bad(c, p + "/status", v603, rule$30, true) && ok;
    const v604 = o596["title"];
    if (!(v604 === "Unauthorized")) ok = bad(c, p + "/title", v604, rule$31, true) && ok;
    const v605 = o596["trace"];
    if (v605 !== void 0 && !(typeof v605 === "string")) ok = bad(c, p + "/trace", v605, rule$13) && ok;
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
            if (!unknownProperty(c, p, k606, o596[k606])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o607 = v;
    const v608 = o607["code"];
    if (!(v608 === "1001500")) ok = bad(c, p + "/code", v608, rule$90, true) && ok;
    const v609 = o607["docs"];
    if (!(v609 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v609, rule$12, true) && ok;
    const v610 = o607["errors"];
    if (v610 !== void 0) {
      if (!Array.isArray(v610)) {
        ok = fail(c, p + "/errors", "array", v610);
      } else {
        for (let i611 = 0; i611 < v610.length; i611++) {
          const v612 = v610[i611];
          if (!checkErrorDetail(v612, p + "/errors/" + i611, c)) ok = false;
        }
      }
    }
    const v613 = o607["message"];
    if (!(typeof v613 === "string")) ok = bad(c, p + "/message", v613, rule$13, true) && ok;
    const v614 = o607["status"];
    if (!(v614 === 500)) ok = bad(c, p + "/status", v614, rule$33, true) && ok;
    const v615 = o607["title"];
    if (!(v615 === "Unknown")) ok = bad(c, p + "/title", v615, rule$34, true) && ok;
    const v616 = o607["trace"];
    if (v616 !== void 0 && !(typeof v616 === "string")) ok = bad(c, p + "/trace", v616, rule$13) && ok;
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
            if (!unknownProperty(c, p, k617, o607[k617])) ok = false;
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
    ok = fail(c, p, "object with value or object with value or object with value or object with value or object with value", v);
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
    ok = fail(c, p, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v);
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
    ok = fail(c, p, "object", v);
  } else {
    const o671 = v;
    const v672 = o671["company"];
    if (!(v672 === null || typeof v672 === "string")) ok = bad(c, p + "/company", v672, rule$1, true) && ok;
    const v673 = o671["emails"];
    if (v673 === void 0) {
      ok = missing(c, p + "/emails", "array");
    } else {
      if (!Array.isArray(v673)) {
        ok = fail(c, p + "/emails", "array", v673);
      } else {
        for (let i674 = 0; i674 < v673.length; i674++) {
          const v675 = v673[i674];
          if (!checkEmail(v675, p + "/emails/" + i674, c)) ok = false;
        }
      }
    }
    const v676 = o671["firstName"];
    if (!(v676 === null || typeof v676 === "string")) ok = bad(c, p + "/firstName", v676, rule$1, true) && ok;
    const v677 = o671["lastName"];
    if (!(v677 === null || typeof v677 === "string")) ok = bad(c, p + "/lastName", v677, rule$1, true) && ok;
    const v678 = o671["phoneNumbers"];
    if (v678 === void 0) {
      ok = missing(c, p + "/phoneNumbers", "array");
    } else {
      if (!Array.isArray(v678)) {
        ok = fail(c, p + "/phoneNumbers", "array", v678);
      } else {
        for (let i679 = 0; i679 < v678.length; i679++) {
          const v680 = v678[i679];
          if (!checkEmail(v680, p + "/phoneNumbers/" + i679, c)) ok = false;
        }
      }
    }
    const v681 = o671["role"];
    if (!(v681 === null || typeof v681 === "string")) ok = bad(c, p + "/role", v681, rule$1, true) && ok;
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
            if (!unknownProperty(c, p, k682, o671[k682])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o683 = v;
    const v684 = o683["name"];
    if (!(typeof v684 === "string")) ok = bad(c, p + "/name", v684, rule$13, true) && ok;
    const v685 = o683["value"];
    if (!(v685 === null || typeof v685 === "string")) ok = bad(c, p + "/value", v685, rule$1, true) && ok;
    if (c.scan) {
      for (const k686 in o683) {
        switch (k686) {
          case "name":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k686, o683[k686])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o687 = v;
    const v688 = o687["id"];
    if (v688 !== void 0 && !(typeof v688 === "string")) ok = bad(c, p + "/id", v688, rule$13) && ok;
    const v689 = o687["name"];
    if (!(typeof v689 === "string")) ok = bad(c, p + "/name", v689, rule$13, true) && ok;
    const v690 = o687["value"];
    if (!(v690 === null || typeof v690 === "string")) ok = bad(c, p + "/value", v690, rule$1, true) && ok;
    if (c.scan) {
      for (const k691 in o687) {
        switch (k691) {
          case "id":
          case "name":
          case "value":
            break;
          default: {
            if (!unknownProperty(c, p, k691, o687[k691])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o692 = v;
    const v693 = o692["message"];
    if (!(typeof v693 === "string")) ok = bad(c, p + "/message", v693, rule$13, true) && ok;
    const v694 = o692["path"];
    if (!(typeof v694 === "string")) ok = bad(c, p + "/path", v694, rule$13, true) && ok;
    const v695 = o692["schema"];
    if (v695 === void 0) {
      ok = missing(c, p + "/schema", "object with type");
    } else {
      if (typeof v695 !== "object" || v695 === null || Array.isArray(v695)) {
        ok = fail(c, p + "/schema", "object", v695);
      } else {
        const o696 = v695;
        const v697 = o696["type"];
        if (!(typeof v697 === "string")) ok = bad(c, p + "/schema/type", v697, rule$13, true) && ok;
        if (c.scan) {
          for (const k698 in o696) {
            switch (k698) {
              case "type":
                break;
              default: {
                if (!unknownProperty(c, p + "/schema", k698, o696[k698])) ok = false;
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
            if (!unknownProperty(c, p, k700, o692[k700])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o701 = v;
    const v702 = o701["createdAt"];
    if (!(typeof v702 === "string" && isDateTime(v702))) ok = bad(c, p + "/createdAt", v702, rule$2, true) && ok;
    const v703 = o701["direction"];
    if (!(v703 === "incoming" || v703 === "outgoing")) ok = bad(c, p + "/direction", v703, rule$3, true) && ok;
    const v704 = o701["from"];
    if (!(typeof v704 === "string" && pattern$0.test(v704))) ok = bad(c, p + "/from", v704, rule$7, true) && ok;
    const v705 = o701["id"];
    if (!(typeof v705 === "string" && pattern$2.test(v705))) ok = bad(c, p + "/id", v705, rule$6, true) && ok;
    const v706 = o701["phoneNumberId"];
    if (!(v706 === null || typeof v706 === "string" && pattern$3.test(v706))) ok = bad(c, p + "/phoneNumberId", v706, rule$91, true) && ok;
    const v707 = o701["status"];
    if (!(v707 === "queued" || v707 === "sent" || v707 === "delivered" || v707 === "undelivered")) ok = bad(c, p + "/status", v707, rule$92, true) && ok;
    const v708 = o701["text"];
    if (!(typeof v708 === "string")) ok = bad(c, p + "/text", v708, rule$13, true) && ok;
    const v709 = o701["to"];
    if (v709 === void 0) {
      ok = missing(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v709)) {
        ok = fail(c, p + "/to", "array", v709);
      } else {
        for (let i710 = 0; i710 < v709.length; i710++) {
          const v711 = v709[i710];
          if (!(typeof v711 === "string" && pattern$0.test(v711))) ok = bad(c, p + "/to/" + i710, v711, rule$7) && ok;
        }
      }
    }
    const v712 = o701["updatedAt"];
    if (!(typeof v712 === "string" && isDateTime(v712))) ok = bad(c, p + "/updatedAt", v712, rule$2, true) && ok;
    const v713 = o701["userId"];
    if (!(v713 === null || typeof v713 === "string" && pattern$1.test(v713))) ok = bad(c, p + "/userId", v713, rule$49, true) && ok;
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
            if (!unknownProperty(c, p, k714, o701[k714])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o715 = v;
    const v716 = o715["code"];
    if (!(v716 === "0206400")) ok = bad(c, p + "/code", v716, rule$93, true) && ok;
    const v717 = o715["description"];
    if (!(v717 === "A2P Registration Not Approved")) ok = bad(c, p + "/description", v717, rule$94, true) && ok;
    const v718 = o715["docs"];
    if (!(v718 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v718, rule$12, true) && ok;
    const v719 = o715["errors"];
    if (v719 !== void 0) {
      if (!Array.isArray(v719)) {
        ok = fail(c, p + "/errors", "array", v719);
      } else {
        for (let i720 = 0; i720 < v719.length; i720++) {
          const v721 = v719[i720];
          if (!checkErrorDetail(v721, p + "/errors/" + i720, c)) ok = false;
        }
      }
    }
    const v722 = o715["message"];
    if (!(typeof v722 === "string")) ok = bad(c, p + "/message", v722, rule$13, true) && ok;
    const v723 = o715["status"];
    if (!(v723 === 400)) ok = bad(c, p + "/status", v723, rule$14, true) && ok;
    const v724 = o715["title"];
    if (!(v724 === "A2P Registration Not Approved")) ok = bad(c, p + "/title", v724, rule$94, true) && ok;
    const v725 = o715["trace"];
    if (v725 !== void 0 && !(typeof v725 === "string")) ok = bad(c, p + "/trace", v725, rule$13) && ok;
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
            if (!unknownProperty(c, p, k726, o715[k726])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o727 = v;
    const v728 = o727["code"];
    if (!(v728 === "0200402")) ok = bad(c, p + "/code", v728, rule$95, true) && ok;
    const v729 = o727["description"];
    if (!(v729 === "The organization does not have enough prepaid credits to send the message")) ok = bad(c, p + "/description", v729, rule$96, true) && ok;
    const v730 = o727["docs"];
    if (!(v730 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v730, rule$12, true) && ok;
    const v731 = o727["errors"];
    if (v731 !== void 0) {
      if (!Array.isArray(v731)) {
        ok = fail(c, p + "/errors", "array", v731);
      } else {
        for (let i732 = 0; i732 < v731.length; i732++) {
          const v733 = v731[i732];
          if (!checkErrorDetail(v733, p + "/errors/" + i732, c)) ok = false;
        }
      }
    }
    const v734 = o727["message"];
    if (!(typeof v734 === "string")) ok = bad(c, p + "/message", v734, rule$13, true) && ok;
    const v735 = o727["status"];
    if (!(v735 === 402)) ok = bad(c, p + "/status", v735, rule$97, true) && ok;
    const v736 = o727["title"];
    if (!(v736 === "Not Enough Credits")) ok = bad(c, p + "/title", v736, rule$98, true) && ok;
    const v737 = o727["trace"];
    if (v737 !== void 0 && !(typeof v737 === "string")) ok = bad(c, p + "/trace", v737, rule$13) && ok;
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
            if (!unknownProperty(c, p, k738, o727[k738])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o739 = v;
    const v740 = o739["code"];
    if (!(v740 === "0200404")) ok = bad(c, p + "/code", v740, rule$99, true) && ok;
    const v741 = o739["docs"];
    if (!(v741 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v741, rule$12, true) && ok;
    const v742 = o739["errors"];
    if (v742 !== void 0) {
      if (!Array.isArray(v742)) {
        ok = fail(c, p + "/errors", "array", v742);
      } else {
        for (let i743 = 0; i743 < v742.length; i743++) {
          const v744 = v742[i743];
          if (!checkErrorDetail(v744, p + "/errors/" + i743, c)) ok = false;
        }
      }
    }
    const v745 = o739["message"];
    if (!(typeof v745 === "string")) ok = bad(c, p + "/message", v745, rule$13, true) && ok;
    const v746 = o739["status"];
    if (!(v746 === 404)) ok = bad(c, p + "/status", v746, rule$17, true) && ok;
    const v747 = o739["title"];
    if (!(v747 === "Not Found")) ok = bad(c, p + "/title", v747, rule$18, true) && ok;
    const v748 = o739["trace"];
    if (v748 !== void 0 && !(typeof v748 === "string")) ok = bad(c, p + "/trace", v748, rule$13) && ok;
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
            if (!unknownProperty(c, p, k749, o739[k749])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o750 = v;
    const v751 = o750["code"];
    if (!(v751 === "0202403")) ok = bad(c, p + "/code", v751, rule$100, true) && ok;
    const v752 = o750["description"];
    if (!(v752 === "Not Phone Number User")) ok = bad(c, p + "/description", v752, rule$20, true) && ok;
    const v753 = o750["docs"];
    if (!(v753 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v753, rule$12, true) && ok;
    const v754 = o750["errors"];
    if (v754 !== void 0) {
      if (!Array.isArray(v754)) {
        ok = fail(c, p + "/errors", "array", v754);
      } else {
        for (let i755 = 0; i755 < v754.length; i755++) {
          const v756 = v754[i755];
          if (!checkErrorDetail(v756, p + "/errors/" + i755, c)) ok = false;
        }
      }
    }
    const v757 = o750["message"];
    if (!(typeof v757 === "string")) ok = bad(c, p + "/message", v757, rule$13, true) && ok;
    const v758 = o750["status"];
    if (!(v758 === 403)) ok = bad(c, p + "/status", v758, rule$21, true) && ok;
    const v759 = o750["title"];
    if (!(v759 === "Not Phone Number User")) ok = bad(c, p + "/title", v759, rule$20, true) && ok;
    const v760 = o750["trace"];
    if (v760 !== void 0 && !(typeof v760 === "string")) ok = bad(c, p + "/trace", v760, rule$13) && ok;
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
            if (!unknownProperty(c, p, k761, o750[k761])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o762 = v;
    const v763 = o762["code"];
    if (!(v763 === "0200401")) ok = bad(c, p + "/code", v763, rule$101, true) && ok;
    const v764 = o762["docs"];
    if (!(v764 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v764, rule$12, true) && ok;
    const v765 = o762["errors"];
    if (v765 !== void 0) {
      if (!Array.isArray(v765)) {
        ok = fail(c, p + "/errors", "array", v765);
      } else {
        for (let i766 = 0; i766 < v765.length; i766++) {
          const v767 = v765[i766];
          if (!checkErrorDetail(v767, p + "/errors/" + i766, c)) ok = false;
        }
      }
    }
    const v768 = o762["message"];
    if (!(typeof v768 === "string")) ok = bad(c, p + "/message", v768, rule$13, true) && ok;
    const v769 = o762["status"];
    if (!(v769 === 401)) ok = bad(c, p + "/status", v769, rule$30, true) && ok;
    const v770 = o762["title"];
    if (!(v770 === "Unauthorized")) ok = bad(c, p + "/title", v770, rule$31, true) && ok;
    const v771 = o762["trace"];
    if (v771 !== void 0 && !(typeof v771 === "string")) ok = bad(c, p + "/trace", v771, rule$13) && ok;
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
            if (!unknownProperty(c, p, k772, o762[k772])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o773 = v;
    const v774 = o773["code"];
    if (!(v774 === "0201500")) ok = bad(c, p + "/code", v774, rule$102, true) && ok;
    const v775 = o773["docs"];
    if (!(v775 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v775, rule$12, true) && ok;
    const v776 = o773["errors"];
    if (v776 !== void 0) {
      if (!Array.isArray(v776)) {
        ok = fail(c, p + "/errors", "array", v776);
      } else {
        for (let i777 = 0; i777 < v776.length; i777++) {
          const v778 = v776[i777];
          if (!checkErrorDetail(v778, p + "/errors/" + i777, c)) ok = false;
        }
      }
    }
    const v779 = o773["message"];
    if (!(typeof v779 === "string")) ok = bad(c, p + "/message", v779, rule$13, true) && ok;
    const v780 = o773["status"];
    if (!(v780 === 500)) ok = bad(c, p + "/status", v780, rule$33, true) && ok;
    const v781 = o773["title"];
    if (!(v781 === "Unknown")) ok = bad(c, p + "/title", v781, rule$34, true) && ok;
    const v782 = o773["trace"];
    if (v782 !== void 0 && !(typeof v782 === "string")) ok = bad(c, p + "/trace", v782, rule$13) && ok;
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
            if (!unknownProperty(c, p, k783, o773[k783])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o784 = v;
    const v785 = o784["createdAt"];
    if (!(typeof v785 === "string" && isDateTime(v785))) ok = bad(c, p + "/createdAt", v785, rule$2, true) && ok;
    const v786 = o784["deletedAt"];
    if (!(v786 === null || typeof v786 === "string" && isDateTime(v786))) ok = bad(c, p + "/deletedAt", v786, rule$0, true) && ok;
    const v787 = o784["events"];
    if (v787 === void 0) {
      ok = missing(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v787)) {
        ok = fail(c, p + "/events", "array", v787);
      } else {
        for (let i788 = 0; i788 < v787.length; i788++) {
          const v789 = v787[i788];
          if (!(v789 === "message.received" || v789 === "message.delivered")) ok = bad(c, p + "/events/" + i788, v789, rule$103) && ok;
        }
      }
    }
    const v790 = o784["id"];
    if (!(typeof v790 === "string" && pattern$4.test(v790))) ok = bad(c, p + "/id", v790, rule$43, true) && ok;
    const v791 = o784["key"];
    if (!(typeof v791 === "string")) ok = bad(c, p + "/key", v791, rule$13, true) && ok;
    const v792 = o784["label"];
    if (!(v792 === null || typeof v792 === "string")) ok = bad(c, p + "/label", v792, rule$1, true) && ok;
    const v793 = o784["orgId"];
    if (!(typeof v793 === "string" && pattern$5.test(v793))) ok = bad(c, p + "/orgId", v793, rule$44, true) && ok;
    const v794 = o784["resourceIds"];
    if (v794 === void 0) {
      ok = missing(c, p + "/resourceIds", "array or array");
    } else {
      const p795 = p + "/resourceIds";
      c.quiet++;
      const m796 = variant$797(v794, p795, c) ? 0 : variant$800(v794, p795, c) ? 1 : -1;
      c.quiet--;
      if (m796 === -1) {
        ok = fail(c, p + "/resourceIds", "array or array", v794);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m796 === 0) variant$797(v794, p795, c);
        if (m796 === 1) variant$800(v794, p795, c);
      }
    }
    const v803 = o784["status"];
    if (!(v803 === "enabled" || v803 === "disabled")) ok = bad(c, p + "/status", v803, rule$46, true) && ok;
    const v804 = o784["updatedAt"];
    if (!(typeof v804 === "string" && isDateTime(v804))) ok = bad(c, p + "/updatedAt", v804, rule$2, true) && ok;
    const v805 = o784["url"];
    if (!(typeof v805 === "string" && isUri(v805))) ok = bad(c, p + "/url", v805, rule$47, true) && ok;
    const v806 = o784["userId"];
    if (!(typeof v806 === "string" && pattern$1.test(v806))) ok = bad(c, p + "/userId", v806, rule$10, true) && ok;
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
            if (!unknownProperty(c, p, k807, o784[k807])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o808 = v;
    const v809 = o808["createdAt"];
    if (!(typeof v809 === "string")) ok = bad(c, p + "/createdAt", v809, rule$13, true) && ok;
    const v810 = o808["formattedNumber"];
    if (!(v810 === null || typeof v810 === "string")) ok = bad(c, p + "/formattedNumber", v810, rule$1, true) && ok;
    const v811 = o808["forward"];
    if (!(v811 === null || typeof v811 === "string")) ok = bad(c, p + "/forward", v811, rule$1, true) && ok;
    const v812 = o808["groupId"];
    if (!(typeof v812 === "string")) ok = bad(c, p + "/groupId", v812, rule$13, true) && ok;
    const v813 = o808["id"];
    if (!(typeof v813 === "string" && pattern$3.test(v813))) ok = bad(c, p + "/id", v813, rule$8, true) && ok;
    const v814 = o808["name"];
    if (!(typeof v814 === "string")) ok = bad(c, p + "/name", v814, rule$13, true) && ok;
    const v815 = o808["number"];
    if (!(typeof v815 === "string" && pattern$0.test(v815))) ok = bad(c, p + "/number", v815, rule$7, true) && ok;
    const v816 = o808["portRequestId"];
    if (!(v816 === null || typeof v816 === "string")) ok = bad(c, p + "/portRequestId", v816, rule$1, true) && ok;
    const v817 = o808["portingStatus"];
    if (!(v817 === null || typeof v817 === "string")) ok = bad(c, p + "/portingStatus", v817, rule$1, true) && ok;
    const v818 = o808["restrictions"];
    if (v818 === void 0) {
      ok = missing(c, p + "/restrictions", "object with calling, messaging");
    } else {
      if (typeof v818 !== "object" || v818 === null || Array.isArray(v818)) {
        ok = fail(c, p + "/restrictions", "object", v818);
      } else {
        const o819 = v818;
        const v820 = o819["calling"];
        if (v820 === void 0) {
          ok = missing(c, p + "/restrictions/calling", "Calling");
        } else {
          if (!checkCalling(v820, p + "/restrictions/calling", c)) ok = false;
        }
        const v821 = o819["messaging"];
        if (v821 === void 0) {
          ok = missing(c, p + "/restrictions/messaging", "Calling");
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
                if (!unknownProperty(c, p + "/restrictions", k822, o819[k822])) ok = false;
              }
            }
          }
        }
      }
    }
    const v823 = o808["symbol"];
    if (!(v823 === null || typeof v823 === "string")) ok = bad(c, p + "/symbol", v823, rule$1, true) && ok;
    const v824 = o808["updatedAt"];
    if (!(typeof v824 === "string")) ok = bad(c, p + "/updatedAt", v824, rule$13, true) && ok;
    const v825 = o808["users"];
    if (v825 === void 0) {
      ok = missing(c, p + "/users", "array");
    } else {
      if (!Array.isArray(v825)) {
        ok = fail(c, p + "/users", "array", v825);
      } else {
        for (let i826 = 0; i826 < v825.length; i826++) {
          const v827 = v825[i826];
          if (typeof v827 !== "object" || v827 === null || Array.isArray(v827)) {
            ok = fail(c, p + "/users/" + i826, "object", v827);
          } else {
            const o828 = v827;
            const v829 = o828["email"];
            if (!(typeof v829 === "string")) ok = bad(c, p + "/users/" + i826 + "/email", v829, rule$13, true) && ok;
            const v830 = o828["firstName"];
            if (!(v830 === null || typeof v830 === "string")) ok = bad(c, p + "/users/" + i826 + "/firstName", v830, rule$1, true) && ok;
            const v831 = o828["groupId"];
            if (!(typeof v831 === "string")) ok = bad(c, p + "/users/" + i826 + "/groupId", v831, rule$13, true) && ok;
            const v832 = o828["id"];
            if (!(typeof v832 === "string" && pattern$1.test(v832))) ok = bad(c, p + "/users/" + i826 + "/id", v832, rule$10, true) && ok;
            const v833 = o828["lastName"];
            if (!(v833 === null || typeof v833 === "string")) ok = bad(c, p + "/users/" + i826 + "/lastName", v833, rule$1, true) && ok;
            const v834 = o828["role"];
            if (!(typeof v834 === "string")) ok = bad(c, p + "/users/" + i826 + "/role", v834, rule$13, true) && ok;
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
                    if (!unknownProperty(c, p + "/users/" + i826, k835, o828[k835])) ok = false;
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
            if (!unknownProperty(c, p, k836, o808[k836])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o837 = v;
    const v838 = o837["code"];
    if (!(v838 === "0400400")) ok = bad(c, p + "/code", v838, rule$104, true) && ok;
    const v839 = o837["docs"];
    if (!(v839 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v839, rule$12, true) && ok;
    const v840 = o837["errors"];
    if (v840 !== void 0) {
      if (!Array.isArray(v840)) {
        ok = fail(c, p + "/errors", "array", v840);
      } else {
        for (let i841 = 0; i841 < v840.length; i841++) {
          const v842 = v840[i841];
          if (!checkErrorDetail(v842, p + "/errors/" + i841, c)) ok = false;
        }
      }
    }
    const v843 = o837["message"];
    if (!(typeof v843 === "string")) ok = bad(c, p + "/message", v843, rule$13, true) && ok;
    const v844 = o837["status"];
    if (!(v844 === 400)) ok = bad(c, p + "/status", v844, rule$14, true) && ok;
    const v845 = o837["title"];
    if (!(v845 === "Bad Request")) ok = bad(c, p + "/title", v845, rule$15, true) && ok;
    const v846 = o837["trace"];
    if (v846 !== void 0 && !(typeof v846 === "string")) ok = bad(c, p + "/trace", v846, rule$13) && ok;
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
            if (!unknownProperty(c, p, k847, o837[k847])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o848 = v;
    const v849 = o848["code"];
    if (!(v849 === "0400403")) ok = bad(c, p + "/code", v849, rule$105, true) && ok;
    const v850 = o848["docs"];
    if (!(v850 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v850, rule$12, true) && ok;
    const v851 = o848["errors"];
    if (v851 !== void 0) {
      if (!Array.isArray(v851)) {
        ok = fail(c, p + "/errors", "array", v851);
      } else {
        for (let i852 = 0; i852 < v851.length; i852++) {
          const v853 = v851[i852];
          if (!checkErrorDetail(v853, p + "/errors/" + i852, c)) ok = false;
        }
      }
    }
    const v854 = o848["message"];
    if (!(typeof v854 === "string")) ok = bad(c, p + "/message", v854, rule$13, true) && ok;
    const v855 = o848["status"];
    if (!(v855 === 403)) ok = bad(c, p + "/status", v855, rule$21, true) && ok;
    const v856 = o848["title"];
    if (!(v856 === "Forbidden")) ok = bad(c, p + "/title", v856, rule$27, true) && ok;
    const v857 = o848["trace"];
    if (v857 !== void 0 && !(typeof v857 === "string")) ok = bad(c, p + "/trace", v857, rule$13) && ok;
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
            if (!unknownProperty(c, p, k858, o848[k858])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o859 = v;
    const v860 = o859["code"];
    if (!(v860 === "0400404")) ok = bad(c, p + "/code", v860, rule$106, true) && ok;
    const v861 = o859["docs"];
    if (!(v861 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v861, rule$12, true) && ok;
    const v862 = o859["errors"];
    if (v862 !== void 0) {
      if (!Array.isArray(v862)) {
        ok = fail(c, p + "/errors", "array", v862);
      } else {
        for (let i863 = 0; i863 < v862.length; i863++) {
          const v864 = v862[i863];
          if (!checkErrorDetail(v864, p + "/errors/" + i863, c)) ok = false;
        }
      }
    }
    const v865 = o859["message"];
    if (!(typeof v865 === "string")) ok = bad(c, p + "/message", v865, rule$13, true) && ok;
    const v866 = o859["status"];
    if (!(v866 === 404)) ok = bad(c, p + "/status", v866, rule$17, true) && ok;
    const v867 = o859["title"];
    if (!(v867 === "Not Found")) ok = bad(c, p + "/title", v867, rule$18, true) && ok;
    const v868 = o859["trace"];
    if (v868 !== void 0 && !(typeof v868 === "string")) ok = bad(c, p + "/trace", v868, rule$13) && ok;
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
            if (!unknownProperty(c, p, k869, o859[k869])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o870 = v;
    const v871 = o870["code"];
    if (!(v871 === "0400401")) ok = bad(c, p + "/code", v871, rule$107, true) && ok;
    const v872 = o870["docs"];
    if (!(v872 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v872, rule$12, true) && ok;
    const v873 = o870["errors"];
    if (v873 !== void 0) {
      if (!Array.isArray(v873)) {
        ok = fail(c, p + "/errors", "array", v873);
      } else {
        for (let i874 = 0; i874 < v873.length; i874++) {
          const v875 = v873[i874];
          if (!checkErrorDetail(v875, p + "/errors/" + i874, c)) ok = false;
        }
      }
    }
    const v876 = o870["message"];
    if (!(typeof v876 === "string")) ok = bad(c, p + "/message", v876, rule$13, true) && ok;
    const v877 = o870["status"];
    if (!(v877 === 401)) ok = bad(c, p + "/status", v877, rule$30, true) && ok;
    const v878 = o870["title"];
    if (!(v878 === "Unauthorized")) ok = bad(c, p + "/title", v878, rule$31, true) && ok;
    const v879 = o870["trace"];
    if (v879 !== void 0 && !(typeof v879 === "string")) ok = bad(c, p + "/trace", v879, rule$13) && ok;
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
            if (!unknownProperty(c, p, k880, o870[k880])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o881 = v;
    const v882 = o881["code"];
    if (!(v882 === "0401500")) ok = bad(c, p + "/code", v882, rule$108, true) && ok;
    const v883 = o881["docs"];
    if (!(v883 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v883, rule$12, true) && ok;
    const v884 = o881["errors"];
    if (v884 !== void 0) {
      if (!Array.isArray(v884)) {
        ok = fail(c, p + "/errors", "array", v884);
      } else {
        for (let i885 = 0; i885 < v884.length; i885++) {
          const v886 = v884[i885];
          if (!checkErrorDetail(v886, p + "/errors/" + i885, c)) ok = false;
        }
      }
    }
    const v887 = o881["message"];
    if (!(typeof v887 === "string")) ok = bad(c, p + "/message", v887, rule$13, true) && ok;
    const v888 = o881["status"];
    if (!(v888 === 500)) ok = bad(c, p + "/status", v888, rule$33, true) && ok;
    const v889 = o881["title"];
    if (!(v889 === "Unknown")) ok = bad(c, p + "/title", v889, rule$34, true) && ok;
    const v890 = o881["trace"];
    if (v890 !== void 0 && !(typeof v890 === "string")) ok = bad(c, p + "/trace", v890, rule$13) && ok;
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
            if (!unknownProperty(c, p, k891, o881[k891])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o892 = v;
    const v893 = o892["createdAt"];
    if (!(typeof v893 === "string" && isDateTime(v893))) ok = bad(c, p + "/createdAt", v893, rule$2, true) && ok;
    const v894 = o892["createdByUserId"];
    if (!(typeof v894 === "string" && pattern$1.test(v894))) ok = bad(c, p + "/createdByUserId", v894, rule$10, true) && ok;
    const v895 = o892["customFields"];
    if (v895 === void 0) {
      ok = missing(c, p + "/customFields", "array");
    } else {
      if (!Array.isArray(v895)) {
        ok = fail(c, p + "/customFields", "array", v895);
      } else {
        for (let i896 = 0; i896 < v895.length; i896++) {
          const v897 = v895[i896];
          if (typeof v897 !== "object" || v897 === null || Array.isArray(v897)) {
            ok = fail(c, p + "/customFields/" + i896, "object", v897);
          } else {
            const o898 = v897;
            const v899 = o898["key"];
            if (v899 !== void 0 && !(typeof v899 === "string")) ok = bad(c, p + "/customFields/" + i896 + "/key", v899, rule$13) && ok;
            const v900 = o898["name"];
            if (!(typeof v900 === "string")) ok = bad(c, p + "/customFields/" + i896 + "/name", v900, rule$13, true) && ok;
          }
          const p902 = p + "/customFields/" + i896;
          c.quiet++;
          const m903 = variant$904(v897, p902, c) ? 0 : variant$911(v897, p902, c) ? 1 : variant$916(v897, p902, c) ? 2 : variant$921(v897, p902, c) ? 3 : variant$926(v897, p902, c) ? 4 : -1;
          c.quiet--;
          if (m903 === -1) {
            ok = fail(c, p + "/customFields/" + i896, "object with type, value or object with type, value or object with type, value or object with type, value or object with type, value", v897);
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
                    if (!unknownProperty(c, p + "/customFields/" + i896, k932, o931[k932])) ok = false;
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
      ok = missing(c, p + "/defaultFields", "DefaultFields");
    } else {
      if (!checkDefaultFields(v933, p + "/defaultFields", c)) ok = false;
    }
    const v934 = o892["externalId"];
    if (!(v934 === null || typeof v934 === "string" && v934.length > 0 && (v934.length <= 75 || codePoints(v934) <= 75))) ok = bad(c, p + "/externalId", v934, rule$67, true) && ok;
    const v935 = o892["id"];
    if (!(typeof v935 === "string")) ok = bad(c, p + "/id", v935, rule$13, true) && ok;
    const v936 = o892["source"];
    if (!(v936 === null || typeof v936 === "string" && v936.length > 0 && (v936.length <= 75 || codePoints(v936) <= 75))) ok = bad(c, p + "/source", v936, rule$67, true) && ok;
    const v937 = o892["sourceUrl"];
    if (!(v937 === null || typeof v937 === "string" && v937.length > 0 && (v937.length <= 200 || codePoints(v937) <= 200) && isUri(v937))) ok = bad(c, p + "/sourceUrl", v937, rule$68, true) && ok;
    const v938 = o892["updatedAt"];
    if (!(typeof v938 === "string" && isDateTime(v938))) ok = bad(c, p + "/updatedAt", v938, rule$2, true) && ok;
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
            if (!unknownProperty(c, p, k939, o892[k939])) ok = false;
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
    ok = fail(c, p, "MessageWebhook or CallWebhook or CallSummaryWebhook or CallTranscriptWebhook", v);
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
    ok = fail(c, p, "object", v);
  } else {
    const o942 = v;
    const v943 = o942["code"];
    if (!(v943 === "0300403")) ok = bad(c, p + "/code", v943, rule$109, true) && ok;
    const v944 = o942["docs"];
    if (!(v944 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v944, rule$12, true) && ok;
    const v945 = o942["errors"];
    if (v945 !== void 0) {
      if (!Array.isArray(v945)) {
        ok = fail(c, p + "/errors", "array", v945);
      } else {
        for (let i946 = 0; i946 < v945.length; i946++) {
          const v947 = v945[i946];
          if (!checkErrorDetail(v947, p + "/errors/" + i946, c)) ok = false;
        }
      }
    }
    const v948 = o942["message"];
    if (!(typeof v948 === "string")) ok = bad(c, p + "/message", v948, rule$13, true) && ok;
    const v949 = o942["status"];
    if (!(v949 === 403)) ok = bad(c, p + "/status", v949, rule$21, true) && ok;
    const v950 = o942["title"];
    if (!(v950 === "Forbidden")) ok = bad(c, p + "/title", v950, rule$27, true) && ok;
    const v951 = o942["trace"];
    if (v951 !== void 0 && !(typeof v951 === "string")) ok = bad(c, p + "/trace", v951, rule$13) && ok;
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
            if (!unknownProperty(c, p, k952, o942[k952])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o953 = v;
    const v954 = o953["code"];
    if (!(v954 === "0305400")) ok = bad(c, p + "/code", v954, rule$110, true) && ok;
    const v955 = o953["description"];
    if (!(v955 === "Invalid Version")) ok = bad(c, p + "/description", v955, rule$111, true) && ok;
    const v956 = o953["docs"];
    if (!(v956 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v956, rule$12, true) && ok;
    const v957 = o953["errors"];
    if (v957 !== void 0) {
      if (!Array.isArray(v957)) {
        ok = fail(c, p + "/errors", "array", v957);
      } else {
        for (let i958 = 0; i958 < v957.length; i958++) {
          const v959 = v957[i958];
          if (!checkErrorDetail(v959, p + "/errors/" + i958, c)) ok = false;
        }
      }
    }
    const v960 = o953["message"];
    if (!(typeof v960 === "string")) ok = bad(c, p + "/message", v960, rule$13, true) && ok;
    const v961 = o953["status"];
    if (!(v961 === 400)) ok = bad(c, p + "/status", v961, rule$14, true) && ok;
    const v962 = o953["title"];
    if (!(v962 === "Invalid Version")) ok = bad(c, p + "/title", v962, rule$111, true) && ok;
    const v963 = o953["trace"];
    if (v963 !== void 0 && !(typeof v963 === "string")) ok = bad(c, p + "/trace", v963, rule$13) && ok;
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
            if (!unknownProperty(c, p, k964, o953[k964])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o965 = v;
    const v966 = o965["code"];
    if (!(v966 === "0300404")) ok = bad(c, p + "/code", v966, rule$112, true) && ok;
    const v967 = o965["docs"];
    if (!(v967 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v967, rule$12, true) && ok;
    const v968 = o965["errors"];
    if (v968 !== void 0) {
      if (!Array.isArray(v968)) {
        ok = fail(c, p + "/errors", "array", v968);
      } else {
        for (let i969 = 0; i969 < v968.length; i969++) {
          const v970 = v968[i969];
          if (!checkErrorDetail(v970, p + "/errors/" + i969, c)) ok = false;
        }
      }
    }
    const v971 = o965["message"];
    if (!(typeof v971 === "string")) ok = bad(c, p + "/message", v971, rule$13, true) && ok;
    const v972 = o965["status"];
    if (!(v972 === 404)) ok = bad(c, p + "/status", v972, rule$17, true) && ok;
    const v973 = o965["title"];
    if (!(v973 === "Not Found")) ok = bad(c, p + "/title", v973, rule$18, true) && ok;
    const v974 = o965["trace"];
    if (v974 !== void 0 && !(typeof v974 === "string")) ok = bad(c, p + "/trace", v974, rule$13) && ok;
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
            if (!unknownProperty(c, p, k975, o965[k975])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o976 = v;
    const v977 = o976["code"];
    if (!(v977 === "0300401")) ok = bad(c, p + "/code", v977, rule$113, true) && ok;
    const v978 = o976["docs"];
    if (!(v978 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v978, rule$12, true) && ok;
    const v979 = o976["errors"];
    if (v979 !== void 0) {
      if (!Array.isArray(v979)) {
        ok = fail(c, p + "/errors", "array", v979);
      } else {
        for (let i980 = 0; i980 < v979.length; i980++) {
          const v981 = v979[i980];
          if (!checkErrorDetail(v981, p + "/errors/" + i980, c)) ok = false;
        }
      }
    }
    const v982 = o976["message"];
    if (!(typeof v982 === "string")) ok = bad(c, p + "/message", v982, rule$13, true) && ok;
    const v983 = o976["status"];
    if (!(v983 === 401)) ok = bad(c, p + "/status", v983, rule$30, true) && ok;
    const v984 = o976["title"];
    if (!(v984 === "Unauthorized")) ok = bad(c, p + "/title", v984, rule$31, true) && ok;
    const v985 = o976["trace"];
    if (v985 !== void 0 && !(typeof v985 === "string")) ok = bad(c, p + "/trace", v985, rule$13) && ok;
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
            if (!unknownProperty(c, p, k986, o976[k986])) ok = false;
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
    ok = fail(c, p, "object", v);
  } else {
    const o987 = v;
    const v988 = o987["code"];
    if (!(v988 === "0301500")) ok = bad(c, p + "/code", v988, rule$114, true) && ok;
    const v989 = o987["docs"];
    if (!(v989 === "https://openphone.com/docs")) ok = bad(c, p + "/docs", v989, rule$12, true) && ok;
    const v990 = o987["errors"];
    if (v990 !== void 0) {
      if (!Array.isArray(v990)) {
        ok = fail(c, p + "/errors", "array", v990);
      } else {
        for (let i991 = 0; i991 < v990.length; i991++) {
          const v992 = v990[i991];
          if (!checkErrorDetail(v992, p + "/errors/" + i991, c)) ok = false;
        }
      }
    }
    const v993 = o987["message"];
    if (!(typeof v993 === "string")) ok = bad(c, p + "/message", v993, rule$13, true) && ok;
    const v994 = o987["status"];
    if (!(v994 === 500)) ok = bad(c, p + "/status", v994, rule$33, true) && ok;
    const v995 = o987["title"];
    if (!(v995 === "Unknown")) ok = bad(c, p + "/title", v995, rule$34, true) && ok;
    const v996 = o987["trace"];
    if (v996 !== void 0 && !(typeof v996 === "string")) ok = bad(c, p + "/trace", v996, rule$13) && ok;
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
            if (!unknownProperty(c, p, k997, o987[k997])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const CallValidator = /* @__PURE__ */ createValidator(checkCall, false);
const CallBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkCallBadRequestError, false);
const CallNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkCallNotFoundError, false);
const CallNotPhoneNumberUserErrorValidator = /* @__PURE__ */ createValidator(checkCallNotPhoneNumberUserError, false);
const CallRecordingValidator = /* @__PURE__ */ createValidator(checkCallRecording, false);
const CallRecordingBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkCallRecordingBadRequestError, false);
const CallRecordingForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkCallRecordingForbiddenError, false);
const CallRecordingNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkCallRecordingNotFoundError, false);
const CallRecordingUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkCallRecordingUnauthorizedError, false);
const CallRecordingUnknownErrorValidator = /* @__PURE__ */ createValidator(checkCallRecordingUnknownError, false);
const CallSummaryValidator = /* @__PURE__ */ createValidator(checkCallSummary, false);
const CallSummaryBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkCallSummaryBadRequestError, false);
const CallSummaryForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkCallSummaryForbiddenError, false);
const CallSummaryNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkCallSummaryNotFoundError, false);
const CallSummaryUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkCallSummaryUnauthorizedError, false);
const CallSummaryUnknownErrorValidator = /* @__PURE__ */ createValidator(checkCallSummaryUnknownError, false);
const CallSummaryWebhookValidator = /* @__PURE__ */ createValidator(checkCallSummaryWebhook, false);
const CallTranscriptValidator = /* @__PURE__ */ createValidator(checkCallTranscript, false);
const CallTranscriptBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkCallTranscriptBadRequestError, false);
const CallTranscriptForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkCallTranscriptForbiddenError, false);
const CallTranscriptNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkCallTranscriptNotFoundError, false);
const CallTranscriptUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkCallTranscriptUnauthorizedError, false);
const CallTranscriptUnknownErrorValidator = /* @__PURE__ */ createValidator(checkCallTranscriptUnknownError, false);
const CallTranscriptWebhookValidator = /* @__PURE__ */ createValidator(checkCallTranscriptWebhook, false);
const CallUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkCallUnauthorizedError, false);
const CallUnknownErrorValidator = /* @__PURE__ */ createValidator(checkCallUnknownError, false);
const CallWebhookValidator = /* @__PURE__ */ createValidator(checkCallWebhook, false);
const CallingValidator = /* @__PURE__ */ createValidator(checkCalling, false);
const ContactValidator = /* @__PURE__ */ createValidator(checkContact, false);
const ContactConflictErrorValidator = /* @__PURE__ */ createValidator(checkContactConflictError, false);
const ContactCustomFieldValidator = /* @__PURE__ */ createValidator(checkContactCustomField, false);
const ContactCustomFieldBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkContactCustomFieldBadRequestError, false);
const ContactCustomFieldForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkContactCustomFieldForbiddenError, false);
const ContactCustomFieldNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkContactCustomFieldNotFoundError, false);
const ContactCustomFieldUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkContactCustomFieldUnauthorizedError, false);
const ContactCustomFieldUnknownErrorValidator = /* @__PURE__ */ createValidator(checkContactCustomFieldUnknownError, false);
const ContactInvalidCustomFieldItemErrorValidator = /* @__PURE__ */ createValidator(checkContactInvalidCustomFieldItemError, false);
const ContactNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkContactNotFoundError, false);
const ContactNotPhoneNumberUserErrorValidator = /* @__PURE__ */ createValidator(checkContactNotPhoneNumberUserError, false);
const ContactUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkContactUnauthorizedError, false);
const ContactUnknownErrorValidator = /* @__PURE__ */ createValidator(checkContactUnknownError, false);
const ConversationValidator = /* @__PURE__ */ createValidator(checkConversation, false);
const ConversationBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkConversationBadRequestError, false);
const ConversationNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkConversationNotFoundError, false);
const ConversationNotPhoneNumberUserErrorValidator = /* @__PURE__ */ createValidator(checkConversationNotPhoneNumberUserError, false);
const ConversationUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkConversationUnauthorizedError, false);
const ConversationUnknownErrorValidator = /* @__PURE__ */ createValidator(checkConversationUnknownError, false);
const CreateContactCustomFieldValidator = /* @__PURE__ */ createValidator(checkCreateContactCustomField, false);
const CustomFieldValidator = /* @__PURE__ */ createValidator(checkCustomField, false);
const DefaultFieldsValidator = /* @__PURE__ */ createValidator(checkDefaultFields, false);
const DefaultFieldsEmailValidator = /* @__PURE__ */ createValidator(checkDefaultFieldsEmail, false);
const EmailValidator = /* @__PURE__ */ createValidator(checkEmail, false);
const ErrorDetailValidator = /* @__PURE__ */ createValidator(checkErrorDetail, false);
const MessageValidator = /* @__PURE__ */ createValidator(checkMessage, false);
const MessageA2PRegistrationNotApprovedErrorValidator = /* @__PURE__ */ createValidator(checkMessageA2PRegistrationNotApprovedError, false);
const MessageNotEnoughCreditsErrorValidator = /* @__PURE__ */ createValidator(checkMessageNotEnoughCreditsError, false);
const MessageNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkMessageNotFoundError, false);
const MessageNotPhoneNumberUserErrorValidator = /* @__PURE__ */ createValidator(checkMessageNotPhoneNumberUserError, false);
const MessageUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkMessageUnauthorizedError, false);
const MessageUnknownErrorValidator = /* @__PURE__ */ createValidator(checkMessageUnknownError, false);
const MessageWebhookValidator = /* @__PURE__ */ createValidator(checkMessageWebhook, false);
const PhoneNumberValidator = /* @__PURE__ */ createValidator(checkPhoneNumber, false);
const PhoneNumberBadRequestErrorValidator = /* @__PURE__ */ createValidator(checkPhoneNumberBadRequestError, false);
const PhoneNumberForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkPhoneNumberForbiddenError, false);
const PhoneNumberNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkPhoneNumberNotFoundError, false);
const PhoneNumberUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkPhoneNumberUnauthorizedError, false);
const PhoneNumberUnknownErrorValidator = /* @__PURE__ */ createValidator(checkPhoneNumberUnknownError, false);
const UpdateContactByIdContactValidator = /* @__PURE__ */ createValidator(checkUpdateContactByIdContact, false);
const WebhookValidator = /* @__PURE__ */ createValidator(checkWebhook, false);
const WebhookForbiddenErrorValidator = /* @__PURE__ */ createValidator(checkWebhookForbiddenError, false);
const WebhookInvalidVersionErrorValidator = /* @__PURE__ */ createValidator(checkWebhookInvalidVersionError, false);
const WebhookNotFoundErrorValidator = /* @__PURE__ */ createValidator(checkWebhookNotFoundError, false);
const WebhookUnauthorizedErrorValidator = /* @__PURE__ */ createValidator(checkWebhookUnauthorizedError, false);
const WebhookUnknownErrorValidator = /* @__PURE__ */ createValidator(checkWebhookUnknownError, false);
export {
  CallBadRequestErrorValidator,
  CallNotFoundErrorValidator,
  CallNotPhoneNumberUserErrorValidator,
  CallRecordingBadRequestErrorValidator,
  CallRecordingForbiddenErrorValidator,
  CallRecordingNotFoundErrorValidator,
  CallRecordingUnauthorizedErrorValidator,
  CallRecordingUnknownErrorValidator,
  CallRecordingValidator,
  CallSummaryBadRequestErrorValidator,
  CallSummaryForbiddenErrorValidator,
  CallSummaryNotFoundErrorValidator,
  CallSummaryUnauthorizedErrorValidator,
  CallSummaryUnknownErrorValidator,
  CallSummaryValidator,
  CallSummaryWebhookValidator,
  CallTranscriptBadRequestErrorValidator,
  CallTranscriptForbiddenErrorValidator,
  CallTranscriptNotFoundErrorValidator,
  CallTranscriptUnauthorizedErrorValidator,
  CallTranscriptUnknownErrorValidator,
  CallTranscriptValidator,
  CallTranscriptWebhookValidator,
  CallUnauthorizedErrorValidator,
  CallUnknownErrorValidator,
  CallValidator,
  CallWebhookValidator,
  CallingValidator,
  ContactConflictErrorValidator,
  ContactCustomFieldBadRequestErrorValidator,
  ContactCustomFieldForbiddenErrorValidator,
  ContactCustomFieldNotFoundErrorValidator,
  ContactCustomFieldUnauthorizedErrorValidator,
  ContactCustomFieldUnknownErrorValidator,
  ContactCustomFieldValidator,
  ContactInvalidCustomFieldItemErrorValidator,
  ContactNotFoundErrorValidator,
  ContactNotPhoneNumberUserErrorValidator,
  ContactUnauthorizedErrorValidator,
  ContactUnknownErrorValidator,
  ContactValidator,
  ConversationBadRequestErrorValidator,
  ConversationNotFoundErrorValidator,
  ConversationNotPhoneNumberUserErrorValidator,
  ConversationUnauthorizedErrorValidator,
  ConversationUnknownErrorValidator,
  ConversationValidator,
  CreateContactCustomFieldValidator,
  CustomFieldValidator,
  DefaultFieldsEmailValidator,
  DefaultFieldsValidator,
  EmailValidator,
  ErrorDetailValidator,
  MessageA2PRegistrationNotApprovedErrorValidator,
  MessageNotEnoughCreditsErrorValidator,
  MessageNotFoundErrorValidator,
  MessageNotPhoneNumberUserErrorValidator,
  MessageUnauthorizedErrorValidator,
  MessageUnknownErrorValidator,
  MessageValidator,
  MessageWebhookValidator,
  PhoneNumberBadRequestErrorValidator,
  PhoneNumberForbiddenErrorValidator,
  PhoneNumberNotFoundErrorValidator,
  PhoneNumberUnauthorizedErrorValidator,
  PhoneNumberUnknownErrorValidator,
  PhoneNumberValidator,
  UpdateContactByIdContactValidator,
  WebhookForbiddenErrorValidator,
  WebhookInvalidVersionErrorValidator,
  WebhookNotFoundErrorValidator,
  WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator,
  WebhookValidator,
  checkCall,
  checkCallBadRequestError,
  checkCallNotFoundError,
  checkCallNotPhoneNumberUserError,
  checkCallRecording,
  checkCallRecordingBadRequestError,
  checkCallRecordingForbiddenError,
  checkCallRecordingNotFoundError,
  checkCallRecordingUnauthorizedError,
  checkCallRecordingUnknownError,
  checkCallSummary,
  checkCallSummaryBadRequestError,
  checkCallSummaryForbiddenError,
  checkCallSummaryNotFoundError,
  checkCallSummaryUnauthorizedError,
  checkCallSummaryUnknownError,
  checkCallSummaryWebhook,
  checkCallTranscript,
  checkCallTranscriptBadRequestError,
  checkCallTranscriptForbiddenError,
  checkCallTranscriptNotFoundError,
  checkCallTranscriptUnauthorizedError,
  checkCallTranscriptUnknownError,
  checkCallTranscriptWebhook,
  checkCallUnauthorizedError,
  checkCallUnknownError,
  checkCallWebhook,
  checkCalling,
  checkContact,
  checkContactConflictError,
  checkContactCustomField,
  checkContactCustomFieldBadRequestError,
  checkContactCustomFieldForbiddenError,
  checkContactCustomFieldNotFoundError,
  checkContactCustomFieldUnauthorizedError,
  checkContactCustomFieldUnknownError,
  checkContactInvalidCustomFieldItemError,
  checkContactNotFoundError,
  checkContactNotPhoneNumberUserError,
  checkContactUnauthorizedError,
  checkContactUnknownError,
  checkConversation,
  checkConversationBadRequestError,
  checkConversationNotFoundError,
  checkConversationNotPhoneNumberUserError,
  checkConversationUnauthorizedError,
  checkConversationUnknownError,
  checkCreateContactCustomField,
  checkCustomField,
  checkDefaultFields,
  checkDefaultFieldsEmail,
  checkEmail,
  checkErrorDetail,
  checkMessage,
  checkMessageA2PRegistrationNotApprovedError,
  checkMessageNotEnoughCreditsError,
  checkMessageNotFoundError,
  checkMessageNotPhoneNumberUserError,
  checkMessageUnauthorizedError,
  checkMessageUnknownError,
  checkMessageWebhook,
  checkPhoneNumber,
  checkPhoneNumberBadRequestError,
  checkPhoneNumberForbiddenError,
  checkPhoneNumberNotFoundError,
  checkPhoneNumberUnauthorizedError,
  checkPhoneNumberUnknownError,
  checkUpdateContactByIdContact,
  checkWebhook,
  checkWebhookForbiddenError,
  checkWebhookInvalidVersionError,
  checkWebhookNotFoundError,
  checkWebhookUnauthorizedError,
  checkWebhookUnknownError
};
