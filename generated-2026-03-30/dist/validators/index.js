export * from "./assignTaskUser.js";
export * from "./createContact.js";
export * from "./createContactNote.js";
export * from "./createContactProperty.js";
export * from "./createHeaderVersionedWebhook.js";
export * from "./createTask.js";
export * from "./deleteContact.js";
export * from "./deleteContactNote.js";
export * from "./deleteContactProperty.js";
export * from "./deleteTask.js";
export * from "./deleteTaskDueDate.js";
export * from "./deleteWebhookById.js";
export * from "./getAvailablePhoneNumbersBase.js";
export * from "./getCallById.js";
export * from "./getCallRecordings.js";
export * from "./getCallTranscripts.js";
export * from "./getContactById.js";
export * from "./getContactNote.js";
export * from "./getContactProperty.js";
export * from "./getMessageById.js";
export * from "./getOrganization.js";
export * from "./getPhoneNumberById.js";
export * from "./getTask.js";
export * from "./getUserById.js";
export * from "./getWebhookById.js";
export * from "./getWebhookDelivery.js";
export * from "./linkTaskConversation.js";
export * from "./listCalls.js";
export * from "./listContactNotes.js";
export * from "./listContactProperties.js";
export * from "./listContactShares.js";
export * from "./listContacts.js";
export * from "./listConversationsHeaderVersioned.js";
export * from "./listMessages.js";
export * from "./listPhoneNumberUsers.js";
export * from "./listPhoneNumbers.js";
export * from "./listTasks.js";
export * from "./listUserPhoneNumbers.js";
export * from "./listUsers.js";
export * from "./listWebhookDeliveries.js";
export * from "./listWebhooks.js";
export * from "./markConversationAsDone.js";
export * from "./markConversationAsOpen.js";
export * from "./markConversationAsRead.js";
export * from "./retryMessage.js";
export * from "./retryWebhookDelivery.js";
export * from "./rotateHeaderVersionedWebhookSecret.js";
export * from "./sendWebhookTestEvent.js";
export * from "./unassignTaskUser.js";
export * from "./unlinkTaskConversation.js";
export * from "./updateContactById.js";
export * from "./updateContactNote.js";
export * from "./updateContactProperty.js";
export * from "./updateHeaderVersionedWebhookById.js";
export * from "./updateTask.js";
export * from "./updateTaskDueDate.js";
export * from "./updateTaskStatus.js";
import { AvailablePhoneNumbersBaseValidator, CallValidator, CallRecordingValidator, CallTranscriptValidator, CallUnknownErrorValidator, CallingValidator, ContactValidator, ContactConflictErrorValidator, ContactNoteValidator, ContactPropertyValidator, ContactShareValidator, CreatedAtValidator, ErrorDetailValidator, FridayValidator, GetPhoneNumberByIdPhoneNumberValidator, GetWebhookDeliveryWebhookDeliveryValidator, HeaderVersionedWebhookValidator, ListMessagesCreatedAtValidator, ListTasksTaskValidator, MarkConversationAsDoneValidator, MessageValidator, MessageUnprocessableEntityErrorValidator, OrganizationValidator, PhoneNumberValidator, PhoneNumberUserValidator, RestrictionsValidator, RotateHeaderVersionedWebhookSecretValidator, SourceValidator, TaskValidator, TaskBadRequestErrorValidator, TaskForbiddenErrorValidator, TaskNotFoundErrorValidator, TaskUnauthorizedErrorValidator, TaskUnknownErrorValidator, UserValidator, WebhookValidator, WebhookBadRequestErrorValidator, WebhookDeliveryValidator, WebhookForbiddenErrorValidator, WebhookNotFoundErrorValidator, WebhookTestEventValidator, WebhookUnauthorizedErrorValidator, WebhookUnknownErrorValidator } from "./models.js";
export {
  AvailablePhoneNumbersBaseValidator,
  CallRecordingValidator,
  CallTranscriptValidator,
  CallUnknownErrorValidator,
  CallValidator,
  CallingValidator,
  ContactConflictErrorValidator,
  ContactNoteValidator,
  ContactPropertyValidator,
  ContactShareValidator,
  ContactValidator,
  CreatedAtValidator,
  ErrorDetailValidator,
  FridayValidator,
  GetPhoneNumberByIdPhoneNumberValidator,
  GetWebhookDeliveryWebhookDeliveryValidator,
  HeaderVersionedWebhookValidator,
  ListMessagesCreatedAtValidator,
  ListTasksTaskValidator,
  MarkConversationAsDoneValidator,
  MessageUnprocessableEntityErrorValidator,
  MessageValidator,
  OrganizationValidator,
  PhoneNumberUserValidator,
  PhoneNumberValidator,
  RestrictionsValidator,
  RotateHeaderVersionedWebhookSecretValidator,
  SourceValidator,
  TaskBadRequestErrorValidator,
  TaskForbiddenErrorValidator,
  TaskNotFoundErrorValidator,
  TaskUnauthorizedErrorValidator,
  TaskUnknownErrorValidator,
  TaskValidator,
  UserValidator,
  WebhookBadRequestErrorValidator,
  WebhookDeliveryValidator,
  WebhookForbiddenErrorValidator,
  WebhookNotFoundErrorValidator,
  WebhookTestEventValidator,
  WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator,
  WebhookValidator
};
