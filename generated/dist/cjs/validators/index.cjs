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
  CallBadRequestErrorValidator: () => import_models.CallBadRequestErrorValidator,
  CallNotFoundErrorValidator: () => import_models.CallNotFoundErrorValidator,
  CallNotPhoneNumberUserErrorValidator: () => import_models.CallNotPhoneNumberUserErrorValidator,
  CallRecordingBadRequestErrorValidator: () => import_models.CallRecordingBadRequestErrorValidator,
  CallRecordingForbiddenErrorValidator: () => import_models.CallRecordingForbiddenErrorValidator,
  CallRecordingNotFoundErrorValidator: () => import_models.CallRecordingNotFoundErrorValidator,
  CallRecordingUnauthorizedErrorValidator: () => import_models.CallRecordingUnauthorizedErrorValidator,
  CallRecordingUnknownErrorValidator: () => import_models.CallRecordingUnknownErrorValidator,
  CallRecordingValidator: () => import_models.CallRecordingValidator,
  CallSummaryBadRequestErrorValidator: () => import_models.CallSummaryBadRequestErrorValidator,
  CallSummaryForbiddenErrorValidator: () => import_models.CallSummaryForbiddenErrorValidator,
  CallSummaryNotFoundErrorValidator: () => import_models.CallSummaryNotFoundErrorValidator,
  CallSummaryUnauthorizedErrorValidator: () => import_models.CallSummaryUnauthorizedErrorValidator,
  CallSummaryUnknownErrorValidator: () => import_models.CallSummaryUnknownErrorValidator,
  CallSummaryValidator: () => import_models.CallSummaryValidator,
  CallSummaryWebhookValidator: () => import_models.CallSummaryWebhookValidator,
  CallTranscriptBadRequestErrorValidator: () => import_models.CallTranscriptBadRequestErrorValidator,
  CallTranscriptForbiddenErrorValidator: () => import_models.CallTranscriptForbiddenErrorValidator,
  CallTranscriptNotFoundErrorValidator: () => import_models.CallTranscriptNotFoundErrorValidator,
  CallTranscriptUnauthorizedErrorValidator: () => import_models.CallTranscriptUnauthorizedErrorValidator,
  CallTranscriptUnknownErrorValidator: () => import_models.CallTranscriptUnknownErrorValidator,
  CallTranscriptValidator: () => import_models.CallTranscriptValidator,
  CallTranscriptWebhookValidator: () => import_models.CallTranscriptWebhookValidator,
  CallUnauthorizedErrorValidator: () => import_models.CallUnauthorizedErrorValidator,
  CallUnknownErrorValidator: () => import_models.CallUnknownErrorValidator,
  CallValidator: () => import_models.CallValidator,
  CallWebhookValidator: () => import_models.CallWebhookValidator,
  CallingValidator: () => import_models.CallingValidator,
  ContactConflictErrorValidator: () => import_models.ContactConflictErrorValidator,
  ContactCustomFieldBadRequestErrorValidator: () => import_models.ContactCustomFieldBadRequestErrorValidator,
  ContactCustomFieldForbiddenErrorValidator: () => import_models.ContactCustomFieldForbiddenErrorValidator,
  ContactCustomFieldNotFoundErrorValidator: () => import_models.ContactCustomFieldNotFoundErrorValidator,
  ContactCustomFieldUnauthorizedErrorValidator: () => import_models.ContactCustomFieldUnauthorizedErrorValidator,
  ContactCustomFieldUnknownErrorValidator: () => import_models.ContactCustomFieldUnknownErrorValidator,
  ContactCustomFieldValidator: () => import_models.ContactCustomFieldValidator,
  ContactInvalidCustomFieldItemErrorValidator: () => import_models.ContactInvalidCustomFieldItemErrorValidator,
  ContactNotFoundErrorValidator: () => import_models.ContactNotFoundErrorValidator,
  ContactNotPhoneNumberUserErrorValidator: () => import_models.ContactNotPhoneNumberUserErrorValidator,
  ContactUnauthorizedErrorValidator: () => import_models.ContactUnauthorizedErrorValidator,
  ContactUnknownErrorValidator: () => import_models.ContactUnknownErrorValidator,
  ContactValidator: () => import_models.ContactValidator,
  ConversationBadRequestErrorValidator: () => import_models.ConversationBadRequestErrorValidator,
  ConversationNotFoundErrorValidator: () => import_models.ConversationNotFoundErrorValidator,
  ConversationNotPhoneNumberUserErrorValidator: () => import_models.ConversationNotPhoneNumberUserErrorValidator,
  ConversationUnauthorizedErrorValidator: () => import_models.ConversationUnauthorizedErrorValidator,
  ConversationUnknownErrorValidator: () => import_models.ConversationUnknownErrorValidator,
  ConversationValidator: () => import_models.ConversationValidator,
  CreateContactCustomFieldValidator: () => import_models.CreateContactCustomFieldValidator,
  CustomFieldValidator: () => import_models.CustomFieldValidator,
  DefaultFieldsEmailValidator: () => import_models.DefaultFieldsEmailValidator,
  DefaultFieldsValidator: () => import_models.DefaultFieldsValidator,
  EmailValidator: () => import_models.EmailValidator,
  ErrorDetailValidator: () => import_models.ErrorDetailValidator,
  MessageA2PRegistrationNotApprovedErrorValidator: () => import_models.MessageA2PRegistrationNotApprovedErrorValidator,
  MessageNotEnoughCreditsErrorValidator: () => import_models.MessageNotEnoughCreditsErrorValidator,
  MessageNotFoundErrorValidator: () => import_models.MessageNotFoundErrorValidator,
  MessageNotPhoneNumberUserErrorValidator: () => import_models.MessageNotPhoneNumberUserErrorValidator,
  MessageUnauthorizedErrorValidator: () => import_models.MessageUnauthorizedErrorValidator,
  MessageUnknownErrorValidator: () => import_models.MessageUnknownErrorValidator,
  MessageValidator: () => import_models.MessageValidator,
  MessageWebhookValidator: () => import_models.MessageWebhookValidator,
  PhoneNumberBadRequestErrorValidator: () => import_models.PhoneNumberBadRequestErrorValidator,
  PhoneNumberForbiddenErrorValidator: () => import_models.PhoneNumberForbiddenErrorValidator,
  PhoneNumberNotFoundErrorValidator: () => import_models.PhoneNumberNotFoundErrorValidator,
  PhoneNumberUnauthorizedErrorValidator: () => import_models.PhoneNumberUnauthorizedErrorValidator,
  PhoneNumberUnknownErrorValidator: () => import_models.PhoneNumberUnknownErrorValidator,
  PhoneNumberValidator: () => import_models.PhoneNumberValidator,
  UpdateContactByIdContactValidator: () => import_models.UpdateContactByIdContactValidator,
  WebhookForbiddenErrorValidator: () => import_models.WebhookForbiddenErrorValidator,
  WebhookInvalidVersionErrorValidator: () => import_models.WebhookInvalidVersionErrorValidator,
  WebhookNotFoundErrorValidator: () => import_models.WebhookNotFoundErrorValidator,
  WebhookUnauthorizedErrorValidator: () => import_models.WebhookUnauthorizedErrorValidator,
  WebhookUnknownErrorValidator: () => import_models.WebhookUnknownErrorValidator,
  WebhookValidator: () => import_models.WebhookValidator
});
module.exports = __toCommonJS(validators_exports);
__reExport(validators_exports, require("./createCallSummaryWebhook.cjs"), module.exports);
__reExport(validators_exports, require("./createCallTranscriptWebhook.cjs"), module.exports);
__reExport(validators_exports, require("./createCallWebhook.cjs"), module.exports);
__reExport(validators_exports, require("./createContact.cjs"), module.exports);
__reExport(validators_exports, require("./createMessageWebhook.cjs"), module.exports);
__reExport(validators_exports, require("./deleteContact.cjs"), module.exports);
__reExport(validators_exports, require("./deleteWebhookById.cjs"), module.exports);
__reExport(validators_exports, require("./getCallRecordings.cjs"), module.exports);
__reExport(validators_exports, require("./getCallSummary.cjs"), module.exports);
__reExport(validators_exports, require("./getCallTranscript.cjs"), module.exports);
__reExport(validators_exports, require("./getContactById.cjs"), module.exports);
__reExport(validators_exports, require("./getContactCustomFields.cjs"), module.exports);
__reExport(validators_exports, require("./getMessageById.cjs"), module.exports);
__reExport(validators_exports, require("./getWebhookById.cjs"), module.exports);
__reExport(validators_exports, require("./listCalls.cjs"), module.exports);
__reExport(validators_exports, require("./listContacts.cjs"), module.exports);
__reExport(validators_exports, require("./listConversations.cjs"), module.exports);
__reExport(validators_exports, require("./listMessages.cjs"), module.exports);
__reExport(validators_exports, require("./listPhoneNumbers.cjs"), module.exports);
__reExport(validators_exports, require("./listWebhooks.cjs"), module.exports);
__reExport(validators_exports, require("./sendMessage.cjs"), module.exports);
__reExport(validators_exports, require("./updateContactById.cjs"), module.exports);
var import_models = require("./models.cjs");
