import {
  createClient,
  createClientFor,
  DEFAULT_BASE_URL
} from "./client.js";
import { assignTaskUser, assignTaskUserSafe } from "./operations/assignTaskUser.js";
import { createContact, createContactSafe } from "./operations/createContact.js";
import { createContactNote, createContactNoteSafe } from "./operations/createContactNote.js";
import { createContactProperty, createContactPropertySafe } from "./operations/createContactProperty.js";
import { createHeaderVersionedWebhook, createHeaderVersionedWebhookSafe } from "./operations/createHeaderVersionedWebhook.js";
import { createTask, createTaskSafe } from "./operations/createTask.js";
import { deleteContact, deleteContactSafe } from "./operations/deleteContact.js";
import { deleteContactNote, deleteContactNoteSafe } from "./operations/deleteContactNote.js";
import { deleteContactProperty, deleteContactPropertySafe } from "./operations/deleteContactProperty.js";
import { deleteTask, deleteTaskSafe } from "./operations/deleteTask.js";
import { deleteTaskDueDate, deleteTaskDueDateSafe } from "./operations/deleteTaskDueDate.js";
import { deleteWebhookById, deleteWebhookByIdSafe } from "./operations/deleteWebhookById.js";
import { getAvailablePhoneNumbersBase, getAvailablePhoneNumbersBaseSafe } from "./operations/getAvailablePhoneNumbersBase.js";
import { getCallById, getCallByIdSafe } from "./operations/getCallById.js";
import { getCallRecordings, getCallRecordingsSafe, getCallRecordingsMaxPageSize } from "./operations/getCallRecordings.js";
import { getCallTranscripts, getCallTranscriptsSafe, getCallTranscriptsMaxPageSize } from "./operations/getCallTranscripts.js";
import { getContactById, getContactByIdSafe } from "./operations/getContactById.js";
import { getContactNote, getContactNoteSafe } from "./operations/getContactNote.js";
import { getContactProperty, getContactPropertySafe } from "./operations/getContactProperty.js";
import { getMessageById, getMessageByIdSafe } from "./operations/getMessageById.js";
import { getOrganization, getOrganizationSafe } from "./operations/getOrganization.js";
import { getPhoneNumberById, getPhoneNumberByIdSafe } from "./operations/getPhoneNumberById.js";
import { getTask, getTaskSafe } from "./operations/getTask.js";
import { getUserById, getUserByIdSafe } from "./operations/getUserById.js";
import { getWebhookById, getWebhookByIdSafe } from "./operations/getWebhookById.js";
import { getWebhookDelivery, getWebhookDeliverySafe } from "./operations/getWebhookDelivery.js";
import { linkTaskConversation, linkTaskConversationSafe } from "./operations/linkTaskConversation.js";
import { listCalls, listCallsSafe, listCallsMaxPageSize } from "./operations/listCalls.js";
import { listContactNotes, listContactNotesSafe, listContactNotesMaxPageSize } from "./operations/listContactNotes.js";
import { listContactProperties, listContactPropertiesSafe, listContactPropertiesMaxPageSize } from "./operations/listContactProperties.js";
import { listContactShares, listContactSharesSafe, listContactSharesMaxPageSize } from "./operations/listContactShares.js";
import { listContacts, listContactsSafe, listContactsMaxPageSize } from "./operations/listContacts.js";
import { listConversationsHeaderVersioned, listConversationsHeaderVersionedSafe, listConversationsHeaderVersionedMaxPageSize } from "./operations/listConversationsHeaderVersioned.js";
import { listMessages, listMessagesSafe, listMessagesMaxPageSize } from "./operations/listMessages.js";
import { listPhoneNumberUsers, listPhoneNumberUsersSafe, listPhoneNumberUsersMaxPageSize } from "./operations/listPhoneNumberUsers.js";
import { listPhoneNumbers, listPhoneNumbersSafe, listPhoneNumbersMaxPageSize } from "./operations/listPhoneNumbers.js";
import { listTasks, listTasksSafe, listTasksMaxPageSize } from "./operations/listTasks.js";
import { listUserPhoneNumbers, listUserPhoneNumbersSafe, listUserPhoneNumbersMaxPageSize } from "./operations/listUserPhoneNumbers.js";
import { listUsers, listUsersSafe, listUsersMaxPageSize } from "./operations/listUsers.js";
import { listWebhookDeliveries, listWebhookDeliveriesSafe, listWebhookDeliveriesMaxPageSize } from "./operations/listWebhookDeliveries.js";
import { listWebhooks, listWebhooksSafe } from "./operations/listWebhooks.js";
import { markConversationAsDone, markConversationAsDoneSafe } from "./operations/markConversationAsDone.js";
import { markConversationAsOpen, markConversationAsOpenSafe } from "./operations/markConversationAsOpen.js";
import { markConversationAsRead, markConversationAsReadSafe } from "./operations/markConversationAsRead.js";
import { retryMessage, retryMessageSafe } from "./operations/retryMessage.js";
import { retryWebhookDelivery, retryWebhookDeliverySafe } from "./operations/retryWebhookDelivery.js";
import { rotateHeaderVersionedWebhookSecret, rotateHeaderVersionedWebhookSecretSafe } from "./operations/rotateHeaderVersionedWebhookSecret.js";
import { sendWebhookTestEvent, sendWebhookTestEventSafe } from "./operations/sendWebhookTestEvent.js";
import { unassignTaskUser, unassignTaskUserSafe } from "./operations/unassignTaskUser.js";
import { unlinkTaskConversation, unlinkTaskConversationSafe } from "./operations/unlinkTaskConversation.js";
import { updateContactById, updateContactByIdSafe } from "./operations/updateContactById.js";
import { updateContactNote, updateContactNoteSafe } from "./operations/updateContactNote.js";
import { updateContactProperty, updateContactPropertySafe } from "./operations/updateContactProperty.js";
import { updateHeaderVersionedWebhookById, updateHeaderVersionedWebhookByIdSafe } from "./operations/updateHeaderVersionedWebhookById.js";
import { updateTask, updateTaskSafe } from "./operations/updateTask.js";
import { updateTaskDueDate, updateTaskDueDateSafe } from "./operations/updateTaskDueDate.js";
import { updateTaskStatus, updateTaskStatusSafe } from "./operations/updateTaskStatus.js";
import { isOpenPhoneError, OpenPhoneError } from "./runtime/errors.js";
import { createClientCore } from "./runtime/http.js";
import { pages, paginate } from "./runtime/pagination.js";
import { createRateLimiter } from "./runtime/rate-limit.js";
export {
  DEFAULT_BASE_URL,
  OpenPhoneError,
  assignTaskUser,
  assignTaskUserSafe,
  createClient,
  createClientCore,
  createClientFor,
  createContact,
  createContactNote,
  createContactNoteSafe,
  createContactProperty,
  createContactPropertySafe,
  createContactSafe,
  createHeaderVersionedWebhook,
  createHeaderVersionedWebhookSafe,
  createRateLimiter,
  createTask,
  createTaskSafe,
  deleteContact,
  deleteContactNote,
  deleteContactNoteSafe,
  deleteContactProperty,
  deleteContactPropertySafe,
  deleteContactSafe,
  deleteTask,
  deleteTaskDueDate,
  deleteTaskDueDateSafe,
  deleteTaskSafe,
  deleteWebhookById,
  deleteWebhookByIdSafe,
  getAvailablePhoneNumbersBase,
  getAvailablePhoneNumbersBaseSafe,
  getCallById,
  getCallByIdSafe,
  getCallRecordings,
  getCallRecordingsMaxPageSize,
  getCallRecordingsSafe,
  getCallTranscripts,
  getCallTranscriptsMaxPageSize,
  getCallTranscriptsSafe,
  getContactById,
  getContactByIdSafe,
  getContactNote,
  getContactNoteSafe,
  getContactProperty,
  getContactPropertySafe,
  getMessageById,
  getMessageByIdSafe,
  getOrganization,
  getOrganizationSafe,
  getPhoneNumberById,
  getPhoneNumberByIdSafe,
  getTask,
  getTaskSafe,
  getUserById,
  getUserByIdSafe,
  getWebhookById,
  getWebhookByIdSafe,
  getWebhookDelivery,
  getWebhookDeliverySafe,
  isOpenPhoneError,
  linkTaskConversation,
  linkTaskConversationSafe,
  listCalls,
  listCallsMaxPageSize,
  listCallsSafe,
  listContactNotes,
  listContactNotesMaxPageSize,
  listContactNotesSafe,
  listContactProperties,
  listContactPropertiesMaxPageSize,
  listContactPropertiesSafe,
  listContactShares,
  listContactSharesMaxPageSize,
  listContactSharesSafe,
  listContacts,
  listContactsMaxPageSize,
  listContactsSafe,
  listConversationsHeaderVersioned,
  listConversationsHeaderVersionedMaxPageSize,
  listConversationsHeaderVersionedSafe,
  listMessages,
  listMessagesMaxPageSize,
  listMessagesSafe,
  listPhoneNumberUsers,
  listPhoneNumberUsersMaxPageSize,
  listPhoneNumberUsersSafe,
  listPhoneNumbers,
  listPhoneNumbersMaxPageSize,
  listPhoneNumbersSafe,
  listTasks,
  listTasksMaxPageSize,
  listTasksSafe,
  listUserPhoneNumbers,
  listUserPhoneNumbersMaxPageSize,
  listUserPhoneNumbersSafe,
  listUsers,
  listUsersMaxPageSize,
  listUsersSafe,
  listWebhookDeliveries,
  listWebhookDeliveriesMaxPageSize,
  listWebhookDeliveriesSafe,
  listWebhooks,
  listWebhooksSafe,
  markConversationAsDone,
  markConversationAsDoneSafe,
  markConversationAsOpen,
  markConversationAsOpenSafe,
  markConversationAsRead,
  markConversationAsReadSafe,
  pages,
  paginate,
  retryMessage,
  retryMessageSafe,
  retryWebhookDelivery,
  retryWebhookDeliverySafe,
  rotateHeaderVersionedWebhookSecret,
  rotateHeaderVersionedWebhookSecretSafe,
  sendWebhookTestEvent,
  sendWebhookTestEventSafe,
  unassignTaskUser,
  unassignTaskUserSafe,
  unlinkTaskConversation,
  unlinkTaskConversationSafe,
  updateContactById,
  updateContactByIdSafe,
  updateContactNote,
  updateContactNoteSafe,
  updateContactProperty,
  updateContactPropertySafe,
  updateHeaderVersionedWebhookById,
  updateHeaderVersionedWebhookByIdSafe,
  updateTask,
  updateTaskDueDate,
  updateTaskDueDateSafe,
  updateTaskSafe,
  updateTaskStatus,
  updateTaskStatusSafe
};
