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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var validators_exports = {};
__export(validators_exports, {
  AvailablePhoneNumbersBaseValidator: () => import_models.AvailablePhoneNumbersBaseValidator,
  CallRecordingValidator: () => import_models.CallRecordingValidator,
  CallTranscriptValidator: () => import_models.CallTranscriptValidator,
  CallUnknownErrorValidator: () => import_models.CallUnknownErrorValidator,
  CallValidator: () => import_models.CallValidator,
  CallingValidator: () => import_models.CallingValidator,
  ContactConflictErrorValidator: () => import_models.ContactConflictErrorValidator,
  ContactNoteValidator: () => import_models.ContactNoteValidator,
  ContactPropertyValidator: () => import_models.ContactPropertyValidator,
  ContactShareValidator: () => import_models.ContactShareValidator,
  ContactValidator: () => import_models.ContactValidator,
  CreatedAtValidator: () => import_models.CreatedAtValidator,
  ErrorDetailValidator: () => import_models.ErrorDetailValidator,
  FridayValidator: () => import_models.FridayValidator,
  GetPhoneNumberByIdPhoneNumberValidator: () => import_models.GetPhoneNumberByIdPhoneNumberValidator,
  GetWebhookDeliveryWebhookDeliveryValidator: () => import_models.GetWebhookDeliveryWebhookDeliveryValidator,
  HeaderVersionedWebhookValidator: () => import_models.HeaderVersionedWebhookValidator,
  ListMessagesCreatedAtValidator: () => import_models.ListMessagesCreatedAtValidator,
  ListTasksTaskValidator: () => import_models.ListTasksTaskValidator,
  MarkConversationAsDoneValidator: () => import_models.MarkConversationAsDoneValidator,
  MessageUnprocessableEntityErrorValidator: () => import_models.MessageUnprocessableEntityErrorValidator,
  MessageValidator: () => import_models.MessageValidator,
  OrganizationValidator: () => import_models.OrganizationValidator,
  PhoneNumberUserValidator: () => import_models.PhoneNumberUserValidator,
  PhoneNumberValidator: () => import_models.PhoneNumberValidator,
  RestrictionsValidator: () => import_models.RestrictionsValidator,
  RotateHeaderVersionedWebhookSecretValidator: () => import_models.RotateHeaderVersionedWebhookSecretValidator,
  SourceValidator: () => import_models.SourceValidator,
  TaskBadRequestErrorValidator: () => import_models.TaskBadRequestErrorValidator,
  TaskForbiddenErrorValidator: () => import_models.TaskForbiddenErrorValidator,
  TaskNotFoundErrorValidator: () => import_models.TaskNotFoundErrorValidator,
  TaskUnauthorizedErrorValidator: () => import_models.TaskUnauthorizedErrorValidator,
  TaskUnknownErrorValidator: () => import_models.TaskUnknownErrorValidator,
  TaskValidator: () => import_models.TaskValidator,
  UserValidator: () => import_models.UserValidator,
  WebhookBadRequestErrorValidator: () => import_models.WebhookBadRequestErrorValidator,
  WebhookDeliveryValidator: () => import_models.WebhookDeliveryValidator,
  WebhookForbiddenErrorValidator: () => import_models.WebhookForbiddenErrorValidator,
  WebhookNotFoundErrorValidator: () => import_models.WebhookNotFoundErrorValidator,
  WebhookTestEventValidator: () => import_models.WebhookTestEventValidator,
  WebhookUnauthorizedErrorValidator: () => import_models.WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator: () => import_models.WebhookUnknownErrorValidator,
  WebhookValidator: () => import_models.WebhookValidator
});
module.exports = __toCommonJS(validators_exports);
__reExport(validators_exports, require("./assignTaskUser.cjs"), module.exports);
__reExport(validators_exports, require("./createContact.cjs"), module.exports);
__reExport(validators_exports, require("./createContactNote.cjs"), module.exports);
__reExport(validators_exports, require("./createContactProperty.cjs"), module.exports);
__reExport(validators_exports, require("./createHeaderVersionedWebhook.cjs"), module.exports);
__reExport(validators_exports, require("./createTask.cjs"), module.exports);
__reExport(validators_exports, require("./deleteContact.cjs"), module.exports);
__reExport(validators_exports, require("./deleteContactNote.cjs"), module.exports);
__reExport(validators_exports, require("./deleteContactProperty.cjs"), module.exports);
__reExport(validators_exports, require("./deleteTask.cjs"), module.exports);
__reExport(validators_exports, require("./deleteTaskDueDate.cjs"), module.exports);
__reExport(validators_exports, require("./deleteWebhookById.cjs"), module.exports);
__reExport(validators_exports, require("./getAvailablePhoneNumbersBase.cjs"), module.exports);
__reExport(validators_exports, require("./getCallById.cjs"), module.exports);
__reExport(validators_exports, require("./getCallRecordings.cjs"), module.exports);
__reExport(validators_exports, require("./getCallTranscripts.cjs"), module.exports);
__reExport(validators_exports, require("./getContactById.cjs"), module.exports);
__reExport(validators_exports, require("./getContactNote.cjs"), module.exports);
__reExport(validators_exports, require("./getContactProperty.cjs"), module.exports);
__reExport(validators_exports, require("./getMessageById.cjs"), module.exports);
__reExport(validators_exports, require("./getOrganization.cjs"), module.exports);
__reExport(validators_exports, require("./getPhoneNumberById.cjs"), module.exports);
__reExport(validators_exports, require("./getTask.cjs"), module.exports);
__reExport(validators_exports, require("./getUserById.cjs"), module.exports);
__reExport(validators_exports, require("./getWebhookById.cjs"), module.exports);
__reExport(validators_exports, require("./getWebhookDelivery.cjs"), module.exports);
__reExport(validators_exports, require("./linkTaskConversation.cjs"), module.exports);
__reExport(validators_exports, require("./listCalls.cjs"), module.exports);
__reExport(validators_exports, require("./listContactNotes.cjs"), module.exports);
__reExport(validators_exports, require("./listContactProperties.cjs"), module.exports);
__reExport(validators_exports, require("./listContactShares.cjs"), module.exports);
__reExport(validators_exports, require("./listContacts.cjs"), module.exports);
__reExport(validators_exports, require("./listConversationsHeaderVersioned.cjs"), module.exports);
__reExport(validators_exports, require("./listMessages.cjs"), module.exports);
__reExport(validators_exports, require("./listPhoneNumberUsers.cjs"), module.exports);
__reExport(validators_exports, require("./listPhoneNumbers.cjs"), module.exports);
__reExport(validators_exports, require("./listTasks.cjs"), module.exports);
__reExport(validators_exports, require("./listUserPhoneNumbers.cjs"), module.exports);
__reExport(validators_exports, require("./listUsers.cjs"), module.exports);
__reExport(validators_exports, require("./listWebhookDeliveries.cjs"), module.exports);
__reExport(validators_exports, require("./listWebhooks.cjs"), module.exports);
__reExport(validators_exports, require("./markConversationAsDone.cjs"), module.exports);
__reExport(validators_exports, require("./markConversationAsOpen.cjs"), module.exports);
__reExport(validators_exports, require("./markConversationAsRead.cjs"), module.exports);
__reExport(validators_exports, require("./retryMessage.cjs"), module.exports);
__reExport(validators_exports, require("./retryWebhookDelivery.cjs"), module.exports);
__reExport(validators_exports, require("./rotateHeaderVersionedWebhookSecret.cjs"), module.exports);
__reExport(validators_exports, require("./sendWebhookTestEvent.cjs"), module.exports);
__reExport(validators_exports, require("./unassignTaskUser.cjs"), module.exports);
__reExport(validators_exports, require("./unlinkTaskConversation.cjs"), module.exports);
__reExport(validators_exports, require("./updateContactById.cjs"), module.exports);
__reExport(validators_exports, require("./updateContactNote.cjs"), module.exports);
__reExport(validators_exports, require("./updateContactProperty.cjs"), module.exports);
__reExport(validators_exports, require("./updateHeaderVersionedWebhookById.cjs"), module.exports);
__reExport(validators_exports, require("./updateTask.cjs"), module.exports);
__reExport(validators_exports, require("./updateTaskDueDate.cjs"), module.exports);
__reExport(validators_exports, require("./updateTaskStatus.cjs"), module.exports);
var import_models = require("./models.cjs");
