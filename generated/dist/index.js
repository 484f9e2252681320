import {
  createClient,
  createClientFor,
  DEFAULT_BASE_URL
} from "./client.js";
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
import { isOpenPhoneError, OpenPhoneError } from "./runtime/errors.js";
import { createClientCore } from "./runtime/http.js";
import { pages, paginate } from "./runtime/pagination.js";
import { createRateLimiter } from "./runtime/rate-limit.js";
export {
  DEFAULT_BASE_URL,
  OpenPhoneError,
  createCallSummaryWebhook,
  createCallSummaryWebhookSafe,
  createCallTranscriptWebhook,
  createCallTranscriptWebhookSafe,
  createCallWebhook,
  createCallWebhookSafe,
  createClient,
  createClientCore,
  createClientFor,
  createContact,
  createContactSafe,
  createMessageWebhook,
  createMessageWebhookSafe,
  createRateLimiter,
  deleteContact,
  deleteContactSafe,
  deleteWebhookById,
  deleteWebhookByIdSafe,
  getCallRecordings,
  getCallRecordingsSafe,
  getCallSummary,
  getCallSummarySafe,
  getCallTranscript,
  getCallTranscriptSafe,
  getContactById,
  getContactByIdSafe,
  getContactCustomFields,
  getContactCustomFieldsSafe,
  getMessageById,
  getMessageByIdSafe,
  getWebhookById,
  getWebhookByIdSafe,
  isOpenPhoneError,
  listCalls,
  listCallsMaxPageSize,
  listCallsSafe,
  listContacts,
  listContactsMaxPageSize,
  listContactsSafe,
  listConversations,
  listConversationsMaxPageSize,
  listConversationsSafe,
  listMessages,
  listMessagesMaxPageSize,
  listMessagesSafe,
  listPhoneNumbers,
  listPhoneNumbersSafe,
  listWebhooks,
  listWebhooksSafe,
  pages,
  paginate,
  sendMessage,
  sendMessageSafe,
  updateContactById,
  updateContactByIdSafe
};
