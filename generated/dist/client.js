import {
  bindOperation,
  bindOperations
} from "./runtime/bind.js";
import { createClientCore } from "./runtime/http.js";
import { createCallSummaryWebhook, createCallSummaryWebhookSafe } from "./operations/createCallSummaryWebhook.js";
import { createCallTranscriptWebhook, createCallTranscriptWebhookSafe } from "./operations/createCallTranscriptWebhook.js";
import { createCallWebhook, createCallWebhookSafe } from "./operations/createCallWebhook.js";
import { createContact, createContactSafe } from "./operations/createContact.js";
import { createMessageWebhook, createMessageWebhookSafe } from "./operations/createMessageWebhook.js";
import { deleteContact, deleteContactSafe } from "./operations/deleteContact.js";
import { deleteWebhookById, deleteWebhookByIdSafe } from "./operations/deleteWebhookById.js";
import { getCallRecordings, getCallRecordingsSafe } from "./operations/getCallRecordings.js";
import { getCallSummary, getCallSummarySafe } from "./operations/getCallSummary.js";
import { getCallTranscript, getCallTranscriptSafe } from "./operations/getCallTranscript.js";
import { getContactById, getContactByIdSafe } from "./operations/getContactById.js";
import { getContactCustomFields, getContactCustomFieldsSafe } from "./operations/getContactCustomFields.js";
import { getMessageById, getMessageByIdSafe } from "./operations/getMessageById.js";
import { getWebhookById, getWebhookByIdSafe } from "./operations/getWebhookById.js";
import { listCalls, listCallsSafe, listCallsMaxPageSize } from "./operations/listCalls.js";
import { listContacts, listContactsSafe, listContactsMaxPageSize } from "./operations/listContacts.js";
import { listConversations, listConversationsSafe, listConversationsMaxPageSize } from "./operations/listConversations.js";
import { listMessages, listMessagesSafe, listMessagesMaxPageSize } from "./operations/listMessages.js";
import { listPhoneNumbers, listPhoneNumbersSafe } from "./operations/listPhoneNumbers.js";
import { listWebhooks, listWebhooksSafe } from "./operations/listWebhooks.js";
import { sendMessage, sendMessageSafe } from "./operations/sendMessage.js";
import { updateContactById, updateContactByIdSafe } from "./operations/updateContactById.js";
const DEFAULT_BASE_URL = "https://api.openphone.com";
function createClientFor(options, operations) {
  return bindOperations(createClientCore(options, DEFAULT_BASE_URL), operations, { listCalls: listCallsMaxPageSize, listContacts: listContactsMaxPageSize, listConversations: listConversationsMaxPageSize, listMessages: listMessagesMaxPageSize });
}
function createClient(options) {
  const core = createClientCore(options, DEFAULT_BASE_URL);
  return {
    core,
    createCallSummaryWebhook: bindOperation(core, createCallSummaryWebhook, createCallSummaryWebhookSafe),
    createCallTranscriptWebhook: bindOperation(core, createCallTranscriptWebhook, createCallTranscriptWebhookSafe),
    createCallWebhook: bindOperation(core, createCallWebhook, createCallWebhookSafe),
    createContact: bindOperation(core, createContact, createContactSafe),
    createMessageWebhook: bindOperation(core, createMessageWebhook, createMessageWebhookSafe),
    deleteContact: bindOperation(core, deleteContact, deleteContactSafe),
    deleteWebhookById: bindOperation(core, deleteWebhookById, deleteWebhookByIdSafe),
    getCallRecordings: bindOperation(core, getCallRecordings, getCallRecordingsSafe),
    getCallSummary: bindOperation(core, getCallSummary, getCallSummarySafe),
    getCallTranscript: bindOperation(core, getCallTranscript, getCallTranscriptSafe),
    getContactById: bindOperation(core, getContactById, getContactByIdSafe),
    getContactCustomFields: bindOperation(core, getContactCustomFields, getContactCustomFieldsSafe),
    getMessageById: bindOperation(core, getMessageById, getMessageByIdSafe),
    getWebhookById: bindOperation(core, getWebhookById, getWebhookByIdSafe),
    listCalls: bindOperation(core, listCalls, listCallsSafe, listCallsMaxPageSize),
    listContacts: bindOperation(core, listContacts, listContactsSafe, listContactsMaxPageSize),
    listConversations: bindOperation(core, listConversations, listConversationsSafe, listConversationsMaxPageSize),
    listMessages: bindOperation(core, listMessages, listMessagesSafe, listMessagesMaxPageSize),
    listPhoneNumbers: bindOperation(core, listPhoneNumbers, listPhoneNumbersSafe),
    listWebhooks: bindOperation(core, listWebhooks, listWebhooksSafe),
    sendMessage: bindOperation(core, sendMessage, sendMessageSafe),
    updateContactById: bindOperation(core, updateContactById, updateContactByIdSafe)
  };
}
export {
  DEFAULT_BASE_URL,
  createClient,
  createClientFor
};
