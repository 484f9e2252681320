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
  AvailablePhoneNumbersBaseValidator: () => AvailablePhoneNumbersBaseValidator,
  CallRecordingValidator: () => CallRecordingValidator,
  CallTranscriptValidator: () => CallTranscriptValidator,
  CallUnknownErrorValidator: () => CallUnknownErrorValidator,
  CallValidator: () => CallValidator,
  CallingValidator: () => CallingValidator,
  ContactConflictErrorValidator: () => ContactConflictErrorValidator,
  ContactNoteValidator: () => ContactNoteValidator,
  ContactPropertyValidator: () => ContactPropertyValidator,
  ContactShareValidator: () => ContactShareValidator,
  ContactValidator: () => ContactValidator,
  CreatedAtValidator: () => CreatedAtValidator,
  ErrorDetailValidator: () => ErrorDetailValidator,
  FridayValidator: () => FridayValidator,
  GetPhoneNumberByIdPhoneNumberValidator: () => GetPhoneNumberByIdPhoneNumberValidator,
  GetWebhookDeliveryWebhookDeliveryValidator: () => GetWebhookDeliveryWebhookDeliveryValidator,
  HeaderVersionedWebhookValidator: () => HeaderVersionedWebhookValidator,
  ListMessagesCreatedAtValidator: () => ListMessagesCreatedAtValidator,
  ListTasksTaskValidator: () => ListTasksTaskValidator,
  MarkConversationAsDoneValidator: () => MarkConversationAsDoneValidator,
  MessageUnprocessableEntityErrorValidator: () => MessageUnprocessableEntityErrorValidator,
  MessageValidator: () => MessageValidator,
  OrganizationValidator: () => OrganizationValidator,
  PhoneNumberUserValidator: () => PhoneNumberUserValidator,
  PhoneNumberValidator: () => PhoneNumberValidator,
  RestrictionsValidator: () => RestrictionsValidator,
  RotateHeaderVersionedWebhookSecretValidator: () => RotateHeaderVersionedWebhookSecretValidator,
  SourceValidator: () => SourceValidator,
  TaskBadRequestErrorValidator: () => TaskBadRequestErrorValidator,
  TaskForbiddenErrorValidator: () => TaskForbiddenErrorValidator,
  TaskNotFoundErrorValidator: () => TaskNotFoundErrorValidator,
  TaskUnauthorizedErrorValidator: () => TaskUnauthorizedErrorValidator,
  TaskUnknownErrorValidator: () => TaskUnknownErrorValidator,
  TaskValidator: () => TaskValidator,
  UserValidator: () => UserValidator,
  WebhookBadRequestErrorValidator: () => WebhookBadRequestErrorValidator,
  WebhookDeliveryValidator: () => WebhookDeliveryValidator,
  WebhookForbiddenErrorValidator: () => WebhookForbiddenErrorValidator,
  WebhookNotFoundErrorValidator: () => WebhookNotFoundErrorValidator,
  WebhookTestEventValidator: () => WebhookTestEventValidator,
  WebhookUnauthorizedErrorValidator: () => WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator: () => WebhookUnknownErrorValidator,
  WebhookValidator: () => WebhookValidator,
  checkAvailablePhoneNumbersBase: () => checkAvailablePhoneNumbersBase,
  checkCall: () => checkCall,
  checkCallRecording: () => checkCallRecording,
  checkCallTranscript: () => checkCallTranscript,
  checkCallUnknownError: () => checkCallUnknownError,
  checkCalling: () => checkCalling,
  checkContact: () => checkContact,
  checkContactConflictError: () => checkContactConflictError,
  checkContactNote: () => checkContactNote,
  checkContactProperty: () => checkContactProperty,
  checkContactShare: () => checkContactShare,
  checkCreatedAt: () => checkCreatedAt,
  checkErrorDetail: () => checkErrorDetail,
  checkFriday: () => checkFriday,
  checkGetPhoneNumberByIdPhoneNumber: () => checkGetPhoneNumberByIdPhoneNumber,
  checkGetWebhookDeliveryWebhookDelivery: () => checkGetWebhookDeliveryWebhookDelivery,
  checkHeaderVersionedWebhook: () => checkHeaderVersionedWebhook,
  checkListMessagesCreatedAt: () => checkListMessagesCreatedAt,
  checkListTasksTask: () => checkListTasksTask,
  checkMarkConversationAsDone: () => checkMarkConversationAsDone,
  checkMessage: () => checkMessage,
  checkMessageUnprocessableEntityError: () => checkMessageUnprocessableEntityError,
  checkOrganization: () => checkOrganization,
  checkPhoneNumber: () => checkPhoneNumber,
  checkPhoneNumberUser: () => checkPhoneNumberUser,
  checkRestrictions: () => checkRestrictions,
  checkRotateHeaderVersionedWebhookSecret: () => checkRotateHeaderVersionedWebhookSecret,
  checkSource: () => checkSource,
  checkTask: () => checkTask,
  checkTaskBadRequestError: () => checkTaskBadRequestError,
  checkTaskForbiddenError: () => checkTaskForbiddenError,
  checkTaskNotFoundError: () => checkTaskNotFoundError,
  checkTaskUnauthorizedError: () => checkTaskUnauthorizedError,
  checkTaskUnknownError: () => checkTaskUnknownError,
  checkUser: () => checkUser,
  checkWebhook: () => checkWebhook,
  checkWebhookBadRequestError: () => checkWebhookBadRequestError,
  checkWebhookDelivery: () => checkWebhookDelivery,
  checkWebhookForbiddenError: () => checkWebhookForbiddenError,
  checkWebhookNotFoundError: () => checkWebhookNotFoundError,
  checkWebhookTestEvent: () => checkWebhookTestEvent,
  checkWebhookUnauthorizedError: () => checkWebhookUnauthorizedError,
  checkWebhookUnknownError: () => checkWebhookUnknownError
});
module.exports = __toCommonJS(models_exports);
var import_validation = require("../runtime/validation.cjs");
var import_constants = require("./constants.cjs");
function variant$153(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i154 = 0; i154 < v.length; i154++) {
      const v155 = v[i154];
      if (!(typeof v155 === "string")) ok = (0, import_validation.bad)(c, p + "/" + i154, v155, import_constants.rule$13) && ok;
    }
  }
  return ok;
}
function variant$156(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else {
    for (let i157 = 0; i157 < v.length; i157++) {
      const v158 = v[i157];
      if (!Array.isArray(v158)) {
        ok = (0, import_validation.fail)(c, p + "/" + i157, "array", v158);
      } else {
        for (let i159 = 0; i159 < v158.length; i159++) {
          const v160 = v158[i159];
          if (!(typeof v160 === "string")) ok = (0, import_validation.bad)(c, p + "/" + i157 + "/" + i159, v160, import_constants.rule$13) && ok;
        }
      }
    }
  }
  return ok;
}
function variant$161(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o162 = v;
  }
  return ok;
}
function variant$253(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1) {
    ok = (0, import_validation.fail)(c, p, "array of at least 1 item", v);
  } else {
    for (let i254 = 0; i254 < v.length; i254++) {
      const v255 = v[i254];
      if (!(typeof v255 === "string" && import_constants.pattern$3.test(v255))) ok = (0, import_validation.bad)(c, p + "/" + i254, v255, import_constants.rule$36) && ok;
    }
  }
  return ok;
}
function variant$256(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = (0, import_validation.fail)(c, p, "array of exactly 1 item", v);
  } else {
    for (let i257 = 0; i257 < v.length; i257++) {
      const v258 = v[i257];
      if (!(v258 === "*")) ok = (0, import_validation.bad)(c, p + "/" + i257, v258, import_constants.rule$44) && ok;
    }
  }
  return ok;
}
function variant$440(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1) {
    ok = (0, import_validation.fail)(c, p, "array of at least 1 item", v);
  } else {
    for (let i441 = 0; i441 < v.length; i441++) {
      const v442 = v[i441];
      if (!(typeof v442 === "string" && import_constants.pattern$3.test(v442))) ok = (0, import_validation.bad)(c, p + "/" + i441, v442, import_constants.rule$36) && ok;
    }
  }
  return ok;
}
function variant$443(v, p, c) {
  let ok = true;
  if (!Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "array", v);
  } else if (v.length < 1 || v.length > 1) {
    ok = (0, import_validation.fail)(c, p, "array of exactly 1 item", v);
  } else {
    for (let i444 = 0; i444 < v.length; i444++) {
      const v445 = v[i444];
      if (!(v445 === "*")) ok = (0, import_validation.bad)(c, p + "/" + i444, v445, import_constants.rule$44) && ok;
    }
  }
  return ok;
}
function checkAvailablePhoneNumbersBase(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o1 = v;
    const v2 = o1["phoneNumbers"];
    if (v2 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/phoneNumbers", "array");
    } else {
      if (!Array.isArray(v2)) {
        ok = (0, import_validation.fail)(c, p + "/phoneNumbers", "array", v2);
      } else {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (!(typeof v4 === "string" && import_constants.pattern$0.test(v4))) ok = (0, import_validation.bad)(c, p + "/phoneNumbers/" + i3, v4, import_constants.rule$0) && ok;
        }
      }
    }
    if (c.scan) {
      for (const k5 in o1) {
        switch (k5) {
          case "phoneNumbers":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k5, o1[k5])) ok = false;
          }
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
    const o6 = v;
    const v7 = o6["actorId"];
    if (!(typeof v7 === "string" && import_constants.pattern$1.test(v7) || typeof v7 === "string" && import_constants.pattern$2.test(v7))) ok = (0, import_validation.bad)(c, p + "/actorId", v7, import_constants.rule$1, true) && ok;
    const v8 = o6["aiHandled"];
    if (!(v8 === null || typeof v8 === "string")) ok = (0, import_validation.bad)(c, p + "/aiHandled", v8, import_constants.rule$2, true) && ok;
    const v9 = o6["answeredAt"];
    if (!(v9 === null || typeof v9 === "string" && (0, import_validation.isDateTime)(v9))) ok = (0, import_validation.bad)(c, p + "/answeredAt", v9, import_constants.rule$3, true) && ok;
    const v10 = o6["answeredBy"];
    if (!(v10 === null || (typeof v10 === "string" && import_constants.pattern$1.test(v10) || typeof v10 === "string" && import_constants.pattern$2.test(v10)))) ok = (0, import_validation.bad)(c, p + "/answeredBy", v10, import_constants.rule$4, true) && ok;
    const v11 = o6["callRoute"];
    if (!(v11 === null || typeof v11 === "string")) ok = (0, import_validation.bad)(c, p + "/callRoute", v11, import_constants.rule$2, true) && ok;
    const v12 = o6["completedAt"];
    if (!(v12 === null || typeof v12 === "string" && (0, import_validation.isDateTime)(v12))) ok = (0, import_validation.bad)(c, p + "/completedAt", v12, import_constants.rule$3, true) && ok;
    const v13 = o6["createdAt"];
    if (!(typeof v13 === "string" && (0, import_validation.isDateTime)(v13))) ok = (0, import_validation.bad)(c, p + "/createdAt", v13, import_constants.rule$5, true) && ok;
    const v14 = o6["direction"];
    if (!(v14 === "incoming" || v14 === "outgoing")) ok = (0, import_validation.bad)(c, p + "/direction", v14, import_constants.rule$6, true) && ok;
    const v15 = o6["duration"];
    if (!(typeof v15 === "number" && Number.isInteger(v15))) ok = (0, import_validation.bad)(c, p + "/duration", v15, import_constants.rule$7, true) && ok;
    const v16 = o6["forwardedFrom"];
    if (!(v16 === null || (typeof v16 === "string" && import_constants.pattern$0.test(v16) || typeof v16 === "string" && import_constants.pattern$3.test(v16) || typeof v16 === "string" && import_constants.pattern$1.test(v16) || (v16 === "anonymous" || v16 === "blocked" || v16 === "restricted") || typeof v16 === "string" && import_constants.pattern$4.test(v16)))) ok = (0, import_validation.bad)(c, p + "/forwardedFrom", v16, import_constants.rule$8, true) && ok;
    const v17 = o6["forwardedTo"];
    if (!(v17 === null || (typeof v17 === "string" && import_constants.pattern$0.test(v17) || typeof v17 === "string" && import_constants.pattern$3.test(v17) || typeof v17 === "string" && import_constants.pattern$1.test(v17) || (v17 === "anonymous" || v17 === "blocked" || v17 === "restricted") || typeof v17 === "string" && import_constants.pattern$4.test(v17)))) ok = (0, import_validation.bad)(c, p + "/forwardedTo", v17, import_constants.rule$8, true) && ok;
    const v18 = o6["id"];
    if (!(typeof v18 === "string" && import_constants.pattern$5.test(v18))) ok = (0, import_validation.bad)(c, p + "/id", v18, import_constants.rule$9, true) && ok;
    const v19 = o6["initiatedBy"];
    if (!(v19 === null || (typeof v19 === "string" && import_constants.pattern$1.test(v19) || typeof v19 === "string" && import_constants.pattern$2.test(v19)))) ok = (0, import_validation.bad)(c, p + "/initiatedBy", v19, import_constants.rule$4, true) && ok;
    const v20 = o6["participants"];
    if (v20 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v20)) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array", v20);
      } else {
        for (let i21 = 0; i21 < v20.length; i21++) {
          const v22 = v20[i21];
          if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) {
            ok = (0, import_validation.fail)(c, p + "/participants/" + i21, "object", v22);
          } else {
            const o23 = v22;
            const v24 = o23["actorId"];
            if (!(v24 === null || (typeof v24 === "string" && import_constants.pattern$1.test(v24) || typeof v24 === "string" && import_constants.pattern$2.test(v24)))) ok = (0, import_validation.bad)(c, p + "/participants/" + i21 + "/actorId", v24, import_constants.rule$4, true) && ok;
            const v25 = o23["phoneNumber"];
            if (!(typeof v25 === "string" && import_constants.pattern$0.test(v25) || (v25 === "anonymous" || v25 === "blocked" || v25 === "restricted") || typeof v25 === "string" && import_constants.pattern$6.test(v25))) ok = (0, import_validation.bad)(c, p + "/participants/" + i21 + "/phoneNumber", v25, import_constants.rule$10, true) && ok;
            if (c.scan) {
              for (const k26 in o23) {
                switch (k26) {
                  case "actorId":
                  case "phoneNumber":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/participants/" + i21, k26, o23[k26])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v27 = o6["phoneNumberId"];
    if (!(v27 === null || typeof v27 === "string" && import_constants.pattern$3.test(v27))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v27, import_constants.rule$11, true) && ok;
    const v28 = o6["status"];
    if (!import_constants.enum$0.has(v28)) ok = (0, import_validation.bad)(c, p + "/status", v28, import_constants.rule$12, true) && ok;
    const v29 = o6["summary"];
    if (v29 !== void 0) {
      if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) {
        ok = (0, import_validation.fail)(c, p + "/summary", "object", v29);
      } else {
        const o30 = v29;
        const v31 = o30["jobs"];
        if (v31 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/summary/jobs", "array or null");
        } else {
          if (v31 !== null) {
            if (!Array.isArray(v31)) {
              ok = (0, import_validation.fail)(c, p + "/summary/jobs", "array or null", v31);
            } else {
              for (let i32 = 0; i32 < v31.length; i32++) {
                const v33 = v31[i32];
                if (typeof v33 !== "object" || v33 === null || Array.isArray(v33)) {
                  ok = (0, import_validation.fail)(c, p + "/summary/jobs/" + i32, "object", v33);
                } else {
                  const o34 = v33;
                  const v35 = o34["icon"];
                  if (!(typeof v35 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/jobs/" + i32 + "/icon", v35, import_constants.rule$13, true) && ok;
                  const v36 = o34["name"];
                  if (!(typeof v36 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/jobs/" + i32 + "/name", v36, import_constants.rule$13, true) && ok;
                  const v37 = o34["result"];
                  if (v37 === void 0) {
                    ok = (0, import_validation.missing)(c, p + "/summary/jobs/" + i32 + "/result", "object with data");
                  } else {
                    if (typeof v37 !== "object" || v37 === null || Array.isArray(v37)) {
                      ok = (0, import_validation.fail)(c, p + "/summary/jobs/" + i32 + "/result", "object", v37);
                    } else {
                      const o38 = v37;
                      const v39 = o38["data"];
                      if (v39 === void 0) {
                        ok = (0, import_validation.missing)(c, p + "/summary/jobs/" + i32 + "/result/data", "array");
                      } else {
                        if (!Array.isArray(v39)) {
                          ok = (0, import_validation.fail)(c, p + "/summary/jobs/" + i32 + "/result/data", "array", v39);
                        } else {
                          for (let i40 = 0; i40 < v39.length; i40++) {
                            const v41 = v39[i40];
                            if (typeof v41 !== "object" || v41 === null || Array.isArray(v41)) {
                              ok = (0, import_validation.fail)(c, p + "/summary/jobs/" + i32 + "/result/data/" + i40, "object", v41);
                            } else {
                              const o42 = v41;
                              const v43 = o42["name"];
                              if (!(typeof v43 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/jobs/" + i32 + "/result/data/" + i40 + "/name", v43, import_constants.rule$13, true) && ok;
                              const v44 = o42["value"];
                              if (!(typeof v44 === "string" || typeof v44 === "number" && Number.isFinite(v44) || typeof v44 === "boolean")) ok = (0, import_validation.bad)(c, p + "/summary/jobs/" + i32 + "/result/data/" + i40 + "/value", v44, import_constants.rule$14, true) && ok;
                              if (c.scan) {
                                for (const k45 in o42) {
                                  switch (k45) {
                                    case "name":
                                    case "value":
                                      break;
                                    default: {
                                      if (!(0, import_validation.unknownProperty)(c, p + "/summary/jobs/" + i32 + "/result/data/" + i40, k45, o42[k45])) ok = false;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                      if (c.scan) {
                        for (const k46 in o38) {
                          switch (k46) {
                            case "data":
                              break;
                            default: {
                              if (!(0, import_validation.unknownProperty)(c, p + "/summary/jobs/" + i32 + "/result", k46, o38[k46])) ok = false;
                            }
                          }
                        }
                      }
                    }
                  }
                  if (c.scan) {
                    for (const k47 in o34) {
                      switch (k47) {
                        case "icon":
                        case "name":
                        case "result":
                          break;
                        default: {
                          if (!(0, import_validation.unknownProperty)(c, p + "/summary/jobs/" + i32, k47, o34[k47])) ok = false;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v48 = o30["nextSteps"];
        if (v48 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/summary/nextSteps", "array or null");
        } else {
          if (v48 !== null) {
            if (!Array.isArray(v48)) {
              ok = (0, import_validation.fail)(c, p + "/summary/nextSteps", "array or null", v48);
            } else {
              for (let i49 = 0; i49 < v48.length; i49++) {
                const v50 = v48[i49];
                if (!(typeof v50 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/nextSteps/" + i49, v50, import_constants.rule$13) && ok;
              }
            }
          }
        }
        const v51 = o30["status"];
        if (!(v51 === "absent" || v51 === "in-progress" || v51 === "completed" || v51 === "failed")) ok = (0, import_validation.bad)(c, p + "/summary/status", v51, import_constants.rule$15, true) && ok;
        const v52 = o30["summary"];
        if (v52 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/summary/summary", "array or null");
        } else {
          if (v52 !== null) {
            if (!Array.isArray(v52)) {
              ok = (0, import_validation.fail)(c, p + "/summary/summary", "array or null", v52);
            } else {
              for (let i53 = 0; i53 < v52.length; i53++) {
                const v54 = v52[i53];
                if (!(typeof v54 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/summary/" + i53, v54, import_constants.rule$13) && ok;
              }
            }
          }
        }
        const v55 = o30["title"];
        if (!(v55 === null || typeof v55 === "string")) ok = (0, import_validation.bad)(c, p + "/summary/title", v55, import_constants.rule$2, true) && ok;
        const v56 = o30["type"];
        if (!(v56 === null || (v56 === "human" || v56 === "agent"))) ok = (0, import_validation.bad)(c, p + "/summary/type", v56, import_constants.rule$16, true) && ok;
        if (c.scan) {
          for (const k57 in o30) {
            switch (k57) {
              case "jobs":
              case "nextSteps":
              case "status":
              case "summary":
              case "title":
              case "type":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/summary", k57, o30[k57])) ok = false;
              }
            }
          }
        }
      }
    }
    const v58 = o6["updatedAt"];
    if (!(v58 === null || typeof v58 === "string" && (0, import_validation.isDateTime)(v58))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v58, import_constants.rule$3, true) && ok;
    const v59 = o6["voicemail"];
    if (v59 !== void 0) {
      if (typeof v59 !== "object" || v59 === null || Array.isArray(v59)) {
        ok = (0, import_validation.fail)(c, p + "/voicemail", "object", v59);
      } else {
        const o60 = v59;
        const v61 = o60["duration"];
        if (!(v61 === null || typeof v61 === "number" && Number.isInteger(v61))) ok = (0, import_validation.bad)(c, p + "/voicemail/duration", v61, import_constants.rule$17, true) && ok;
        const v62 = o60["id"];
        if (!(typeof v62 === "string" && import_constants.pattern$7.test(v62))) ok = (0, import_validation.bad)(c, p + "/voicemail/id", v62, import_constants.rule$18, true) && ok;
        const v63 = o60["recordingUrl"];
        if (!(v63 === null || typeof v63 === "string" && (0, import_validation.isUri)(v63))) ok = (0, import_validation.bad)(c, p + "/voicemail/recordingUrl", v63, import_constants.rule$19, true) && ok;
        const v64 = o60["status"];
        if (!(v64 === "completed" || v64 === "in-progress")) ok = (0, import_validation.bad)(c, p + "/voicemail/status", v64, import_constants.rule$20, true) && ok;
        const v65 = o60["transcript"];
        if (!(v65 === null || typeof v65 === "string")) ok = (0, import_validation.bad)(c, p + "/voicemail/transcript", v65, import_constants.rule$2, true) && ok;
        if (c.scan) {
          for (const k66 in o60) {
            switch (k66) {
              case "duration":
              case "id":
              case "recordingUrl":
              case "status":
              case "transcript":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/voicemail", k66, o60[k66])) ok = false;
              }
            }
          }
        }
      }
    }
    if (c.scan) {
      for (const k67 in o6) {
        switch (k67) {
          case "actorId":
          case "aiHandled":
          case "answeredAt":
          case "answeredBy":
          case "callRoute":
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
          case "summary":
          case "updatedAt":
          case "voicemail":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k67, o6[k67])) ok = false;
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
    const o68 = v;
    const v69 = o68["duration"];
    if (!(v69 === null || typeof v69 === "number" && Number.isInteger(v69))) ok = (0, import_validation.bad)(c, p + "/duration", v69, import_constants.rule$17, true) && ok;
    const v70 = o68["id"];
    if (!(typeof v70 === "string" && import_constants.pattern$8.test(v70))) ok = (0, import_validation.bad)(c, p + "/id", v70, import_constants.rule$21, true) && ok;
    const v71 = o68["startTime"];
    if (!(typeof v71 === "string" && (0, import_validation.isDateTime)(v71))) ok = (0, import_validation.bad)(c, p + "/startTime", v71, import_constants.rule$5, true) && ok;
    const v72 = o68["status"];
    if (!import_constants.enum$1.has(v72)) ok = (0, import_validation.bad)(c, p + "/status", v72, import_constants.rule$22, true) && ok;
    const v73 = o68["type"];
    if (!(v73 === null || typeof v73 === "string")) ok = (0, import_validation.bad)(c, p + "/type", v73, import_constants.rule$2, true) && ok;
    const v74 = o68["url"];
    if (!(v74 === null || typeof v74 === "string" && (0, import_validation.isUriReference)(v74))) ok = (0, import_validation.bad)(c, p + "/url", v74, import_constants.rule$23, true) && ok;
    if (c.scan) {
      for (const k75 in o68) {
        switch (k75) {
          case "duration":
          case "id":
          case "startTime":
          case "status":
          case "type":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k75, o68[k75])) ok = false;
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
    const o76 = v;
    const v77 = o76["createdAt"];
    if (!(typeof v77 === "string" && (0, import_validation.isDateTime)(v77))) ok = (0, import_validation.bad)(c, p + "/createdAt", v77, import_constants.rule$5, true) && ok;
    const v78 = o76["dialogue"];
    if (v78 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/dialogue", "array");
    } else {
      if (!Array.isArray(v78)) {
        ok = (0, import_validation.fail)(c, p + "/dialogue", "array", v78);
      } else {
        for (let i79 = 0; i79 < v78.length; i79++) {
          const v80 = v78[i79];
          if (typeof v80 !== "object" || v80 === null || Array.isArray(v80)) {
            ok = (0, import_validation.fail)(c, p + "/dialogue/" + i79, "object", v80);
          } else {
            const o81 = v80;
            const v82 = o81["actorId"];
            if (!(v82 === null || (typeof v82 === "string" && import_constants.pattern$1.test(v82) || typeof v82 === "string" && import_constants.pattern$2.test(v82)))) ok = (0, import_validation.bad)(c, p + "/dialogue/" + i79 + "/actorId", v82, import_constants.rule$4, true) && ok;
            const v83 = o81["content"];
            if (!(typeof v83 === "string")) ok = (0, import_validation.bad)(c, p + "/dialogue/" + i79 + "/content", v83, import_constants.rule$13, true) && ok;
            const v84 = o81["end"];
            if (!(typeof v84 === "number" && Number.isFinite(v84))) ok = (0, import_validation.bad)(c, p + "/dialogue/" + i79 + "/end", v84, import_constants.rule$24, true) && ok;
            const v85 = o81["identifier"];
            if (!(v85 === null || typeof v85 === "string")) ok = (0, import_validation.bad)(c, p + "/dialogue/" + i79 + "/identifier", v85, import_constants.rule$2, true) && ok;
            const v86 = o81["start"];
            if (!(typeof v86 === "number" && Number.isFinite(v86))) ok = (0, import_validation.bad)(c, p + "/dialogue/" + i79 + "/start", v86, import_constants.rule$24, true) && ok;
            if (c.scan) {
              for (const k87 in o81) {
                switch (k87) {
                  case "actorId":
                  case "content":
                  case "end":
                  case "identifier":
                  case "start":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/dialogue/" + i79, k87, o81[k87])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v88 = o76["duration"];
    if (!(typeof v88 === "number" && Number.isFinite(v88))) ok = (0, import_validation.bad)(c, p + "/duration", v88, import_constants.rule$24, true) && ok;
    const v89 = o76["recordingId"];
    if (!(typeof v89 === "string" && import_constants.pattern$8.test(v89))) ok = (0, import_validation.bad)(c, p + "/recordingId", v89, import_constants.rule$21, true) && ok;
    const v90 = o76["startTime"];
    if (!(typeof v90 === "string" && (0, import_validation.isDateTime)(v90))) ok = (0, import_validation.bad)(c, p + "/startTime", v90, import_constants.rule$5, true) && ok;
    const v91 = o76["status"];
    if (!(v91 === "absent" || v91 === "in-progress" || v91 === "completed" || v91 === "failed")) ok = (0, import_validation.bad)(c, p + "/status", v91, import_constants.rule$15, true) && ok;
    if (c.scan) {
      for (const k92 in o76) {
        switch (k92) {
          case "createdAt":
          case "dialogue":
          case "duration":
          case "recordingId":
          case "startTime":
          case "status":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k92, o76[k92])) ok = false;
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
    const o93 = v;
    const v94 = o93["docs"];
    if (!(v94 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v94, import_constants.rule$25, true) && ok;
    const v95 = o93["errors"];
    if (v95 !== void 0) {
      if (!Array.isArray(v95)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v95);
      } else {
        for (let i96 = 0; i96 < v95.length; i96++) {
          const v97 = v95[i96];
          if (!checkErrorDetail(v97, p + "/errors/" + i96, c)) ok = false;
        }
      }
    }
    const v98 = o93["message"];
    if (!(typeof v98 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v98, import_constants.rule$13, true) && ok;
    const v99 = o93["title"];
    if (!(v99 === "Unknown")) ok = (0, import_validation.bad)(c, p + "/title", v99, import_constants.rule$26, true) && ok;
    const v100 = o93["trace"];
    if (v100 !== void 0 && !(typeof v100 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v100, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k101 in o93) {
        switch (k101) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k101, o93[k101])) ok = false;
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
    const o102 = v;
    const v103 = o102["CA"];
    if (!(v103 === "restricted" || v103 === "unrestricted")) ok = (0, import_validation.bad)(c, p + "/CA", v103, import_constants.rule$27, true) && ok;
    const v104 = o102["Intl"];
    if (!(v104 === "restricted" || v104 === "unrestricted")) ok = (0, import_validation.bad)(c, p + "/Intl", v104, import_constants.rule$27, true) && ok;
    const v105 = o102["US"];
    if (!(v105 === "restricted" || v105 === "unrestricted")) ok = (0, import_validation.bad)(c, p + "/US", v105, import_constants.rule$27, true) && ok;
    if (c.scan) {
      for (const k106 in o102) {
        switch (k106) {
          case "CA":
          case "Intl":
          case "US":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k106, o102[k106])) ok = false;
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
    const o107 = v;
    const v108 = o107["actorId"];
    if (!(typeof v108 === "string" && import_constants.pattern$1.test(v108) || typeof v108 === "string" && import_constants.pattern$2.test(v108))) ok = (0, import_validation.bad)(c, p + "/actorId", v108, import_constants.rule$1, true) && ok;
    const v109 = o107["company"];
    if (v109 !== void 0 && !(v109 === null || typeof v109 === "string")) ok = (0, import_validation.bad)(c, p + "/company", v109, import_constants.rule$2) && ok;
    const v110 = o107["createdAt"];
    if (!(typeof v110 === "string" && (0, import_validation.isDateTime)(v110))) ok = (0, import_validation.bad)(c, p + "/createdAt", v110, import_constants.rule$5, true) && ok;
    const v111 = o107["externalId"];
    if (v111 !== void 0 && !(v111 === null || typeof v111 === "string")) ok = (0, import_validation.bad)(c, p + "/externalId", v111, import_constants.rule$2) && ok;
    const v112 = o107["firstName"];
    if (v112 !== void 0 && !(v112 === null || typeof v112 === "string")) ok = (0, import_validation.bad)(c, p + "/firstName", v112, import_constants.rule$2) && ok;
    const v113 = o107["id"];
    if (!(typeof v113 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v113, import_constants.rule$13, true) && ok;
    const v114 = o107["lastName"];
    if (v114 !== void 0 && !(v114 === null || typeof v114 === "string")) ok = (0, import_validation.bad)(c, p + "/lastName", v114, import_constants.rule$2) && ok;
    const v115 = o107["role"];
    if (v115 !== void 0 && !(v115 === null || typeof v115 === "string")) ok = (0, import_validation.bad)(c, p + "/role", v115, import_constants.rule$2) && ok;
    const v116 = o107["source"];
    if (v116 !== void 0 && !(v116 === null || typeof v116 === "string")) ok = (0, import_validation.bad)(c, p + "/source", v116, import_constants.rule$2) && ok;
    const v117 = o107["sourceUrl"];
    if (v117 !== void 0 && !(v117 === null || typeof v117 === "string" && v117.length > 0 && (v117.length <= 200 || (0, import_validation.codePoints)(v117) <= 200) && (0, import_validation.isUri)(v117))) ok = (0, import_validation.bad)(c, p + "/sourceUrl", v117, import_constants.rule$28) && ok;
    const v118 = o107["updatedAt"];
    if (!(typeof v118 === "string" && (0, import_validation.isDateTime)(v118))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v118, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k119 in o107) {
        switch (k119) {
          case "actorId":
          case "company":
          case "createdAt":
          case "externalId":
          case "firstName":
          case "id":
          case "lastName":
          case "role":
          case "source":
          case "sourceUrl":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k119, o107[k119])) ok = false;
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
    const o120 = v;
    const v121 = o120["docs"];
    if (!(v121 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v121, import_constants.rule$25, true) && ok;
    const v122 = o120["errors"];
    if (v122 !== void 0) {
      if (!Array.isArray(v122)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v122);
      } else {
        for (let i123 = 0; i123 < v122.length; i123++) {
          const v124 = v122[i123];
          if (!checkErrorDetail(v124, p + "/errors/" + i123, c)) ok = false;
        }
      }
    }
    const v125 = o120["message"];
    if (!(typeof v125 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v125, import_constants.rule$13, true) && ok;
    const v126 = o120["title"];
    if (!(v126 === "Conflict")) ok = (0, import_validation.bad)(c, p + "/title", v126, import_constants.rule$29, true) && ok;
    const v127 = o120["trace"];
    if (v127 !== void 0 && !(typeof v127 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v127, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k128 in o120) {
        switch (k128) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k128, o120[k128])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactNote(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o129 = v;
    const v130 = o129["actorId"];
    if (!(typeof v130 === "string" && import_constants.pattern$1.test(v130))) ok = (0, import_validation.bad)(c, p + "/actorId", v130, import_constants.rule$30, true) && ok;
    const v131 = o129["createdAt"];
    if (!(typeof v131 === "string" && (0, import_validation.isDateTime)(v131))) ok = (0, import_validation.bad)(c, p + "/createdAt", v131, import_constants.rule$5, true) && ok;
    const v132 = o129["id"];
    if (!(typeof v132 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v132, import_constants.rule$13, true) && ok;
    const v133 = o129["media"];
    if (v133 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/media", "array");
    } else {
      if (!Array.isArray(v133)) {
        ok = (0, import_validation.fail)(c, p + "/media", "array", v133);
      } else {
        for (let i134 = 0; i134 < v133.length; i134++) {
          const v135 = v133[i134];
          if (typeof v135 !== "object" || v135 === null || Array.isArray(v135)) {
            ok = (0, import_validation.fail)(c, p + "/media/" + i134, "object", v135);
          } else {
            const o136 = v135;
            const v137 = o136["name"];
            if (!(v137 === null || typeof v137 === "string")) ok = (0, import_validation.bad)(c, p + "/media/" + i134 + "/name", v137, import_constants.rule$2, true) && ok;
            const v138 = o136["type"];
            if (!(v138 === null || typeof v138 === "string")) ok = (0, import_validation.bad)(c, p + "/media/" + i134 + "/type", v138, import_constants.rule$2, true) && ok;
            const v139 = o136["url"];
            if (!(typeof v139 === "string" && (0, import_validation.isUri)(v139))) ok = (0, import_validation.bad)(c, p + "/media/" + i134 + "/url", v139, import_constants.rule$31, true) && ok;
            if (c.scan) {
              for (const k140 in o136) {
                switch (k140) {
                  case "name":
                  case "type":
                  case "url":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/media/" + i134, k140, o136[k140])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v141 = o129["text"];
    if (!(typeof v141 === "string")) ok = (0, import_validation.bad)(c, p + "/text", v141, import_constants.rule$13, true) && ok;
    const v142 = o129["updatedAt"];
    if (!(typeof v142 === "string" && (0, import_validation.isDateTime)(v142))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v142, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k143 in o129) {
        switch (k143) {
          case "actorId":
          case "createdAt":
          case "id":
          case "media":
          case "text":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k143, o129[k143])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactProperty(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o144 = v;
    const v145 = o144["createdAt"];
    if (!(typeof v145 === "string" && (0, import_validation.isDateTime)(v145))) ok = (0, import_validation.bad)(c, p + "/createdAt", v145, import_constants.rule$5, true) && ok;
    const v146 = o144["id"];
    if (!(typeof v146 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v146, import_constants.rule$13, true) && ok;
    const v147 = o144["name"];
    if (!(v147 === null || typeof v147 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v147, import_constants.rule$2, true) && ok;
    const v148 = o144["type"];
    if (!(typeof v148 === "string")) ok = (0, import_validation.bad)(c, p + "/type", v148, import_constants.rule$13, true) && ok;
    const v149 = o144["updatedAt"];
    if (!(typeof v149 === "string" && (0, import_validation.isDateTime)(v149))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v149, import_constants.rule$5, true) && ok;
    const v150 = o144["value"];
    if (v150 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/value", "string or boolean or number or array or array or object");
    } else {
      const p151 = p + "/value";
      c.quiet++;
      const m152 = typeof v150 === "string" ? 0 : typeof v150 === "boolean" ? 1 : typeof v150 === "number" && Number.isFinite(v150) ? 2 : variant$153(v150, p151, c) ? 3 : variant$156(v150, p151, c) ? 4 : variant$161(v150, p151, c) ? 5 : -1;
      c.quiet--;
      if (m152 === -1) {
        ok = (0, import_validation.fail)(c, p + "/value", "string or boolean or number or array or array or object", v150);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m152 === 3) variant$153(v150, p151, c);
        if (m152 === 4) variant$156(v150, p151, c);
        if (m152 === 5) variant$161(v150, p151, c);
      }
    }
    if (c.scan) {
      for (const k164 in o144) {
        switch (k164) {
          case "createdAt":
          case "id":
          case "name":
          case "type":
          case "updatedAt":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k164, o144[k164])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkContactShare(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o165 = v;
    const v166 = o165["contactId"];
    if (!(typeof v166 === "string")) ok = (0, import_validation.bad)(c, p + "/contactId", v166, import_constants.rule$13, true) && ok;
    const v167 = o165["createdAt"];
    if (!(typeof v167 === "string" && (0, import_validation.isDateTime)(v167))) ok = (0, import_validation.bad)(c, p + "/createdAt", v167, import_constants.rule$5, true) && ok;
    const v168 = o165["sharedWith"];
    if (!(typeof v168 === "string" && import_constants.pattern$1.test(v168) || typeof v168 === "string" && import_constants.pattern$9.test(v168) || typeof v168 === "string" && import_constants.pattern$10.test(v168))) ok = (0, import_validation.bad)(c, p + "/sharedWith", v168, import_constants.rule$32, true) && ok;
    if (c.scan) {
      for (const k169 in o165) {
        switch (k169) {
          case "contactId":
          case "createdAt":
          case "sharedWith":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k169, o165[k169])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkCreatedAt(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o170 = v;
    const v171 = o170["gte"];
    if (v171 !== void 0 && !(typeof v171 === "string" && (0, import_validation.isDateTime)(v171))) ok = (0, import_validation.bad)(c, p + "/gte", v171, import_constants.rule$5) && ok;
    const v172 = o170["lte"];
    if (v172 !== void 0 && !(typeof v172 === "string" && (0, import_validation.isDateTime)(v172))) ok = (0, import_validation.bad)(c, p + "/lte", v172, import_constants.rule$5) && ok;
    if (c.scan) {
      for (const k173 in o170) {
        switch (k173) {
          case "gte":
          case "lte":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k173, o170[k173])) ok = false;
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
    const o174 = v;
    const v175 = o174["message"];
    if (!(typeof v175 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v175, import_constants.rule$13, true) && ok;
    const v176 = o174["path"];
    if (!(typeof v176 === "string")) ok = (0, import_validation.bad)(c, p + "/path", v176, import_constants.rule$13, true) && ok;
    const v177 = o174["schema"];
    if (v177 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/schema", "object with type");
    } else {
      if (typeof v177 !== "object" || v177 === null || Array.isArray(v177)) {
        ok = (0, import_validation.fail)(c, p + "/schema", "object", v177);
      } else {
        const o178 = v177;
        const v179 = o178["pattern"];
        if (v179 !== void 0 && !(typeof v179 === "string")) ok = (0, import_validation.bad)(c, p + "/schema/pattern", v179, import_constants.rule$13) && ok;
        const v180 = o178["type"];
        if (!(typeof v180 === "string")) ok = (0, import_validation.bad)(c, p + "/schema/type", v180, import_constants.rule$13, true) && ok;
        if (c.scan) {
          for (const k181 in o178) {
            switch (k181) {
              case "pattern":
              case "type":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/schema", k181, o178[k181])) ok = false;
              }
            }
          }
        }
      }
    }
    const v182 = o174["value"];
    if (c.scan) {
      for (const k183 in o174) {
        switch (k183) {
          case "message":
          case "path":
          case "schema":
          case "value":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k183, o174[k183])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkFriday(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o184 = v;
    const v185 = o184["end"];
    if (!(typeof v185 === "string" && import_constants.pattern$11.test(v185))) ok = (0, import_validation.bad)(c, p + "/end", v185, import_constants.rule$33, true) && ok;
    const v186 = o184["start"];
    if (!(typeof v186 === "string" && import_constants.pattern$11.test(v186))) ok = (0, import_validation.bad)(c, p + "/start", v186, import_constants.rule$33, true) && ok;
    if (c.scan) {
      for (const k187 in o184) {
        switch (k187) {
          case "end":
          case "start":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k187, o184[k187])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkGetPhoneNumberByIdPhoneNumber(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o188 = v;
    const v189 = o188["businessHours"];
    if (v189 !== void 0) {
      if (typeof v189 !== "object" || v189 === null || Array.isArray(v189)) {
        ok = (0, import_validation.fail)(c, p + "/businessHours", "object", v189);
      } else {
        const o190 = v189;
        const v191 = o190["enabled"];
        if (!(typeof v191 === "boolean")) ok = (0, import_validation.bad)(c, p + "/businessHours/enabled", v191, import_constants.rule$34, true) && ok;
        const v192 = o190["schedule"];
        if (v192 === void 0) {
          ok = (0, import_validation.missing)(c, p + "/businessHours/schedule", "object with friday, monday, saturday, sunday, \u2026 or null");
        } else {
          if (v192 !== null) {
            if (typeof v192 !== "object" || v192 === null || Array.isArray(v192)) {
              ok = (0, import_validation.fail)(c, p + "/businessHours/schedule", "object or null", v192);
            } else {
              const o193 = v192;
              const v194 = o193["friday"];
              if (v194 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/friday", "Friday or null");
              } else {
                if (v194 !== null) {
                  if (!checkFriday(v194, p + "/businessHours/schedule/friday", c)) ok = false;
                }
              }
              const v195 = o193["monday"];
              if (v195 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/monday", "Friday or null");
              } else {
                if (v195 !== null) {
                  if (!checkFriday(v195, p + "/businessHours/schedule/monday", c)) ok = false;
                }
              }
              const v196 = o193["saturday"];
              if (v196 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/saturday", "Friday or null");
              } else {
                if (v196 !== null) {
                  if (!checkFriday(v196, p + "/businessHours/schedule/saturday", c)) ok = false;
                }
              }
              const v197 = o193["sunday"];
              if (v197 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/sunday", "Friday or null");
              } else {
                if (v197 !== null) {
                  if (!checkFriday(v197, p + "/businessHours/schedule/sunday", c)) ok = false;
                }
              }
              const v198 = o193["thursday"];
              if (v198 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/thursday", "Friday or null");
              } else {
                if (v198 !== null) {
                  if (!checkFriday(v198, p + "/businessHours/schedule/thursday", c)) ok = false;
                }
              }
              const v199 = o193["tuesday"];
              if (v199 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/tuesday", "Friday or null");
              } else {
                if (v199 !== null) {
                  if (!checkFriday(v199, p + "/businessHours/schedule/tuesday", c)) ok = false;
                }
              }
              const v200 = o193["wednesday"];
              if (v200 === void 0) {
                ok = (0, import_validation.missing)(c, p + "/businessHours/schedule/wednesday", "Friday or null");
              } else {
                if (v200 !== null) {
                  if (!checkFriday(v200, p + "/businessHours/schedule/wednesday", c)) ok = false;
                }
              }
              if (c.scan) {
                for (const k201 in o193) {
                  switch (k201) {
                    case "friday":
                    case "monday":
                    case "saturday":
                    case "sunday":
                    case "thursday":
                    case "tuesday":
                    case "wednesday":
                      break;
                    default: {
                      if (!(0, import_validation.unknownProperty)(c, p + "/businessHours/schedule", k201, o193[k201])) ok = false;
                    }
                  }
                }
              }
            }
          }
        }
        const v202 = o190["timezone"];
        if (!(typeof v202 === "string")) ok = (0, import_validation.bad)(c, p + "/businessHours/timezone", v202, import_constants.rule$13, true) && ok;
        if (c.scan) {
          for (const k203 in o190) {
            switch (k203) {
              case "enabled":
              case "schedule":
              case "timezone":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/businessHours", k203, o190[k203])) ok = false;
              }
            }
          }
        }
      }
    }
    const v204 = o188["createdAt"];
    if (!(typeof v204 === "string" && (0, import_validation.isDateTime)(v204))) ok = (0, import_validation.bad)(c, p + "/createdAt", v204, import_constants.rule$5, true) && ok;
    const v205 = o188["formattedNumber"];
    if (!(v205 === null || typeof v205 === "string")) ok = (0, import_validation.bad)(c, p + "/formattedNumber", v205, import_constants.rule$2, true) && ok;
    const v206 = o188["forward"];
    if (!(v206 === null || typeof v206 === "string")) ok = (0, import_validation.bad)(c, p + "/forward", v206, import_constants.rule$2, true) && ok;
    const v207 = o188["groupId"];
    if (!(typeof v207 === "string" && import_constants.pattern$9.test(v207))) ok = (0, import_validation.bad)(c, p + "/groupId", v207, import_constants.rule$35, true) && ok;
    const v208 = o188["id"];
    if (!(typeof v208 === "string" && import_constants.pattern$3.test(v208))) ok = (0, import_validation.bad)(c, p + "/id", v208, import_constants.rule$36, true) && ok;
    const v209 = o188["name"];
    if (!(typeof v209 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v209, import_constants.rule$13, true) && ok;
    const v210 = o188["phoneNumber"];
    if (!(typeof v210 === "string" && import_constants.pattern$0.test(v210))) ok = (0, import_validation.bad)(c, p + "/phoneNumber", v210, import_constants.rule$0, true) && ok;
    const v211 = o188["portRequestId"];
    if (!(v211 === null || typeof v211 === "string")) ok = (0, import_validation.bad)(c, p + "/portRequestId", v211, import_constants.rule$2, true) && ok;
    const v212 = o188["portingStatus"];
    if (!(v212 === null || typeof v212 === "string")) ok = (0, import_validation.bad)(c, p + "/portingStatus", v212, import_constants.rule$2, true) && ok;
    const v213 = o188["restrictions"];
    if (v213 !== void 0) {
      if (!checkRestrictions(v213, p + "/restrictions", c)) ok = false;
    }
    const v214 = o188["symbol"];
    if (!(v214 === null || typeof v214 === "string")) ok = (0, import_validation.bad)(c, p + "/symbol", v214, import_constants.rule$2, true) && ok;
    const v215 = o188["updatedAt"];
    if (!(typeof v215 === "string" && (0, import_validation.isDateTime)(v215))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v215, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k216 in o188) {
        switch (k216) {
          case "businessHours":
          case "createdAt":
          case "formattedNumber":
          case "forward":
          case "groupId":
          case "id":
          case "name":
          case "phoneNumber":
          case "portRequestId":
          case "portingStatus":
          case "restrictions":
          case "symbol":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k216, o188[k216])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkGetWebhookDeliveryWebhookDelivery(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o217 = v;
    const v218 = o217["attempts"];
    if (v218 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/attempts", "array");
    } else {
      if (!Array.isArray(v218)) {
        ok = (0, import_validation.fail)(c, p + "/attempts", "array", v218);
      } else {
        for (let i219 = 0; i219 < v218.length; i219++) {
          const v220 = v218[i219];
          if (typeof v220 !== "object" || v220 === null || Array.isArray(v220)) {
            ok = (0, import_validation.fail)(c, p + "/attempts/" + i219, "object", v220);
          } else {
            const o221 = v220;
            const v222 = o221["id"];
            if (!(typeof v222 === "string")) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/id", v222, import_constants.rule$13, true) && ok;
            const v223 = o221["responseBody"];
            if (!(v223 === null || typeof v223 === "string")) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/responseBody", v223, import_constants.rule$2, true) && ok;
            const v224 = o221["responseDurationMs"];
            if (!(v224 === null || typeof v224 === "number" && Number.isInteger(v224))) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/responseDurationMs", v224, import_constants.rule$17, true) && ok;
            const v225 = o221["responseStatusCode"];
            if (!(typeof v225 === "number" && Number.isInteger(v225))) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/responseStatusCode", v225, import_constants.rule$7, true) && ok;
            const v226 = o221["status"];
            if (!(v226 === "success" || v226 === "pending" || v226 === "sending" || v226 === "failed")) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/status", v226, import_constants.rule$37, true) && ok;
            const v227 = o221["timestamp"];
            if (!(typeof v227 === "string" && (0, import_validation.isDateTime)(v227))) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/timestamp", v227, import_constants.rule$5, true) && ok;
            const v228 = o221["triggerType"];
            if (!(v228 === "scheduled" || v228 === "manual")) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/triggerType", v228, import_constants.rule$38, true) && ok;
            const v229 = o221["url"];
            if (!(typeof v229 === "string" && (0, import_validation.isUri)(v229))) ok = (0, import_validation.bad)(c, p + "/attempts/" + i219 + "/url", v229, import_constants.rule$31, true) && ok;
            if (c.scan) {
              for (const k230 in o221) {
                switch (k230) {
                  case "id":
                  case "responseBody":
                  case "responseDurationMs":
                  case "responseStatusCode":
                  case "status":
                  case "timestamp":
                  case "triggerType":
                  case "url":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/attempts/" + i219, k230, o221[k230])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v231 = o217["createdAt"];
    if (!(typeof v231 === "string" && (0, import_validation.isDateTime)(v231))) ok = (0, import_validation.bad)(c, p + "/createdAt", v231, import_constants.rule$5, true) && ok;
    const v232 = o217["eventId"];
    if (!(v232 === null || typeof v232 === "string")) ok = (0, import_validation.bad)(c, p + "/eventId", v232, import_constants.rule$2, true) && ok;
    const v233 = o217["eventType"];
    if (!import_constants.enum$2.has(v233)) ok = (0, import_validation.bad)(c, p + "/eventType", v233, import_constants.rule$39, true) && ok;
    const v234 = o217["id"];
    if (!(typeof v234 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v234, import_constants.rule$13, true) && ok;
    const v235 = o217["requestBody"];
    if (v235 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/requestBody", "object");
    } else {
      if (typeof v235 !== "object" || v235 === null || Array.isArray(v235)) {
        ok = (0, import_validation.fail)(c, p + "/requestBody", "object", v235);
      } else {
        const o236 = v235;
      }
    }
    const v238 = o217["resourceId"];
    if (!(v238 === null || typeof v238 === "string")) ok = (0, import_validation.bad)(c, p + "/resourceId", v238, import_constants.rule$2, true) && ok;
    if (c.scan) {
      for (const k239 in o217) {
        switch (k239) {
          case "attempts":
          case "createdAt":
          case "eventId":
          case "eventType":
          case "id":
          case "requestBody":
          case "resourceId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k239, o217[k239])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkHeaderVersionedWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o240 = v;
    const v241 = o240["apiVersion"];
    if (v241 !== void 0 && !(v241 === "2026-03-30")) ok = (0, import_validation.bad)(c, p + "/apiVersion", v241, import_constants.rule$40) && ok;
    const v242 = o240["createdAt"];
    if (!(typeof v242 === "string" && (0, import_validation.isDateTime)(v242))) ok = (0, import_validation.bad)(c, p + "/createdAt", v242, import_constants.rule$5, true) && ok;
    const v243 = o240["events"];
    if (v243 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v243)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v243);
      } else if (v243.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v243);
      } else {
        for (let i244 = 0; i244 < v243.length; i244++) {
          const v245 = v243[i244];
          if (!import_constants.enum$2.has(v245)) ok = (0, import_validation.bad)(c, p + "/events/" + i244, v245, import_constants.rule$39) && ok;
        }
      }
    }
    const v246 = o240["id"];
    if (!(typeof v246 === "string" && import_constants.pattern$12.test(v246))) ok = (0, import_validation.bad)(c, p + "/id", v246, import_constants.rule$41, true) && ok;
    const v247 = o240["key"];
    if (!(typeof v247 === "string" && import_constants.pattern$13.test(v247))) ok = (0, import_validation.bad)(c, p + "/key", v247, import_constants.rule$42, true) && ok;
    const v248 = o240["label"];
    if (!(v248 === null || typeof v248 === "string")) ok = (0, import_validation.bad)(c, p + "/label", v248, import_constants.rule$2, true) && ok;
    const v249 = o240["orgId"];
    if (!(typeof v249 === "string" && import_constants.pattern$10.test(v249))) ok = (0, import_validation.bad)(c, p + "/orgId", v249, import_constants.rule$43, true) && ok;
    const v250 = o240["resourceIds"];
    if (v250 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p251 = p + "/resourceIds";
      c.quiet++;
      const m252 = variant$253(v250, p251, c) ? 0 : variant$256(v250, p251, c) ? 1 : -1;
      c.quiet--;
      if (m252 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v250);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m252 === 0) variant$253(v250, p251, c);
        if (m252 === 1) variant$256(v250, p251, c);
      }
    }
    const v259 = o240["status"];
    if (!(v259 === "enabled" || v259 === "disabled")) ok = (0, import_validation.bad)(c, p + "/status", v259, import_constants.rule$45, true) && ok;
    const v260 = o240["updatedAt"];
    if (!(typeof v260 === "string" && (0, import_validation.isDateTime)(v260))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v260, import_constants.rule$5, true) && ok;
    const v261 = o240["url"];
    if (!(typeof v261 === "string" && (0, import_validation.isUri)(v261))) ok = (0, import_validation.bad)(c, p + "/url", v261, import_constants.rule$31, true) && ok;
    if (c.scan) {
      for (const k262 in o240) {
        switch (k262) {
          case "apiVersion":
          case "createdAt":
          case "events":
          case "id":
          case "key":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k262, o240[k262])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkListMessagesCreatedAt(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o263 = v;
    const v264 = o263["gt"];
    if (v264 !== void 0 && !(typeof v264 === "string" && (0, import_validation.isDateTime)(v264))) ok = (0, import_validation.bad)(c, p + "/gt", v264, import_constants.rule$5) && ok;
    const v265 = o263["lt"];
    if (v265 !== void 0 && !(typeof v265 === "string" && (0, import_validation.isDateTime)(v265))) ok = (0, import_validation.bad)(c, p + "/lt", v265, import_constants.rule$5) && ok;
    if (c.scan) {
      for (const k266 in o263) {
        switch (k266) {
          case "gt":
          case "lt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k266, o263[k266])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkListTasksTask(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o267 = v;
    const v268 = o267["activityId"];
    if (v268 !== void 0 && !(v268 === null || typeof v268 === "string" && import_constants.pattern$5.test(v268))) ok = (0, import_validation.bad)(c, p + "/activityId", v268, import_constants.rule$46) && ok;
    const v269 = o267["assignedBy"];
    if (v269 !== void 0 && !(v269 === null || (typeof v269 === "string" && import_constants.pattern$1.test(v269) || typeof v269 === "string" && import_constants.pattern$2.test(v269)))) ok = (0, import_validation.bad)(c, p + "/assignedBy", v269, import_constants.rule$4) && ok;
    const v270 = o267["assignedTo"];
    if (v270 !== void 0 && !(v270 === null || (typeof v270 === "string" && import_constants.pattern$1.test(v270) || typeof v270 === "string" && import_constants.pattern$2.test(v270)))) ok = (0, import_validation.bad)(c, p + "/assignedTo", v270, import_constants.rule$4) && ok;
    const v271 = o267["conversationId"];
    if (v271 !== void 0 && !(v271 === null || typeof v271 === "string" && import_constants.pattern$14.test(v271))) ok = (0, import_validation.bad)(c, p + "/conversationId", v271, import_constants.rule$47) && ok;
    const v272 = o267["createdAt"];
    if (!(typeof v272 === "string" && (0, import_validation.isDateTime)(v272))) ok = (0, import_validation.bad)(c, p + "/createdAt", v272, import_constants.rule$5, true) && ok;
    const v273 = o267["createdBy"];
    if (!(typeof v273 === "string")) ok = (0, import_validation.bad)(c, p + "/createdBy", v273, import_constants.rule$13, true) && ok;
    const v274 = o267["description"];
    if (v274 !== void 0 && !(v274 === null || typeof v274 === "string")) ok = (0, import_validation.bad)(c, p + "/description", v274, import_constants.rule$2) && ok;
    const v275 = o267["dueDate"];
    if (v275 !== void 0 && !(v275 === null || typeof v275 === "string" && (0, import_validation.isDateTime)(v275))) ok = (0, import_validation.bad)(c, p + "/dueDate", v275, import_constants.rule$3) && ok;
    const v276 = o267["orgId"];
    if (!(typeof v276 === "string" && import_constants.pattern$10.test(v276))) ok = (0, import_validation.bad)(c, p + "/orgId", v276, import_constants.rule$43, true) && ok;
    const v277 = o267["phoneNumberGroupId"];
    if (v277 !== void 0 && !(v277 === null || typeof v277 === "string")) ok = (0, import_validation.bad)(c, p + "/phoneNumberGroupId", v277, import_constants.rule$2) && ok;
    const v278 = o267["phoneNumberId"];
    if (v278 !== void 0 && !(v278 === null || typeof v278 === "string" && import_constants.pattern$3.test(v278))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v278, import_constants.rule$11) && ok;
    const v279 = o267["revision"];
    if (!(typeof v279 === "number" && Number.isInteger(v279))) ok = (0, import_validation.bad)(c, p + "/revision", v279, import_constants.rule$7, true) && ok;
    const v280 = o267["status"];
    if (!(v280 === "open" || v280 === "completed" || v280 === "deleted")) ok = (0, import_validation.bad)(c, p + "/status", v280, import_constants.rule$48, true) && ok;
    const v281 = o267["taskId"];
    if (!(typeof v281 === "string" && import_constants.pattern$15.test(v281))) ok = (0, import_validation.bad)(c, p + "/taskId", v281, import_constants.rule$49, true) && ok;
    const v282 = o267["title"];
    if (v282 !== void 0 && !(v282 === null || typeof v282 === "string")) ok = (0, import_validation.bad)(c, p + "/title", v282, import_constants.rule$2) && ok;
    if (c.scan) {
      for (const k283 in o267) {
        switch (k283) {
          case "activityId":
          case "assignedBy":
          case "assignedTo":
          case "conversationId":
          case "createdAt":
          case "createdBy":
          case "description":
          case "dueDate":
          case "orgId":
          case "phoneNumberGroupId":
          case "phoneNumberId":
          case "revision":
          case "status":
          case "taskId":
          case "title":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k283, o267[k283])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMarkConversationAsDone(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o284 = v;
    const v285 = o284["createdAt"];
    if (!(v285 === null || typeof v285 === "string" && (0, import_validation.isDateTime)(v285))) ok = (0, import_validation.bad)(c, p + "/createdAt", v285, import_constants.rule$3, true) && ok;
    const v286 = o284["deletedAt"];
    if (!(v286 === null || typeof v286 === "string" && (0, import_validation.isDateTime)(v286))) ok = (0, import_validation.bad)(c, p + "/deletedAt", v286, import_constants.rule$3, true) && ok;
    const v287 = o284["id"];
    if (!(typeof v287 === "string" && import_constants.pattern$14.test(v287))) ok = (0, import_validation.bad)(c, p + "/id", v287, import_constants.rule$50, true) && ok;
    const v288 = o284["lastActivityAt"];
    if (!(v288 === null || typeof v288 === "string" && (0, import_validation.isDateTime)(v288))) ok = (0, import_validation.bad)(c, p + "/lastActivityAt", v288, import_constants.rule$3, true) && ok;
    const v289 = o284["lastActivityId"];
    if (!(v289 === null || typeof v289 === "string" && import_constants.pattern$5.test(v289))) ok = (0, import_validation.bad)(c, p + "/lastActivityId", v289, import_constants.rule$46, true) && ok;
    const v290 = o284["mutedUntil"];
    if (!(v290 === null || typeof v290 === "string" && (0, import_validation.isDateTime)(v290))) ok = (0, import_validation.bad)(c, p + "/mutedUntil", v290, import_constants.rule$3, true) && ok;
    const v291 = o284["name"];
    if (!(v291 === null || typeof v291 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v291, import_constants.rule$2, true) && ok;
    const v292 = o284["participants"];
    if (v292 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/participants", "array");
    } else {
      if (!Array.isArray(v292)) {
        ok = (0, import_validation.fail)(c, p + "/participants", "array", v292);
      } else {
        for (let i293 = 0; i293 < v292.length; i293++) {
          const v294 = v292[i293];
          if (!(typeof v294 === "string" && import_constants.pattern$0.test(v294) || typeof v294 === "string" && import_constants.pattern$6.test(v294) || (v294 === "Anonymous" || v294 === "Restricted" || v294 === "Blocked"))) ok = (0, import_validation.bad)(c, p + "/participants/" + i293, v294, import_constants.rule$51) && ok;
        }
      }
    }
    const v295 = o284["phoneNumberId"];
    if (!(typeof v295 === "string" && import_constants.pattern$3.test(v295))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v295, import_constants.rule$36, true) && ok;
    const v296 = o284["snoozedUntil"];
    if (!(v296 === null || typeof v296 === "string" && (0, import_validation.isDateTime)(v296))) ok = (0, import_validation.bad)(c, p + "/snoozedUntil", v296, import_constants.rule$3, true) && ok;
    const v297 = o284["updatedAt"];
    if (!(v297 === null || typeof v297 === "string" && (0, import_validation.isDateTime)(v297))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v297, import_constants.rule$3, true) && ok;
    if (c.scan) {
      for (const k298 in o284) {
        switch (k298) {
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
            if (!(0, import_validation.unknownProperty)(c, p, k298, o284[k298])) ok = false;
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
    const o299 = v;
    const v300 = o299["conversationId"];
    if (!(typeof v300 === "string" && import_constants.pattern$14.test(v300))) ok = (0, import_validation.bad)(c, p + "/conversationId", v300, import_constants.rule$50, true) && ok;
    const v301 = o299["createdAt"];
    if (!(typeof v301 === "string" && (0, import_validation.isDateTime)(v301))) ok = (0, import_validation.bad)(c, p + "/createdAt", v301, import_constants.rule$5, true) && ok;
    const v302 = o299["direction"];
    if (!(v302 === "incoming" || v302 === "outgoing")) ok = (0, import_validation.bad)(c, p + "/direction", v302, import_constants.rule$6, true) && ok;
    const v303 = o299["from"];
    if (!(typeof v303 === "string" && import_constants.pattern$0.test(v303) || typeof v303 === "string" && import_constants.pattern$6.test(v303) || (v303 === "Anonymous" || v303 === "Restricted" || v303 === "Blocked"))) ok = (0, import_validation.bad)(c, p + "/from", v303, import_constants.rule$51, true) && ok;
    const v304 = o299["id"];
    if (!(typeof v304 === "string" && import_constants.pattern$5.test(v304))) ok = (0, import_validation.bad)(c, p + "/id", v304, import_constants.rule$9, true) && ok;
    const v305 = o299["media"];
    if (v305 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/media", "array");
    } else {
      if (!Array.isArray(v305)) {
        ok = (0, import_validation.fail)(c, p + "/media", "array", v305);
      } else {
        for (let i306 = 0; i306 < v305.length; i306++) {
          const v307 = v305[i306];
          if (typeof v307 !== "object" || v307 === null || Array.isArray(v307)) {
            ok = (0, import_validation.fail)(c, p + "/media/" + i306, "object", v307);
          } else {
            const o308 = v307;
            const v309 = o308["type"];
            if (!(v309 === null || typeof v309 === "string")) ok = (0, import_validation.bad)(c, p + "/media/" + i306 + "/type", v309, import_constants.rule$2, true) && ok;
            const v310 = o308["url"];
            if (!(typeof v310 === "string" && (0, import_validation.isUri)(v310))) ok = (0, import_validation.bad)(c, p + "/media/" + i306 + "/url", v310, import_constants.rule$31, true) && ok;
            if (c.scan) {
              for (const k311 in o308) {
                switch (k311) {
                  case "type":
                  case "url":
                    break;
                  default: {
                    if (!(0, import_validation.unknownProperty)(c, p + "/media/" + i306, k311, o308[k311])) ok = false;
                  }
                }
              }
            }
          }
        }
      }
    }
    const v312 = o299["phoneNumberId"];
    if (v312 !== void 0 && !(v312 === null || typeof v312 === "string" && import_constants.pattern$3.test(v312))) ok = (0, import_validation.bad)(c, p + "/phoneNumberId", v312, import_constants.rule$11) && ok;
    const v313 = o299["status"];
    if (!(v313 === "queued" || v313 === "sent" || v313 === "delivered" || v313 === "undelivered" || v313 === "received" || v313 === "failed")) ok = (0, import_validation.bad)(c, p + "/status", v313, import_constants.rule$52, true) && ok;
    const v314 = o299["text"];
    if (!(typeof v314 === "string")) ok = (0, import_validation.bad)(c, p + "/text", v314, import_constants.rule$13, true) && ok;
    const v315 = o299["to"];
    if (v315 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/to", "array");
    } else {
      if (!Array.isArray(v315)) {
        ok = (0, import_validation.fail)(c, p + "/to", "array", v315);
      } else {
        for (let i316 = 0; i316 < v315.length; i316++) {
          const v317 = v315[i316];
          if (!(typeof v317 === "string" && import_constants.pattern$0.test(v317) || typeof v317 === "string" && import_constants.pattern$6.test(v317) || (v317 === "Anonymous" || v317 === "Restricted" || v317 === "Blocked"))) ok = (0, import_validation.bad)(c, p + "/to/" + i316, v317, import_constants.rule$51) && ok;
        }
      }
    }
    const v318 = o299["updatedAt"];
    if (!(typeof v318 === "string" && (0, import_validation.isDateTime)(v318))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v318, import_constants.rule$5, true) && ok;
    const v319 = o299["userId"];
    if (v319 !== void 0 && !(v319 === null || (typeof v319 === "string" && import_constants.pattern$1.test(v319) || typeof v319 === "string" && import_constants.pattern$2.test(v319)))) ok = (0, import_validation.bad)(c, p + "/userId", v319, import_constants.rule$4) && ok;
    if (c.scan) {
      for (const k320 in o299) {
        switch (k320) {
          case "conversationId":
          case "createdAt":
          case "direction":
          case "from":
          case "id":
          case "media":
          case "phoneNumberId":
          case "status":
          case "text":
          case "to":
          case "updatedAt":
          case "userId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k320, o299[k320])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkMessageUnprocessableEntityError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o321 = v;
    const v322 = o321["docs"];
    if (!(v322 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v322, import_constants.rule$25, true) && ok;
    const v323 = o321["errors"];
    if (v323 !== void 0) {
      if (!Array.isArray(v323)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v323);
      } else {
        for (let i324 = 0; i324 < v323.length; i324++) {
          const v325 = v323[i324];
          if (!checkErrorDetail(v325, p + "/errors/" + i324, c)) ok = false;
        }
      }
    }
    const v326 = o321["message"];
    if (!(typeof v326 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v326, import_constants.rule$13, true) && ok;
    const v327 = o321["title"];
    if (!(v327 === "Unprocessable Entity")) ok = (0, import_validation.bad)(c, p + "/title", v327, import_constants.rule$53, true) && ok;
    const v328 = o321["trace"];
    if (v328 !== void 0 && !(typeof v328 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v328, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k329 in o321) {
        switch (k329) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k329, o321[k329])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkOrganization(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o330 = v;
    const v331 = o330["createdAt"];
    if (!(typeof v331 === "string" && (0, import_validation.isDateTime)(v331))) ok = (0, import_validation.bad)(c, p + "/createdAt", v331, import_constants.rule$5, true) && ok;
    const v332 = o330["id"];
    if (!(typeof v332 === "string" && import_constants.pattern$10.test(v332))) ok = (0, import_validation.bad)(c, p + "/id", v332, import_constants.rule$43, true) && ok;
    const v333 = o330["name"];
    if (!(v333 === null || typeof v333 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v333, import_constants.rule$2, true) && ok;
    const v334 = o330["subscriptionStatus"];
    if (!(v334 === "active" || v334 === "expired")) ok = (0, import_validation.bad)(c, p + "/subscriptionStatus", v334, import_constants.rule$54, true) && ok;
    const v335 = o330["updatedAt"];
    if (!(typeof v335 === "string" && (0, import_validation.isDateTime)(v335))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v335, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k336 in o330) {
        switch (k336) {
          case "createdAt":
          case "id":
          case "name":
          case "subscriptionStatus":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k336, o330[k336])) ok = false;
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
    const o337 = v;
    const v338 = o337["createdAt"];
    if (!(typeof v338 === "string" && (0, import_validation.isDateTime)(v338))) ok = (0, import_validation.bad)(c, p + "/createdAt", v338, import_constants.rule$5, true) && ok;
    const v339 = o337["formattedNumber"];
    if (!(v339 === null || typeof v339 === "string")) ok = (0, import_validation.bad)(c, p + "/formattedNumber", v339, import_constants.rule$2, true) && ok;
    const v340 = o337["forward"];
    if (!(v340 === null || typeof v340 === "string")) ok = (0, import_validation.bad)(c, p + "/forward", v340, import_constants.rule$2, true) && ok;
    const v341 = o337["groupId"];
    if (!(typeof v341 === "string" && import_constants.pattern$9.test(v341))) ok = (0, import_validation.bad)(c, p + "/groupId", v341, import_constants.rule$35, true) && ok;
    const v342 = o337["id"];
    if (!(typeof v342 === "string" && import_constants.pattern$3.test(v342))) ok = (0, import_validation.bad)(c, p + "/id", v342, import_constants.rule$36, true) && ok;
    const v343 = o337["name"];
    if (!(typeof v343 === "string")) ok = (0, import_validation.bad)(c, p + "/name", v343, import_constants.rule$13, true) && ok;
    const v344 = o337["phoneNumber"];
    if (!(typeof v344 === "string" && import_constants.pattern$0.test(v344))) ok = (0, import_validation.bad)(c, p + "/phoneNumber", v344, import_constants.rule$0, true) && ok;
    const v345 = o337["portRequestId"];
    if (!(v345 === null || typeof v345 === "string")) ok = (0, import_validation.bad)(c, p + "/portRequestId", v345, import_constants.rule$2, true) && ok;
    const v346 = o337["portingStatus"];
    if (!(v346 === null || typeof v346 === "string")) ok = (0, import_validation.bad)(c, p + "/portingStatus", v346, import_constants.rule$2, true) && ok;
    const v347 = o337["restrictions"];
    if (v347 !== void 0) {
      if (!checkRestrictions(v347, p + "/restrictions", c)) ok = false;
    }
    const v348 = o337["symbol"];
    if (!(v348 === null || typeof v348 === "string")) ok = (0, import_validation.bad)(c, p + "/symbol", v348, import_constants.rule$2, true) && ok;
    const v349 = o337["updatedAt"];
    if (!(typeof v349 === "string" && (0, import_validation.isDateTime)(v349))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v349, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k350 in o337) {
        switch (k350) {
          case "createdAt":
          case "formattedNumber":
          case "forward":
          case "groupId":
          case "id":
          case "name":
          case "phoneNumber":
          case "portRequestId":
          case "portingStatus":
          case "restrictions":
          case "symbol":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k350, o337[k350])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkPhoneNumberUser(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o351 = v;
    const v352 = o351["email"];
    if (!(typeof v352 === "string" && (0, import_validation.isEmail)(v352))) ok = (0, import_validation.bad)(c, p + "/email", v352, import_constants.rule$55, true) && ok;
    const v353 = o351["firstName"];
    if (!(v353 === null || typeof v353 === "string")) ok = (0, import_validation.bad)(c, p + "/firstName", v353, import_constants.rule$2, true) && ok;
    const v354 = o351["groupId"];
    if (!(typeof v354 === "string" && import_constants.pattern$9.test(v354))) ok = (0, import_validation.bad)(c, p + "/groupId", v354, import_constants.rule$35, true) && ok;
    const v355 = o351["id"];
    if (!(typeof v355 === "string" && import_constants.pattern$1.test(v355))) ok = (0, import_validation.bad)(c, p + "/id", v355, import_constants.rule$30, true) && ok;
    const v356 = o351["lastName"];
    if (!(v356 === null || typeof v356 === "string")) ok = (0, import_validation.bad)(c, p + "/lastName", v356, import_constants.rule$2, true) && ok;
    const v357 = o351["role"];
    if (!(v357 === "owner" || v357 === "admin" || v357 === "member")) ok = (0, import_validation.bad)(c, p + "/role", v357, import_constants.rule$56, true) && ok;
    if (c.scan) {
      for (const k358 in o351) {
        switch (k358) {
          case "email":
          case "firstName":
          case "groupId":
          case "id":
          case "lastName":
          case "role":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k358, o351[k358])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkRestrictions(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o359 = v;
    const v360 = o359["calling"];
    if (v360 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/calling", "Calling");
    } else {
      if (!checkCalling(v360, p + "/calling", c)) ok = false;
    }
    const v361 = o359["messaging"];
    if (v361 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/messaging", "Calling");
    } else {
      if (!checkCalling(v361, p + "/messaging", c)) ok = false;
    }
    if (c.scan) {
      for (const k362 in o359) {
        switch (k362) {
          case "calling":
          case "messaging":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k362, o359[k362])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkRotateHeaderVersionedWebhookSecret(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o363 = v;
    const v364 = o363["key"];
    if (!(typeof v364 === "string" && import_constants.pattern$13.test(v364))) ok = (0, import_validation.bad)(c, p + "/key", v364, import_constants.rule$42, true) && ok;
    if (c.scan) {
      for (const k365 in o363) {
        switch (k365) {
          case "key":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k365, o363[k365])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkSource(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o366 = v;
    const v367 = o366["in"];
    if (v367 !== void 0 && !(typeof v367 === "string")) ok = (0, import_validation.bad)(c, p + "/in", v367, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k368 in o366) {
        switch (k368) {
          case "in":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k368, o366[k368])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTask(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o369 = v;
    const v370 = o369["revision"];
    if (!(typeof v370 === "number" && Number.isInteger(v370))) ok = (0, import_validation.bad)(c, p + "/revision", v370, import_constants.rule$7, true) && ok;
    const v371 = o369["taskId"];
    if (!(typeof v371 === "string" && import_constants.pattern$15.test(v371))) ok = (0, import_validation.bad)(c, p + "/taskId", v371, import_constants.rule$49, true) && ok;
    if (c.scan) {
      for (const k372 in o369) {
        switch (k372) {
          case "revision":
          case "taskId":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k372, o369[k372])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTaskBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o373 = v;
    const v374 = o373["docs"];
    if (!(v374 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v374, import_constants.rule$25, true) && ok;
    const v375 = o373["errors"];
    if (v375 !== void 0) {
      if (!Array.isArray(v375)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v375);
      } else {
        for (let i376 = 0; i376 < v375.length; i376++) {
          const v377 = v375[i376];
          if (!checkErrorDetail(v377, p + "/errors/" + i376, c)) ok = false;
        }
      }
    }
    const v378 = o373["message"];
    if (!(typeof v378 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v378, import_constants.rule$13, true) && ok;
    const v379 = o373["title"];
    if (!(v379 === "Bad Request")) ok = (0, import_validation.bad)(c, p + "/title", v379, import_constants.rule$57, true) && ok;
    const v380 = o373["trace"];
    if (v380 !== void 0 && !(typeof v380 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v380, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k381 in o373) {
        switch (k381) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k381, o373[k381])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTaskForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o382 = v;
    const v383 = o382["docs"];
    if (!(v383 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v383, import_constants.rule$25, true) && ok;
    const v384 = o382["errors"];
    if (v384 !== void 0) {
      if (!Array.isArray(v384)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v384);
      } else {
        for (let i385 = 0; i385 < v384.length; i385++) {
          const v386 = v384[i385];
          if (!checkErrorDetail(v386, p + "/errors/" + i385, c)) ok = false;
        }
      }
    }
    const v387 = o382["message"];
    if (!(typeof v387 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v387, import_constants.rule$13, true) && ok;
    const v388 = o382["title"];
    if (!(v388 === "Forbidden")) ok = (0, import_validation.bad)(c, p + "/title", v388, import_constants.rule$58, true) && ok;
    const v389 = o382["trace"];
    if (v389 !== void 0 && !(typeof v389 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v389, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k390 in o382) {
        switch (k390) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k390, o382[k390])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTaskNotFoundError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o391 = v;
    const v392 = o391["docs"];
    if (!(v392 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v392, import_constants.rule$25, true) && ok;
    const v393 = o391["errors"];
    if (v393 !== void 0) {
      if (!Array.isArray(v393)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v393);
      } else {
        for (let i394 = 0; i394 < v393.length; i394++) {
          const v395 = v393[i394];
          if (!checkErrorDetail(v395, p + "/errors/" + i394, c)) ok = false;
        }
      }
    }
    const v396 = o391["message"];
    if (!(typeof v396 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v396, import_constants.rule$13, true) && ok;
    const v397 = o391["title"];
    if (!(v397 === "Not Found")) ok = (0, import_validation.bad)(c, p + "/title", v397, import_constants.rule$59, true) && ok;
    const v398 = o391["trace"];
    if (v398 !== void 0 && !(typeof v398 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v398, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k399 in o391) {
        switch (k399) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k399, o391[k399])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTaskUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o400 = v;
    const v401 = o400["docs"];
    if (!(v401 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v401, import_constants.rule$25, true) && ok;
    const v402 = o400["errors"];
    if (v402 !== void 0) {
      if (!Array.isArray(v402)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v402);
      } else {
        for (let i403 = 0; i403 < v402.length; i403++) {
          const v404 = v402[i403];
          if (!checkErrorDetail(v404, p + "/errors/" + i403, c)) ok = false;
        }
      }
    }
    const v405 = o400["message"];
    if (!(typeof v405 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v405, import_constants.rule$13, true) && ok;
    const v406 = o400["title"];
    if (!(v406 === "Unauthorized")) ok = (0, import_validation.bad)(c, p + "/title", v406, import_constants.rule$60, true) && ok;
    const v407 = o400["trace"];
    if (v407 !== void 0 && !(typeof v407 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v407, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k408 in o400) {
        switch (k408) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k408, o400[k408])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkTaskUnknownError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o409 = v;
    const v410 = o409["docs"];
    if (!(v410 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v410, import_constants.rule$25, true) && ok;
    const v411 = o409["errors"];
    if (v411 !== void 0) {
      if (!Array.isArray(v411)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v411);
      } else {
        for (let i412 = 0; i412 < v411.length; i412++) {
          const v413 = v411[i412];
          if (!checkErrorDetail(v413, p + "/errors/" + i412, c)) ok = false;
        }
      }
    }
    const v414 = o409["message"];
    if (!(typeof v414 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v414, import_constants.rule$13, true) && ok;
    const v415 = o409["title"];
    if (!(v415 === "Unknown Error")) ok = (0, import_validation.bad)(c, p + "/title", v415, import_constants.rule$61, true) && ok;
    const v416 = o409["trace"];
    if (v416 !== void 0 && !(typeof v416 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v416, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k417 in o409) {
        switch (k417) {
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k417, o409[k417])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkUser(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o418 = v;
    const v419 = o418["createdAt"];
    if (!(typeof v419 === "string" && (0, import_validation.isDateTime)(v419))) ok = (0, import_validation.bad)(c, p + "/createdAt", v419, import_constants.rule$5, true) && ok;
    const v420 = o418["email"];
    if (!(typeof v420 === "string" && (0, import_validation.isEmail)(v420))) ok = (0, import_validation.bad)(c, p + "/email", v420, import_constants.rule$55, true) && ok;
    const v421 = o418["firstName"];
    if (!(v421 === null || typeof v421 === "string")) ok = (0, import_validation.bad)(c, p + "/firstName", v421, import_constants.rule$2, true) && ok;
    const v422 = o418["id"];
    if (!(typeof v422 === "string" && import_constants.pattern$1.test(v422))) ok = (0, import_validation.bad)(c, p + "/id", v422, import_constants.rule$30, true) && ok;
    const v423 = o418["lastName"];
    if (!(v423 === null || typeof v423 === "string")) ok = (0, import_validation.bad)(c, p + "/lastName", v423, import_constants.rule$2, true) && ok;
    const v424 = o418["pictureUrl"];
    if (!(v424 === null || typeof v424 === "string" && (0, import_validation.isUri)(v424))) ok = (0, import_validation.bad)(c, p + "/pictureUrl", v424, import_constants.rule$19, true) && ok;
    const v425 = o418["role"];
    if (!(v425 === "owner" || v425 === "admin" || v425 === "member")) ok = (0, import_validation.bad)(c, p + "/role", v425, import_constants.rule$56, true) && ok;
    const v426 = o418["updatedAt"];
    if (!(typeof v426 === "string" && (0, import_validation.isDateTime)(v426))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v426, import_constants.rule$5, true) && ok;
    if (c.scan) {
      for (const k427 in o418) {
        switch (k427) {
          case "createdAt":
          case "email":
          case "firstName":
          case "id":
          case "lastName":
          case "pictureUrl":
          case "role":
          case "updatedAt":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k427, o418[k427])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhook(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o428 = v;
    const v429 = o428["apiVersion"];
    if (v429 !== void 0 && !(v429 === "2026-03-30")) ok = (0, import_validation.bad)(c, p + "/apiVersion", v429, import_constants.rule$40) && ok;
    const v430 = o428["createdAt"];
    if (!(typeof v430 === "string" && (0, import_validation.isDateTime)(v430))) ok = (0, import_validation.bad)(c, p + "/createdAt", v430, import_constants.rule$5, true) && ok;
    const v431 = o428["events"];
    if (v431 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/events", "array");
    } else {
      if (!Array.isArray(v431)) {
        ok = (0, import_validation.fail)(c, p + "/events", "array", v431);
      } else if (v431.length < 1) {
        ok = (0, import_validation.fail)(c, p + "/events", "array of at least 1 item", v431);
      } else {
        for (let i432 = 0; i432 < v431.length; i432++) {
          const v433 = v431[i432];
          if (!import_constants.enum$2.has(v433)) ok = (0, import_validation.bad)(c, p + "/events/" + i432, v433, import_constants.rule$39) && ok;
        }
      }
    }
    const v434 = o428["id"];
    if (!(typeof v434 === "string" && import_constants.pattern$12.test(v434))) ok = (0, import_validation.bad)(c, p + "/id", v434, import_constants.rule$41, true) && ok;
    const v435 = o428["label"];
    if (!(v435 === null || typeof v435 === "string")) ok = (0, import_validation.bad)(c, p + "/label", v435, import_constants.rule$2, true) && ok;
    const v436 = o428["orgId"];
    if (!(typeof v436 === "string" && import_constants.pattern$10.test(v436))) ok = (0, import_validation.bad)(c, p + "/orgId", v436, import_constants.rule$43, true) && ok;
    const v437 = o428["resourceIds"];
    if (v437 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resourceIds", "array or array");
    } else {
      const p438 = p + "/resourceIds";
      c.quiet++;
      const m439 = variant$440(v437, p438, c) ? 0 : variant$443(v437, p438, c) ? 1 : -1;
      c.quiet--;
      if (m439 === -1) {
        ok = (0, import_validation.fail)(c, p + "/resourceIds", "array or array", v437);
      } else if (c.quiet === 0 && c.onUnknown !== void 0) {
        if (m439 === 0) variant$440(v437, p438, c);
        if (m439 === 1) variant$443(v437, p438, c);
      }
    }
    const v446 = o428["status"];
    if (!(v446 === "enabled" || v446 === "disabled")) ok = (0, import_validation.bad)(c, p + "/status", v446, import_constants.rule$45, true) && ok;
    const v447 = o428["updatedAt"];
    if (!(typeof v447 === "string" && (0, import_validation.isDateTime)(v447))) ok = (0, import_validation.bad)(c, p + "/updatedAt", v447, import_constants.rule$5, true) && ok;
    const v448 = o428["url"];
    if (!(typeof v448 === "string" && (0, import_validation.isUri)(v448))) ok = (0, import_validation.bad)(c, p + "/url", v448, import_constants.rule$31, true) && ok;
    if (c.scan) {
      for (const k449 in o428) {
        switch (k449) {
          case "apiVersion":
          case "createdAt":
          case "events":
          case "id":
          case "label":
          case "orgId":
          case "resourceIds":
          case "status":
          case "updatedAt":
          case "url":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k449, o428[k449])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookBadRequestError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o450 = v;
    const v451 = o450["code"];
    if (v451 !== void 0 && !(typeof v451 === "string")) ok = (0, import_validation.bad)(c, p + "/code", v451, import_constants.rule$13) && ok;
    const v452 = o450["docs"];
    if (!(v452 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v452, import_constants.rule$25, true) && ok;
    const v453 = o450["errors"];
    if (v453 !== void 0) {
      if (!Array.isArray(v453)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v453);
      } else {
        for (let i454 = 0; i454 < v453.length; i454++) {
          const v455 = v453[i454];
          if (!checkErrorDetail(v455, p + "/errors/" + i454, c)) ok = false;
        }
      }
    }
    const v456 = o450["message"];
    if (!(typeof v456 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v456, import_constants.rule$13, true) && ok;
    const v457 = o450["title"];
    if (!(v457 === "Bad Request")) ok = (0, import_validation.bad)(c, p + "/title", v457, import_constants.rule$57, true) && ok;
    const v458 = o450["trace"];
    if (v458 !== void 0 && !(typeof v458 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v458, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k459 in o450) {
        switch (k459) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k459, o450[k459])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookDelivery(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o460 = v;
    const v461 = o460["createdAt"];
    if (!(typeof v461 === "string" && (0, import_validation.isDateTime)(v461))) ok = (0, import_validation.bad)(c, p + "/createdAt", v461, import_constants.rule$5, true) && ok;
    const v462 = o460["eventId"];
    if (!(v462 === null || typeof v462 === "string")) ok = (0, import_validation.bad)(c, p + "/eventId", v462, import_constants.rule$2, true) && ok;
    const v463 = o460["eventType"];
    if (!import_constants.enum$2.has(v463)) ok = (0, import_validation.bad)(c, p + "/eventType", v463, import_constants.rule$39, true) && ok;
    const v464 = o460["id"];
    if (!(typeof v464 === "string")) ok = (0, import_validation.bad)(c, p + "/id", v464, import_constants.rule$13, true) && ok;
    const v465 = o460["nextAttemptAt"];
    if (!(v465 === null || typeof v465 === "string" && (0, import_validation.isDateTime)(v465))) ok = (0, import_validation.bad)(c, p + "/nextAttemptAt", v465, import_constants.rule$3, true) && ok;
    const v466 = o460["resourceId"];
    if (!(v466 === null || typeof v466 === "string")) ok = (0, import_validation.bad)(c, p + "/resourceId", v466, import_constants.rule$2, true) && ok;
    const v467 = o460["status"];
    if (!(v467 === "success" || v467 === "pending" || v467 === "sending" || v467 === "failed")) ok = (0, import_validation.bad)(c, p + "/status", v467, import_constants.rule$37, true) && ok;
    if (c.scan) {
      for (const k468 in o460) {
        switch (k468) {
          case "createdAt":
          case "eventId":
          case "eventType":
          case "id":
          case "nextAttemptAt":
          case "resourceId":
          case "status":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k468, o460[k468])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookForbiddenError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o469 = v;
    const v470 = o469["code"];
    if (v470 !== void 0 && !(typeof v470 === "string")) ok = (0, import_validation.bad)(c, p + "/code", v470, import_constants.rule$13) && ok;
    const v471 = o469["docs"];
    if (!(v471 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v471, import_constants.rule$25, true) && ok;
    const v472 = o469["errors"];
    if (v472 !== void 0) {
      if (!Array.isArray(v472)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v472);
      } else {
        for (let i473 = 0; i473 < v472.length; i473++) {
          const v474 = v472[i473];
          if (!checkErrorDetail(v474, p + "/errors/" + i473, c)) ok = false;
        }
      }
    }
    const v475 = o469["message"];
    if (!(typeof v475 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v475, import_constants.rule$13, true) && ok;
    const v476 = o469["title"];
    if (!(v476 === "Forbidden")) ok = (0, import_validation.bad)(c, p + "/title", v476, import_constants.rule$58, true) && ok;
    const v477 = o469["trace"];
    if (v477 !== void 0 && !(typeof v477 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v477, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k478 in o469) {
        switch (k478) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k478, o469[k478])) ok = false;
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
    const o479 = v;
    const v480 = o479["code"];
    if (v480 !== void 0 && !(typeof v480 === "string")) ok = (0, import_validation.bad)(c, p + "/code", v480, import_constants.rule$13) && ok;
    const v481 = o479["docs"];
    if (!(v481 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v481, import_constants.rule$25, true) && ok;
    const v482 = o479["errors"];
    if (v482 !== void 0) {
      if (!Array.isArray(v482)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v482);
      } else {
        for (let i483 = 0; i483 < v482.length; i483++) {
          const v484 = v482[i483];
          if (!checkErrorDetail(v484, p + "/errors/" + i483, c)) ok = false;
        }
      }
    }
    const v485 = o479["message"];
    if (!(typeof v485 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v485, import_constants.rule$13, true) && ok;
    const v486 = o479["title"];
    if (!(v486 === "Not Found")) ok = (0, import_validation.bad)(c, p + "/title", v486, import_constants.rule$59, true) && ok;
    const v487 = o479["trace"];
    if (v487 !== void 0 && !(typeof v487 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v487, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k488 in o479) {
        switch (k488) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k488, o479[k488])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
function checkWebhookTestEvent(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o489 = v;
    const v490 = o489["context"];
    if (v490 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/context", "object");
    } else {
      if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) {
        ok = (0, import_validation.fail)(c, p + "/context", "object", v490);
      } else {
        const o491 = v490;
      }
    }
    const v493 = o489["links"];
    if (v493 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/links", "object");
    } else {
      if (typeof v493 !== "object" || v493 === null || Array.isArray(v493)) {
        ok = (0, import_validation.fail)(c, p + "/links", "object", v493);
      } else {
        const o494 = v493;
        const v495 = o494["quo"];
        if (v495 !== void 0 && !(v495 === null || typeof v495 === "string" && (0, import_validation.isUri)(v495))) ok = (0, import_validation.bad)(c, p + "/links/quo", v495, import_constants.rule$19) && ok;
        if (c.scan) {
          for (const k496 in o494) {
            switch (k496) {
              case "quo":
                break;
              default: {
                if (!(0, import_validation.unknownProperty)(c, p + "/links", k496, o494[k496])) ok = false;
              }
            }
          }
        }
      }
    }
    const v497 = o489["resource"];
    if (v497 === void 0) {
      ok = (0, import_validation.missing)(c, p + "/resource", "object");
    } else {
      if (typeof v497 !== "object" || v497 === null || Array.isArray(v497)) {
        ok = (0, import_validation.fail)(c, p + "/resource", "object", v497);
      } else {
        const o498 = v497;
      }
    }
    if (c.scan) {
      for (const k500 in o489) {
        switch (k500) {
          case "context":
          case "links":
          case "resource":
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
function checkWebhookUnauthorizedError(v, p, c) {
  let ok = true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    ok = (0, import_validation.fail)(c, p, "object", v);
  } else {
    const o501 = v;
    const v502 = o501["code"];
    if (v502 !== void 0 && !(typeof v502 === "string")) ok = (0, import_validation.bad)(c, p + "/code", v502, import_constants.rule$13) && ok;
    const v503 = o501["docs"];
    if (!(v503 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v503, import_constants.rule$25, true) && ok;
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
    if (!(typeof v507 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v507, import_constants.rule$13, true) && ok;
    const v508 = o501["title"];
    if (!(v508 === "Unauthorized")) ok = (0, import_validation.bad)(c, p + "/title", v508, import_constants.rule$60, true) && ok;
    const v509 = o501["trace"];
    if (v509 !== void 0 && !(typeof v509 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v509, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k510 in o501) {
        switch (k510) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k510, o501[k510])) ok = false;
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
    const o511 = v;
    const v512 = o511["code"];
    if (v512 !== void 0 && !(typeof v512 === "string")) ok = (0, import_validation.bad)(c, p + "/code", v512, import_constants.rule$13) && ok;
    const v513 = o511["docs"];
    if (!(v513 === "https://quo.com/docs")) ok = (0, import_validation.bad)(c, p + "/docs", v513, import_constants.rule$25, true) && ok;
    const v514 = o511["errors"];
    if (v514 !== void 0) {
      if (!Array.isArray(v514)) {
        ok = (0, import_validation.fail)(c, p + "/errors", "array", v514);
      } else {
        for (let i515 = 0; i515 < v514.length; i515++) {
          const v516 = v514[i515];
          if (!checkErrorDetail(v516, p + "/errors/" + i515, c)) ok = false;
        }
      }
    }
    const v517 = o511["message"];
    if (!(typeof v517 === "string")) ok = (0, import_validation.bad)(c, p + "/message", v517, import_constants.rule$13, true) && ok;
    const v518 = o511["title"];
    if (!(v518 === "Unknown Error")) ok = (0, import_validation.bad)(c, p + "/title", v518, import_constants.rule$61, true) && ok;
    const v519 = o511["trace"];
    if (v519 !== void 0 && !(typeof v519 === "string")) ok = (0, import_validation.bad)(c, p + "/trace", v519, import_constants.rule$13) && ok;
    if (c.scan) {
      for (const k520 in o511) {
        switch (k520) {
          case "code":
          case "docs":
          case "errors":
          case "message":
          case "title":
          case "trace":
            break;
          default: {
            if (!(0, import_validation.unknownProperty)(c, p, k520, o511[k520])) ok = false;
          }
        }
      }
    }
  }
  return ok;
}
const AvailablePhoneNumbersBaseValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkAvailablePhoneNumbersBase, false);
const CallValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCall, false);
const CallRecordingValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallRecording, false);
const CallTranscriptValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallTranscript, false);
const CallUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCallUnknownError, false);
const CallingValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCalling, false);
const ContactValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContact, false);
const ContactConflictErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactConflictError, false);
const ContactNoteValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactNote, false);
const ContactPropertyValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactProperty, false);
const ContactShareValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkContactShare, false);
const CreatedAtValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkCreatedAt, false);
const ErrorDetailValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkErrorDetail, false);
const FridayValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkFriday, false);
const GetPhoneNumberByIdPhoneNumberValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkGetPhoneNumberByIdPhoneNumber, false);
const GetWebhookDeliveryWebhookDeliveryValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkGetWebhookDeliveryWebhookDelivery, false);
const HeaderVersionedWebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkHeaderVersionedWebhook, false);
const ListMessagesCreatedAtValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkListMessagesCreatedAt, false);
const ListTasksTaskValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkListTasksTask, false);
const MarkConversationAsDoneValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMarkConversationAsDone, false);
const MessageValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessage, false);
const MessageUnprocessableEntityErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkMessageUnprocessableEntityError, false);
const OrganizationValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkOrganization, false);
const PhoneNumberValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumber, false);
const PhoneNumberUserValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkPhoneNumberUser, false);
const RestrictionsValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkRestrictions, false);
const RotateHeaderVersionedWebhookSecretValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkRotateHeaderVersionedWebhookSecret, false);
const SourceValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkSource, false);
const TaskValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTask, false);
const TaskBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTaskBadRequestError, false);
const TaskForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTaskForbiddenError, false);
const TaskNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTaskNotFoundError, false);
const TaskUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTaskUnauthorizedError, false);
const TaskUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkTaskUnknownError, false);
const UserValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkUser, false);
const WebhookValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhook, false);
const WebhookBadRequestErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookBadRequestError, false);
const WebhookDeliveryValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookDelivery, false);
const WebhookForbiddenErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookForbiddenError, false);
const WebhookNotFoundErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookNotFoundError, false);
const WebhookTestEventValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookTestEvent, false);
const WebhookUnauthorizedErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookUnauthorizedError, false);
const WebhookUnknownErrorValidator = /* @__PURE__ */ (0, import_validation.createValidator)(checkWebhookUnknownError, false);
