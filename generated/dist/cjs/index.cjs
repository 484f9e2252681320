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
var src_exports = {};
__export(src_exports, {
  DEFAULT_BASE_URL: () => import_client.DEFAULT_BASE_URL,
  OpenPhoneError: () => import_errors.OpenPhoneError,
  createCallSummaryWebhook: () => import_createCallSummaryWebhook.createCallSummaryWebhook,
  createCallSummaryWebhookSafe: () => import_createCallSummaryWebhook.createCallSummaryWebhookSafe,
  createCallTranscriptWebhook: () => import_createCallTranscriptWebhook.createCallTranscriptWebhook,
  createCallTranscriptWebhookSafe: () => import_createCallTranscriptWebhook.createCallTranscriptWebhookSafe,
  createCallWebhook: () => import_createCallWebhook.createCallWebhook,
  createCallWebhookSafe: () => import_createCallWebhook.createCallWebhookSafe,
  createClient: () => import_client.createClient,
  createClientCore: () => import_http.createClientCore,
  createClientFor: () => import_client.createClientFor,
  createContact: () => import_createContact.createContact,
  createContactSafe: () => import_createContact.createContactSafe,
  createMessageWebhook: () => import_createMessageWebhook.createMessageWebhook,
  createMessageWebhookSafe: () => import_createMessageWebhook.createMessageWebhookSafe,
  createRateLimiter: () => import_rate_limit.createRateLimiter,
  deleteContact: () => import_deleteContact.deleteContact,
  deleteContactSafe: () => import_deleteContact.deleteContactSafe,
  deleteWebhookById: () => import_deleteWebhookById.deleteWebhookById,
  deleteWebhookByIdSafe: () => import_deleteWebhookById.deleteWebhookByIdSafe,
  getCallRecordings: () => import_getCallRecordings.getCallRecordings,
  getCallRecordingsSafe: () => import_getCallRecordings.getCallRecordingsSafe,
  getCallSummary: () => import_getCallSummary.getCallSummary,
  getCallSummarySafe: () => import_getCallSummary.getCallSummarySafe,
  getCallTranscript: () => import_getCallTranscript.getCallTranscript,
  getCallTranscriptSafe: () => import_getCallTranscript.getCallTranscriptSafe,
  getContactById: () => import_getContactById.getContactById,
  getContactByIdSafe: () => import_getContactById.getContactByIdSafe,
  getContactCustomFields: () => import_getContactCustomFields.getContactCustomFields,
  getContactCustomFieldsSafe: () => import_getContactCustomFields.getContactCustomFieldsSafe,
  getMessageById: () => import_getMessageById.getMessageById,
  getMessageByIdSafe: () => import_getMessageById.getMessageByIdSafe,
  getWebhookById: () => import_getWebhookById.getWebhookById,
  getWebhookByIdSafe: () => import_getWebhookById.getWebhookByIdSafe,
  isOpenPhoneError: () => import_errors.isOpenPhoneError,
  listCalls: () => import_listCalls.listCalls,
  listCallsMaxPageSize: () => import_listCalls.listCallsMaxPageSize,
  listCallsSafe: () => import_listCalls.listCallsSafe,
  listContacts: () => import_listContacts.listContacts,
  listContactsMaxPageSize: () => import_listContacts.listContactsMaxPageSize,
  listContactsSafe: () => import_listContacts.listContactsSafe,
  listConversations: () => import_listConversations.listConversations,
  listConversationsMaxPageSize: () => import_listConversations.listConversationsMaxPageSize,
  listConversationsSafe: () => import_listConversations.listConversationsSafe,
  listMessages: () => import_listMessages.listMessages,
  listMessagesMaxPageSize: () => import_listMessages.listMessagesMaxPageSize,
  listMessagesSafe: () => import_listMessages.listMessagesSafe,
  listPhoneNumbers: () => import_listPhoneNumbers.listPhoneNumbers,
  listPhoneNumbersSafe: () => import_listPhoneNumbers.listPhoneNumbersSafe,
  listWebhooks: () => import_listWebhooks.listWebhooks,
  listWebhooksSafe: () => import_listWebhooks.listWebhooksSafe,
  pages: () => import_pagination.pages,
  paginate: () => import_pagination.paginate,
  sendMessage: () => import_sendMessage.sendMessage,
  sendMessageSafe: () => import_sendMessage.sendMessageSafe,
  updateContactById: () => import_updateContactById.updateContactById,
  updateContactByIdSafe: () => import_updateContactById.updateContactByIdSafe
});
module.exports = __toCommonJS(src_exports);
var import_client = require("./client.cjs");
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
var import_errors = require("./runtime/errors.cjs");
var import_http = require("./runtime/http.cjs");
var import_pagination = require("./runtime/pagination.cjs");
var import_rate_limit = require("./runtime/rate-limit.cjs");
