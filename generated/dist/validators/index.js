export * from "./createCallSummaryWebhook.js";
export * from "./createCallTranscriptWebhook.js";
export * from "./createCallWebhook.js";
export * from "./createContact.js";
export * from "./createMessageWebhook.js";
export * from "./deleteContact.js";
export * from "./deleteWebhookById.js";
export * from "./getCallRecordings.js";
export * from "./getCallSummary.js";
export * from "./getCallTranscript.js";
export * from "./getContactById.js";
export * from "./getContactCustomFields.js";
export * from "./getMessageById.js";
export * from "./getWebhookById.js";
export * from "./listCalls.js";
export * from "./listContacts.js";
export * from "./listConversations.js";
export * from "./listMessages.js";
export * from "./listPhoneNumbers.js";
export * from "./listWebhooks.js";
export * from "./sendMessage.js";
export * from "./updateContactById.js";
import { CallValidator, CallBadRequestErrorValidator, CallNotFoundErrorValidator, CallNotPhoneNumberUserErrorValidator, CallRecordingValidator, CallRecordingBadRequestErrorValidator, CallRecordingForbiddenErrorValidator, CallRecordingNotFoundErrorValidator, CallRecordingUnauthorizedErrorValidator, CallRecordingUnknownErrorValidator, CallSummaryValidator, CallSummaryBadRequestErrorValidator, CallSummaryForbiddenErrorValidator, CallSummaryNotFoundErrorValidator, CallSummaryUnauthorizedErrorValidator, CallSummaryUnknownErrorValidator, CallSummaryWebhookValidator, CallTranscriptValidator, CallTranscriptBadRequestErrorValidator, CallTranscriptForbiddenErrorValidator, CallTranscriptNotFoundErrorValidator, CallTranscriptUnauthorizedErrorValidator, CallTranscriptUnknownErrorValidator, CallTranscriptWebhookValidator, CallUnauthorizedErrorValidator, CallUnknownErrorValidator, CallWebhookValidator, CallingValidator, ContactValidator, ContactConflictErrorValidator, ContactCustomFieldValidator, ContactCustomFieldBadRequestErrorValidator, ContactCustomFieldForbiddenErrorValidator, ContactCustomFieldNotFoundErrorValidator, ContactCustomFieldUnauthorizedErrorValidator, ContactCustomFieldUnknownErrorValidator, ContactInvalidCustomFieldItemErrorValidator, ContactNotFoundErrorValidator, ContactNotPhoneNumberUserErrorValidator, ContactUnauthorizedErrorValidator, ContactUnknownErrorValidator, ConversationValidator, ConversationBadRequestErrorValidator, ConversationNotFoundErrorValidator, ConversationNotPhoneNumberUserErrorValidator, ConversationUnauthorizedErrorValidator, ConversationUnknownErrorValidator, CreateContactCustomFieldValidator, CustomFieldValidator, DefaultFieldsValidator, DefaultFieldsEmailValidator, EmailValidator, ErrorDetailValidator, MessageValidator, MessageA2PRegistrationNotApprovedErrorValidator, MessageNotEnoughCreditsErrorValidator, MessageNotFoundErrorValidator, MessageNotPhoneNumberUserErrorValidator, MessageUnauthorizedErrorValidator, MessageUnknownErrorValidator, MessageWebhookValidator, PhoneNumberValidator, PhoneNumberBadRequestErrorValidator, PhoneNumberForbiddenErrorValidator, PhoneNumberNotFoundErrorValidator, PhoneNumberUnauthorizedErrorValidator, PhoneNumberUnknownErrorValidator, UpdateContactByIdContactValidator, WebhookValidator, WebhookForbiddenErrorValidator, WebhookInvalidVersionErrorValidator, WebhookNotFoundErrorValidator, WebhookUnauthorizedErrorValidator, WebhookUnknownErrorValidator } from "./models.js";
export {
  CallBadRequestErrorValidator,
  CallNotFoundErrorValidator,
  CallNotPhoneNumberUserErrorValidator,
  CallRecordingBadRequestErrorValidator,
  CallRecordingForbiddenErrorValidator,
  CallRecordingNotFoundErrorValidator,
  CallRecordingUnauthorizedErrorValidator,
  CallRecordingUnknownErrorValidator,
  CallRecordingValidator,
  CallSummaryBadRequestErrorValidator,
  CallSummaryForbiddenErrorValidator,
  CallSummaryNotFoundErrorValidator,
  CallSummaryUnauthorizedErrorValidator,
  CallSummaryUnknownErrorValidator,
  CallSummaryValidator,
  CallSummaryWebhookValidator,
  CallTranscriptBadRequestErrorValidator,
  CallTranscriptForbiddenErrorValidator,
  CallTranscriptNotFoundErrorValidator,
  CallTranscriptUnauthorizedErrorValidator,
  CallTranscriptUnknownErrorValidator,
  CallTranscriptValidator,
  CallTranscriptWebhookValidator,
  CallUnauthorizedErrorValidator,
  CallUnknownErrorValidator,
  CallValidator,
  CallWebhookValidator,
  CallingValidator,
  ContactConflictErrorValidator,
  ContactCustomFieldBadRequestErrorValidator,
  ContactCustomFieldForbiddenErrorValidator,
  ContactCustomFieldNotFoundErrorValidator,
  ContactCustomFieldUnauthorizedErrorValidator,
  ContactCustomFieldUnknownErrorValidator,
  ContactCustomFieldValidator,
  ContactInvalidCustomFieldItemErrorValidator,
  ContactNotFoundErrorValidator,
  ContactNotPhoneNumberUserErrorValidator,
  ContactUnauthorizedErrorValidator,
  ContactUnknownErrorValidator,
  ContactValidator,
  ConversationBadRequestErrorValidator,
  ConversationNotFoundErrorValidator,
  ConversationNotPhoneNumberUserErrorValidator,
  ConversationUnauthorizedErrorValidator,
  ConversationUnknownErrorValidator,
  ConversationValidator,
  CreateContactCustomFieldValidator,
  CustomFieldValidator,
  DefaultFieldsEmailValidator,
  DefaultFieldsValidator,
  EmailValidator,
  ErrorDetailValidator,
  MessageA2PRegistrationNotApprovedErrorValidator,
  MessageNotEnoughCreditsErrorValidator,
  MessageNotFoundErrorValidator,
  MessageNotPhoneNumberUserErrorValidator,
  MessageUnauthorizedErrorValidator,
  MessageUnknownErrorValidator,
  MessageValidator,
  MessageWebhookValidator,
  PhoneNumberBadRequestErrorValidator,
  PhoneNumberForbiddenErrorValidator,
  PhoneNumberNotFoundErrorValidator,
  PhoneNumberUnauthorizedErrorValidator,
  PhoneNumberUnknownErrorValidator,
  PhoneNumberValidator,
  UpdateContactByIdContactValidator,
  WebhookForbiddenErrorValidator,
  WebhookInvalidVersionErrorValidator,
  WebhookNotFoundErrorValidator,
  WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator,
  WebhookValidator
};
