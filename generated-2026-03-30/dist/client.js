import {
  bindOperation,
  bindOperations
} from "./runtime/bind.js";
import { createClientCore } from "./runtime/http.js";
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
const DEFAULT_BASE_URL = "https://api.quo.com";
function createClientFor(options, operations) {
  return bindOperations(createClientCore(options, DEFAULT_BASE_URL), operations, { getCallRecordings: getCallRecordingsMaxPageSize, getCallTranscripts: getCallTranscriptsMaxPageSize, listCalls: listCallsMaxPageSize, listContactNotes: listContactNotesMaxPageSize, listContactProperties: listContactPropertiesMaxPageSize, listContactShares: listContactSharesMaxPageSize, listContacts: listContactsMaxPageSize, listConversationsHeaderVersioned: listConversationsHeaderVersionedMaxPageSize, listMessages: listMessagesMaxPageSize, listPhoneNumberUsers: listPhoneNumberUsersMaxPageSize, listPhoneNumbers: listPhoneNumbersMaxPageSize, listTasks: listTasksMaxPageSize, listUserPhoneNumbers: listUserPhoneNumbersMaxPageSize, listUsers: listUsersMaxPageSize, listWebhookDeliveries: listWebhookDeliveriesMaxPageSize }, { getCallRecordings: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, getCallTranscripts: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listCalls: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactNotes: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactProperties: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactShares: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContacts: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listConversationsHeaderVersioned: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listMessages: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listPhoneNumberUsers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listPhoneNumbers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listTasks: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listUserPhoneNumbers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listUsers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listWebhookDeliveries: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" } });
}
function createClient(options) {
  const core = createClientCore(options, DEFAULT_BASE_URL);
  return {
    core,
    assignTaskUser: bindOperation(core, assignTaskUser, assignTaskUserSafe),
    createContact: bindOperation(core, createContact, createContactSafe),
    createContactNote: bindOperation(core, createContactNote, createContactNoteSafe),
    createContactProperty: bindOperation(core, createContactProperty, createContactPropertySafe),
    createHeaderVersionedWebhook: bindOperation(core, createHeaderVersionedWebhook, createHeaderVersionedWebhookSafe),
    createTask: bindOperation(core, createTask, createTaskSafe),
    deleteContact: bindOperation(core, deleteContact, deleteContactSafe),
    deleteContactNote: bindOperation(core, deleteContactNote, deleteContactNoteSafe),
    deleteContactProperty: bindOperation(core, deleteContactProperty, deleteContactPropertySafe),
    deleteTask: bindOperation(core, deleteTask, deleteTaskSafe),
    deleteTaskDueDate: bindOperation(core, deleteTaskDueDate, deleteTaskDueDateSafe),
    deleteWebhookById: bindOperation(core, deleteWebhookById, deleteWebhookByIdSafe),
    getAvailablePhoneNumbersBase: bindOperation(core, getAvailablePhoneNumbersBase, getAvailablePhoneNumbersBaseSafe),
    getCallById: bindOperation(core, getCallById, getCallByIdSafe),
    getCallRecordings: bindOperation(core, getCallRecordings, getCallRecordingsSafe, getCallRecordingsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    getCallTranscripts: bindOperation(core, getCallTranscripts, getCallTranscriptsSafe, getCallTranscriptsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    getContactById: bindOperation(core, getContactById, getContactByIdSafe),
    getContactNote: bindOperation(core, getContactNote, getContactNoteSafe),
    getContactProperty: bindOperation(core, getContactProperty, getContactPropertySafe),
    getMessageById: bindOperation(core, getMessageById, getMessageByIdSafe),
    getOrganization: bindOperation(core, getOrganization, getOrganizationSafe),
    getPhoneNumberById: bindOperation(core, getPhoneNumberById, getPhoneNumberByIdSafe),
    getTask: bindOperation(core, getTask, getTaskSafe),
    getUserById: bindOperation(core, getUserById, getUserByIdSafe),
    getWebhookById: bindOperation(core, getWebhookById, getWebhookByIdSafe),
    getWebhookDelivery: bindOperation(core, getWebhookDelivery, getWebhookDeliverySafe),
    linkTaskConversation: bindOperation(core, linkTaskConversation, linkTaskConversationSafe),
    listCalls: bindOperation(core, listCalls, listCallsSafe, listCallsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactNotes: bindOperation(core, listContactNotes, listContactNotesSafe, listContactNotesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactProperties: bindOperation(core, listContactProperties, listContactPropertiesSafe, listContactPropertiesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactShares: bindOperation(core, listContactShares, listContactSharesSafe, listContactSharesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContacts: bindOperation(core, listContacts, listContactsSafe, listContactsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listConversationsHeaderVersioned: bindOperation(core, listConversationsHeaderVersioned, listConversationsHeaderVersionedSafe, listConversationsHeaderVersionedMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listMessages: bindOperation(core, listMessages, listMessagesSafe, listMessagesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listPhoneNumberUsers: bindOperation(core, listPhoneNumberUsers, listPhoneNumberUsersSafe, listPhoneNumberUsersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listPhoneNumbers: bindOperation(core, listPhoneNumbers, listPhoneNumbersSafe, listPhoneNumbersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listTasks: bindOperation(core, listTasks, listTasksSafe, listTasksMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listUserPhoneNumbers: bindOperation(core, listUserPhoneNumbers, listUserPhoneNumbersSafe, listUserPhoneNumbersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listUsers: bindOperation(core, listUsers, listUsersSafe, listUsersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listWebhookDeliveries: bindOperation(core, listWebhookDeliveries, listWebhookDeliveriesSafe, listWebhookDeliveriesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listWebhooks: bindOperation(core, listWebhooks, listWebhooksSafe),
    markConversationAsDone: bindOperation(core, markConversationAsDone, markConversationAsDoneSafe),
    markConversationAsOpen: bindOperation(core, markConversationAsOpen, markConversationAsOpenSafe),
    markConversationAsRead: bindOperation(core, markConversationAsRead, markConversationAsReadSafe),
    retryMessage: bindOperation(core, retryMessage, retryMessageSafe),
    retryWebhookDelivery: bindOperation(core, retryWebhookDelivery, retryWebhookDeliverySafe),
    rotateHeaderVersionedWebhookSecret: bindOperation(core, rotateHeaderVersionedWebhookSecret, rotateHeaderVersionedWebhookSecretSafe),
    sendWebhookTestEvent: bindOperation(core, sendWebhookTestEvent, sendWebhookTestEventSafe),
    unassignTaskUser: bindOperation(core, unassignTaskUser, unassignTaskUserSafe),
    unlinkTaskConversation: bindOperation(core, unlinkTaskConversation, unlinkTaskConversationSafe),
    updateContactById: bindOperation(core, updateContactById, updateContactByIdSafe),
    updateContactNote: bindOperation(core, updateContactNote, updateContactNoteSafe),
    updateContactProperty: bindOperation(core, updateContactProperty, updateContactPropertySafe),
    updateHeaderVersionedWebhookById: bindOperation(core, updateHeaderVersionedWebhookById, updateHeaderVersionedWebhookByIdSafe),
    updateTask: bindOperation(core, updateTask, updateTaskSafe),
    updateTaskDueDate: bindOperation(core, updateTaskDueDate, updateTaskDueDateSafe),
    updateTaskStatus: bindOperation(core, updateTaskStatus, updateTaskStatusSafe)
  };
}
export {
  DEFAULT_BASE_URL,
  createClient,
  createClientFor
};
