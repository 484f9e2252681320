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
var import_assignTaskUser = require("./operations/assignTaskUser.cjs");
var import_createContact = require("./operations/createContact.cjs");
var import_createContactNote = require("./operations/createContactNote.cjs");
var import_createContactProperty = require("./operations/createContactProperty.cjs");
var import_createHeaderVersionedWebhook = require("./operations/createHeaderVersionedWebhook.cjs");
var import_createTask = require("./operations/createTask.cjs");
var import_deleteContact = require("./operations/deleteContact.cjs");
var import_deleteContactNote = require("./operations/deleteContactNote.cjs");
var import_deleteContactProperty = require("./operations/deleteContactProperty.cjs");
var import_deleteTask = require("./operations/deleteTask.cjs");
var import_deleteTaskDueDate = require("./operations/deleteTaskDueDate.cjs");
var import_deleteWebhookById = require("./operations/deleteWebhookById.cjs");
var import_getAvailablePhoneNumbersBase = require("./operations/getAvailablePhoneNumbersBase.cjs");
var import_getCallById = require("./operations/getCallById.cjs");
var import_getCallRecordings = require("./operations/getCallRecordings.cjs");
var import_getCallTranscripts = require("./operations/getCallTranscripts.cjs");
var import_getContactById = require("./operations/getContactById.cjs");
var import_getContactNote = require("./operations/getContactNote.cjs");
var import_getContactProperty = require("./operations/getContactProperty.cjs");
var import_getMessageById = require("./operations/getMessageById.cjs");
var import_getOrganization = require("./operations/getOrganization.cjs");
var import_getPhoneNumberById = require("./operations/getPhoneNumberById.cjs");
var import_getTask = require("./operations/getTask.cjs");
var import_getUserById = require("./operations/getUserById.cjs");
var import_getWebhookById = require("./operations/getWebhookById.cjs");
var import_getWebhookDelivery = require("./operations/getWebhookDelivery.cjs");
var import_linkTaskConversation = require("./operations/linkTaskConversation.cjs");
var import_listCalls = require("./operations/listCalls.cjs");
var import_listContactNotes = require("./operations/listContactNotes.cjs");
var import_listContactProperties = require("./operations/listContactProperties.cjs");
var import_listContactShares = require("./operations/listContactShares.cjs");
var import_listContacts = require("./operations/listContacts.cjs");
var import_listConversationsHeaderVersioned = require("./operations/listConversationsHeaderVersioned.cjs");
var import_listMessages = require("./operations/listMessages.cjs");
var import_listPhoneNumberUsers = require("./operations/listPhoneNumberUsers.cjs");
var import_listPhoneNumbers = require("./operations/listPhoneNumbers.cjs");
var import_listTasks = require("./operations/listTasks.cjs");
var import_listUserPhoneNumbers = require("./operations/listUserPhoneNumbers.cjs");
var import_listUsers = require("./operations/listUsers.cjs");
var import_listWebhookDeliveries = require("./operations/listWebhookDeliveries.cjs");
var import_listWebhooks = require("./operations/listWebhooks.cjs");
var import_markConversationAsDone = require("./operations/markConversationAsDone.cjs");
var import_markConversationAsOpen = require("./operations/markConversationAsOpen.cjs");
var import_markConversationAsRead = require("./operations/markConversationAsRead.cjs");
var import_retryMessage = require("./operations/retryMessage.cjs");
var import_retryWebhookDelivery = require("./operations/retryWebhookDelivery.cjs");
var import_rotateHeaderVersionedWebhookSecret = require("./operations/rotateHeaderVersionedWebhookSecret.cjs");
var import_sendWebhookTestEvent = require("./operations/sendWebhookTestEvent.cjs");
var import_unassignTaskUser = require("./operations/unassignTaskUser.cjs");
var import_unlinkTaskConversation = require("./operations/unlinkTaskConversation.cjs");
var import_updateContactById = require("./operations/updateContactById.cjs");
var import_updateContactNote = require("./operations/updateContactNote.cjs");
var import_updateContactProperty = require("./operations/updateContactProperty.cjs");
var import_updateHeaderVersionedWebhookById = require("./operations/updateHeaderVersionedWebhookById.cjs");
var import_updateTask = require("./operations/updateTask.cjs");
var import_updateTaskDueDate = require("./operations/updateTaskDueDate.cjs");
var import_updateTaskStatus = require("./operations/updateTaskStatus.cjs");
const DEFAULT_BASE_URL = "https://api.quo.com";
function createClientFor(options, operations) {
  return (0, import_bind.bindOperations)((0, import_http.createClientCore)(options, DEFAULT_BASE_URL), operations, { getCallRecordings: import_getCallRecordings.getCallRecordingsMaxPageSize, getCallTranscripts: import_getCallTranscripts.getCallTranscriptsMaxPageSize, listCalls: import_listCalls.listCallsMaxPageSize, listContactNotes: import_listContactNotes.listContactNotesMaxPageSize, listContactProperties: import_listContactProperties.listContactPropertiesMaxPageSize, listContactShares: import_listContactShares.listContactSharesMaxPageSize, listContacts: import_listContacts.listContactsMaxPageSize, listConversationsHeaderVersioned: import_listConversationsHeaderVersioned.listConversationsHeaderVersionedMaxPageSize, listMessages: import_listMessages.listMessagesMaxPageSize, listPhoneNumberUsers: import_listPhoneNumberUsers.listPhoneNumberUsersMaxPageSize, listPhoneNumbers: import_listPhoneNumbers.listPhoneNumbersMaxPageSize, listTasks: import_listTasks.listTasksMaxPageSize, listUserPhoneNumbers: import_listUserPhoneNumbers.listUserPhoneNumbersMaxPageSize, listUsers: import_listUsers.listUsersMaxPageSize, listWebhookDeliveries: import_listWebhookDeliveries.listWebhookDeliveriesMaxPageSize }, { getCallRecordings: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, getCallTranscripts: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listCalls: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactNotes: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactProperties: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContactShares: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listContacts: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listConversationsHeaderVersioned: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listMessages: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listPhoneNumberUsers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listPhoneNumbers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listTasks: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listUserPhoneNumbers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listUsers: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }, listWebhookDeliveries: { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" } });
}
function createClient(options) {
  const core = (0, import_http.createClientCore)(options, DEFAULT_BASE_URL);
  return {
    core,
    assignTaskUser: (0, import_bind.bindOperation)(core, import_assignTaskUser.assignTaskUser, import_assignTaskUser.assignTaskUserSafe),
    createContact: (0, import_bind.bindOperation)(core, import_createContact.createContact, import_createContact.createContactSafe),
    createContactNote: (0, import_bind.bindOperation)(core, import_createContactNote.createContactNote, import_createContactNote.createContactNoteSafe),
    createContactProperty: (0, import_bind.bindOperation)(core, import_createContactProperty.createContactProperty, import_createContactProperty.createContactPropertySafe),
    createHeaderVersionedWebhook: (0, import_bind.bindOperation)(core, import_createHeaderVersionedWebhook.createHeaderVersionedWebhook, import_createHeaderVersionedWebhook.createHeaderVersionedWebhookSafe),
    createTask: (0, import_bind.bindOperation)(core, import_createTask.createTask, import_createTask.createTaskSafe),
    deleteContact: (0, import_bind.bindOperation)(core, import_deleteContact.deleteContact, import_deleteContact.deleteContactSafe),
    deleteContactNote: (0, import_bind.bindOperation)(core, import_deleteContactNote.deleteContactNote, import_deleteContactNote.deleteContactNoteSafe),
    deleteContactProperty: (0, import_bind.bindOperation)(core, import_deleteContactProperty.deleteContactProperty, import_deleteContactProperty.deleteContactPropertySafe),
    deleteTask: (0, import_bind.bindOperation)(core, import_deleteTask.deleteTask, import_deleteTask.deleteTaskSafe),
    deleteTaskDueDate: (0, import_bind.bindOperation)(core, import_deleteTaskDueDate.deleteTaskDueDate, import_deleteTaskDueDate.deleteTaskDueDateSafe),
    deleteWebhookById: (0, import_bind.bindOperation)(core, import_deleteWebhookById.deleteWebhookById, import_deleteWebhookById.deleteWebhookByIdSafe),
    getAvailablePhoneNumbersBase: (0, import_bind.bindOperation)(core, import_getAvailablePhoneNumbersBase.getAvailablePhoneNumbersBase, import_getAvailablePhoneNumbersBase.getAvailablePhoneNumbersBaseSafe),
    getCallById: (0, import_bind.bindOperation)(core, import_getCallById.getCallById, import_getCallById.getCallByIdSafe),
    getCallRecordings: (0, import_bind.bindOperation)(core, import_getCallRecordings.getCallRecordings, import_getCallRecordings.getCallRecordingsSafe, import_getCallRecordings.getCallRecordingsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    getCallTranscripts: (0, import_bind.bindOperation)(core, import_getCallTranscripts.getCallTranscripts, import_getCallTranscripts.getCallTranscriptsSafe, import_getCallTranscripts.getCallTranscriptsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    getContactById: (0, import_bind.bindOperation)(core, import_getContactById.getContactById, import_getContactById.getContactByIdSafe),
    getContactNote: (0, import_bind.bindOperation)(core, import_getContactNote.getContactNote, import_getContactNote.getContactNoteSafe),
    getContactProperty: (0, import_bind.bindOperation)(core, import_getContactProperty.getContactProperty, import_getContactProperty.getContactPropertySafe),
    getMessageById: (0, import_bind.bindOperation)(core, import_getMessageById.getMessageById, import_getMessageById.getMessageByIdSafe),
    getOrganization: (0, import_bind.bindOperation)(core, import_getOrganization.getOrganization, import_getOrganization.getOrganizationSafe),
    getPhoneNumberById: (0, import_bind.bindOperation)(core, import_getPhoneNumberById.getPhoneNumberById, import_getPhoneNumberById.getPhoneNumberByIdSafe),
    getTask: (0, import_bind.bindOperation)(core, import_getTask.getTask, import_getTask.getTaskSafe),
    getUserById: (0, import_bind.bindOperation)(core, import_getUserById.getUserById, import_getUserById.getUserByIdSafe),
    getWebhookById: (0, import_bind.bindOperation)(core, import_getWebhookById.getWebhookById, import_getWebhookById.getWebhookByIdSafe),
    getWebhookDelivery: (0, import_bind.bindOperation)(core, import_getWebhookDelivery.getWebhookDelivery, import_getWebhookDelivery.getWebhookDeliverySafe),
    linkTaskConversation: (0, import_bind.bindOperation)(core, import_linkTaskConversation.linkTaskConversation, import_linkTaskConversation.linkTaskConversationSafe),
    listCalls: (0, import_bind.bindOperation)(core, import_listCalls.listCalls, import_listCalls.listCallsSafe, import_listCalls.listCallsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactNotes: (0, import_bind.bindOperation)(core, import_listContactNotes.listContactNotes, import_listContactNotes.listContactNotesSafe, import_listContactNotes.listContactNotesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactProperties: (0, import_bind.bindOperation)(core, import_listContactProperties.listContactProperties, import_listContactProperties.listContactPropertiesSafe, import_listContactProperties.listContactPropertiesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContactShares: (0, import_bind.bindOperation)(core, import_listContactShares.listContactShares, import_listContactShares.listContactSharesSafe, import_listContactShares.listContactSharesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listContacts: (0, import_bind.bindOperation)(core, import_listContacts.listContacts, import_listContacts.listContactsSafe, import_listContacts.listContactsMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listConversationsHeaderVersioned: (0, import_bind.bindOperation)(core, import_listConversationsHeaderVersioned.listConversationsHeaderVersioned, import_listConversationsHeaderVersioned.listConversationsHeaderVersionedSafe, import_listConversationsHeaderVersioned.listConversationsHeaderVersionedMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listMessages: (0, import_bind.bindOperation)(core, import_listMessages.listMessages, import_listMessages.listMessagesSafe, import_listMessages.listMessagesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listPhoneNumberUsers: (0, import_bind.bindOperation)(core, import_listPhoneNumberUsers.listPhoneNumberUsers, import_listPhoneNumberUsers.listPhoneNumberUsersSafe, import_listPhoneNumberUsers.listPhoneNumberUsersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listPhoneNumbers: (0, import_bind.bindOperation)(core, import_listPhoneNumbers.listPhoneNumbers, import_listPhoneNumbers.listPhoneNumbersSafe, import_listPhoneNumbers.listPhoneNumbersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listTasks: (0, import_bind.bindOperation)(core, import_listTasks.listTasks, import_listTasks.listTasksSafe, import_listTasks.listTasksMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listUserPhoneNumbers: (0, import_bind.bindOperation)(core, import_listUserPhoneNumbers.listUserPhoneNumbers, import_listUserPhoneNumbers.listUserPhoneNumbersSafe, import_listUserPhoneNumbers.listUserPhoneNumbersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listUsers: (0, import_bind.bindOperation)(core, import_listUsers.listUsers, import_listUsers.listUsersSafe, import_listUsers.listUsersMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listWebhookDeliveries: (0, import_bind.bindOperation)(core, import_listWebhookDeliveries.listWebhookDeliveries, import_listWebhookDeliveries.listWebhookDeliveriesSafe, import_listWebhookDeliveries.listWebhookDeliveriesMaxPageSize, { cursorParam: "after", nextField: "nextCursor", sizeParam: "limit" }),
    listWebhooks: (0, import_bind.bindOperation)(core, import_listWebhooks.listWebhooks, import_listWebhooks.listWebhooksSafe),
    markConversationAsDone: (0, import_bind.bindOperation)(core, import_markConversationAsDone.markConversationAsDone, import_markConversationAsDone.markConversationAsDoneSafe),
    markConversationAsOpen: (0, import_bind.bindOperation)(core, import_markConversationAsOpen.markConversationAsOpen, import_markConversationAsOpen.markConversationAsOpenSafe),
    markConversationAsRead: (0, import_bind.bindOperation)(core, import_markConversationAsRead.markConversationAsRead, import_markConversationAsRead.markConversationAsReadSafe),
    retryMessage: (0, import_bind.bindOperation)(core, import_retryMessage.retryMessage, import_retryMessage.retryMessageSafe),
    retryWebhookDelivery: (0, import_bind.bindOperation)(core, import_retryWebhookDelivery.retryWebhookDelivery, import_retryWebhookDelivery.retryWebhookDeliverySafe),
    rotateHeaderVersionedWebhookSecret: (0, import_bind.bindOperation)(core, import_rotateHeaderVersionedWebhookSecret.rotateHeaderVersionedWebhookSecret, import_rotateHeaderVersionedWebhookSecret.rotateHeaderVersionedWebhookSecretSafe),
    sendWebhookTestEvent: (0, import_bind.bindOperation)(core, import_sendWebhookTestEvent.sendWebhookTestEvent, import_sendWebhookTestEvent.sendWebhookTestEventSafe),
    unassignTaskUser: (0, import_bind.bindOperation)(core, import_unassignTaskUser.unassignTaskUser, import_unassignTaskUser.unassignTaskUserSafe),
    unlinkTaskConversation: (0, import_bind.bindOperation)(core, import_unlinkTaskConversation.unlinkTaskConversation, import_unlinkTaskConversation.unlinkTaskConversationSafe),
    updateContactById: (0, import_bind.bindOperation)(core, import_updateContactById.updateContactById, import_updateContactById.updateContactByIdSafe),
    updateContactNote: (0, import_bind.bindOperation)(core, import_updateContactNote.updateContactNote, import_updateContactNote.updateContactNoteSafe),
    updateContactProperty: (0, import_bind.bindOperation)(core, import_updateContactProperty.updateContactProperty, import_updateContactProperty.updateContactPropertySafe),
    updateHeaderVersionedWebhookById: (0, import_bind.bindOperation)(core, import_updateHeaderVersionedWebhookById.updateHeaderVersionedWebhookById, import_updateHeaderVersionedWebhookById.updateHeaderVersionedWebhookByIdSafe),
    updateTask: (0, import_bind.bindOperation)(core, import_updateTask.updateTask, import_updateTask.updateTaskSafe),
    updateTaskDueDate: (0, import_bind.bindOperation)(core, import_updateTaskDueDate.updateTaskDueDate, import_updateTaskDueDate.updateTaskDueDateSafe),
    updateTaskStatus: (0, import_bind.bindOperation)(core, import_updateTaskStatus.updateTaskStatus, import_updateTaskStatus.updateTaskStatusSafe)
  };
}
