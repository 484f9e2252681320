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
var client_exports = {};
__export(client_exports, {
  DEFAULT_BASE_URL: () => DEFAULT_BASE_URL,
  createClient: () => createClient,
  createClientFor: () => createClientFor
});
module.exports = __toCommonJS(client_exports);
var import_bind = require("./runtime/bind.cjs");
var import_http = require("./runtime/http.cjs");
var import_createCallSummaryWebhook = require("./operations/createCallSummaryWebhook.cjs");
var import_createCallTranscriptWebhook = require("./operations/createCallTranscriptWebhook.cjs");
var import_createCallWebhook = require("./operations/createCallWebhook.cjs");
var import_createContact = require("./operations/createContact.cjs");
var import_createMessageWebhook = require("./operations/createMessageWebhook.cjs");
var import_deleteContact = require("./operations/deleteContact.cjs");
var import_deleteWebhookById = require("./operations/deleteWebhookById.cjs");
var import_getCallRecordings = require("./operations/getCallRecordings.cjs");
var import_getCallSummary = require("./operations/getCallSummary.cjs");
var import_getCallTranscript = require("./operations/getCallTranscript.cjs");
var import_getContactById = require("./operations/getContactById.cjs");
var import_getContactCustomFields = require("./operations/getContactCustomFields.cjs");
var import_getMessageById = require("./operations/getMessageById.cjs");
var import_getWebhookById = require("./operations/getWebhookById.cjs");
var import_listCalls = require("./operations/listCalls.cjs");
var import_listContacts = require("./operations/listContacts.cjs");
var import_listConversations = require("./operations/listConversations.cjs");
var import_listMessages = require("./operations/listMessages.cjs");
var import_listPhoneNumbers = require("./operations/listPhoneNumbers.cjs");
var import_listWebhooks = require("./operations/listWebhooks.cjs");
var import_sendMessage = require("./operations/sendMessage.cjs");
var import_updateContactById = require("./operations/updateContactById.cjs");
const DEFAULT_BASE_URL = "https://api.openphone.com";
function createClientFor(options, operations) {
  return (0, import_bind.bindOperations)((0, import_http.createClientCore)(options, DEFAULT_BASE_URL), operations, { listCalls: import_listCalls.listCallsMaxPageSize, listContacts: import_listContacts.listContactsMaxPageSize, listConversations: import_listConversations.listConversationsMaxPageSize, listMessages: import_listMessages.listMessagesMaxPageSize });
}
function createClient(options) {
  const core = (0, import_http.createClientCore)(options, DEFAULT_BASE_URL);
  return {
    core,
    createCallSummaryWebhook: (0, import_bind.bindOperation)(core, import_createCallSummaryWebhook.createCallSummaryWebhook, import_createCallSummaryWebhook.createCallSummaryWebhookSafe),
    createCallTranscriptWebhook: (0, import_bind.bindOperation)(core, import_createCallTranscriptWebhook.createCallTranscriptWebhook, import_createCallTranscriptWebhook.createCallTranscriptWebhookSafe),
    createCallWebhook: (0, import_bind.bindOperation)(core, import_createCallWebhook.createCallWebhook, import_createCallWebhook.createCallWebhookSafe),
    createContact: (0, import_bind.bindOperation)(core, import_createContact.createContact, import_createContact.createContactSafe),
    createMessageWebhook: (0, import_bind.bindOperation)(core, import_createMessageWebhook.createMessageWebhook, import_createMessageWebhook.createMessageWebhookSafe),
    deleteContact: (0, import_bind.bindOperation)(core, import_deleteContact.deleteContact, import_deleteContact.deleteContactSafe),
    deleteWebhookById: (0, import_bind.bindOperation)(core, import_deleteWebhookById.deleteWebhookById, import_deleteWebhookById.deleteWebhookByIdSafe),
    getCallRecordings: (0, import_bind.bindOperation)(core, import_getCallRecordings.getCallRecordings, import_getCallRecordings.getCallRecordingsSafe),
    getCallSummary: (0, import_bind.bindOperation)(core, import_getCallSummary.getCallSummary, import_getCallSummary.getCallSummarySafe),
    getCallTranscript: (0, import_bind.bindOperation)(core, import_getCallTranscript.getCallTranscript, import_getCallTranscript.getCallTranscriptSafe),
    getContactById: (0, import_bind.bindOperation)(core, import_getContactById.getContactById, import_getContactById.getContactByIdSafe),
    getContactCustomFields: (0, import_bind.bindOperation)(core, import_getContactCustomFields.getContactCustomFields, import_getContactCustomFields.getContactCustomFieldsSafe),
    getMessageById: (0, import_bind.bindOperation)(core, import_getMessageById.getMessageById, import_getMessageById.getMessageByIdSafe),
    getWebhookById: (0, import_bind.bindOperation)(core, import_getWebhookById.getWebhookById, import_getWebhookById.getWebhookByIdSafe),
    listCalls: (0, import_bind.bindOperation)(core, import_listCalls.listCalls, import_listCalls.listCallsSafe, import_listCalls.listCallsMaxPageSize),
    listContacts: (0, import_bind.bindOperation)(core, import_listContacts.listContacts, import_listContacts.listContactsSafe, import_listContacts.listContactsMaxPageSize),
    listConversations: (0, import_bind.bindOperation)(core, import_listConversations.listConversations, import_listConversations.listConversationsSafe, import_listConversations.listConversationsMaxPageSize),
    listMessages: (0, import_bind.bindOperation)(core, import_listMessages.listMessages, import_listMessages.listMessagesSafe, import_listMessages.listMessagesMaxPageSize),
    listPhoneNumbers: (0, import_bind.bindOperation)(core, import_listPhoneNumbers.listPhoneNumbers, import_listPhoneNumbers.listPhoneNumbersSafe),
    listWebhooks: (0, import_bind.bindOperation)(core, import_listWebhooks.listWebhooks, import_listWebhooks.listWebhooksSafe),
    sendMessage: (0, import_bind.bindOperation)(core, import_sendMessage.sendMessage, import_sendMessage.sendMessageSafe),
    updateContactById: (0, import_bind.bindOperation)(core, import_updateContactById.updateContactById, import_updateContactById.updateContactByIdSafe)
  };
}
