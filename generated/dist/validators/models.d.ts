import type { Call, CallBadRequestError, CallNotFoundError, CallNotPhoneNumberUserError, CallRecording, CallRecordingBadRequestError, CallRecordingForbiddenError, CallRecordingNotFoundError, CallRecordingUnauthorizedError, CallRecordingUnknownError, CallSummary, CallSummaryBadRequestError, CallSummaryForbiddenError, CallSummaryNotFoundError, CallSummaryUnauthorizedError, CallSummaryUnknownError, CallSummaryWebhook, CallTranscript, CallTranscriptBadRequestError, CallTranscriptForbiddenError, CallTranscriptNotFoundError, CallTranscriptUnauthorizedError, CallTranscriptUnknownError, CallTranscriptWebhook, CallUnauthorizedError, CallUnknownError, CallWebhook, Calling, Contact, ContactConflictError, ContactCustomField, ContactCustomFieldBadRequestError, ContactCustomFieldForbiddenError, ContactCustomFieldNotFoundError, ContactCustomFieldUnauthorizedError, ContactCustomFieldUnknownError, ContactInvalidCustomFieldItemError, ContactNotFoundError, ContactNotPhoneNumberUserError, ContactUnauthorizedError, ContactUnknownError, Conversation, ConversationBadRequestError, ConversationNotFoundError, ConversationNotPhoneNumberUserError, ConversationUnauthorizedError, ConversationUnknownError, CreateContactCustomField, CustomField, DefaultFields, DefaultFieldsEmail, Email, ErrorDetail, Message, MessageA2PRegistrationNotApprovedError, MessageNotEnoughCreditsError, MessageNotFoundError, MessageNotPhoneNumberUserError, MessageUnauthorizedError, MessageUnknownError, MessageWebhook, PhoneNumber, PhoneNumberBadRequestError, PhoneNumberForbiddenError, PhoneNumberNotFoundError, PhoneNumberUnauthorizedError, PhoneNumberUnknownError, UpdateContactByIdContact, Webhook, WebhookForbiddenError, WebhookInvalidVersionError, WebhookNotFoundError, WebhookUnauthorizedError, WebhookUnknownError } from "../models.js";
import type { Ctx, Validator } from "../runtime/validation.js";
export declare function checkCall(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallNotPhoneNumberUserError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecording(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecordingBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecordingForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecordingNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecordingUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecordingUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummary(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallSummaryWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscript(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscriptWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCalling(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContact(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactConflictError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomField(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomFieldBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomFieldForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomFieldNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomFieldUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactCustomFieldUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactInvalidCustomFieldItemError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactNotPhoneNumberUserError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversation(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversationBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversationNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversationNotPhoneNumberUserError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversationUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkConversationUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCreateContactCustomField(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCustomField(v: unknown, p: string, c: Ctx): boolean;
export declare function checkDefaultFields(v: unknown, p: string, c: Ctx): boolean;
export declare function checkDefaultFieldsEmail(v: unknown, p: string, c: Ctx): boolean;
export declare function checkEmail(v: unknown, p: string, c: Ctx): boolean;
export declare function checkErrorDetail(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessage(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageA2PRegistrationNotApprovedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageNotEnoughCreditsError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageNotPhoneNumberUserError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumber(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkUpdateContactByIdContact(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookInvalidVersionError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookUnknownError(v: unknown, p: string, c: Ctx): boolean;
/** Validates a Call (response data: compatible mode by default). */
export declare const CallValidator: Validator<Call>;
/** Validates a CallBadRequestError (response data: compatible mode by default). */
export declare const CallBadRequestErrorValidator: Validator<CallBadRequestError>;
/** Validates a CallNotFoundError (response data: compatible mode by default). */
export declare const CallNotFoundErrorValidator: Validator<CallNotFoundError>;
/** Validates a CallNotPhoneNumberUserError (response data: compatible mode by default). */
export declare const CallNotPhoneNumberUserErrorValidator: Validator<CallNotPhoneNumberUserError>;
/** Validates a CallRecording (response data: compatible mode by default). */
export declare const CallRecordingValidator: Validator<CallRecording>;
/** Validates a CallRecordingBadRequestError (response data: compatible mode by default). */
export declare const CallRecordingBadRequestErrorValidator: Validator<CallRecordingBadRequestError>;
/** Validates a CallRecordingForbiddenError (response data: compatible mode by default). */
export declare const CallRecordingForbiddenErrorValidator: Validator<CallRecordingForbiddenError>;
/** Validates a CallRecordingNotFoundError (response data: compatible mode by default). */
export declare const CallRecordingNotFoundErrorValidator: Validator<CallRecordingNotFoundError>;
/** Validates a CallRecordingUnauthorizedError (response data: compatible mode by default). */
export declare const CallRecordingUnauthorizedErrorValidator: Validator<CallRecordingUnauthorizedError>;
/** Validates a CallRecordingUnknownError (response data: compatible mode by default). */
export declare const CallRecordingUnknownErrorValidator: Validator<CallRecordingUnknownError>;
/** Validates a CallSummary (response data: compatible mode by default). */
export declare const CallSummaryValidator: Validator<CallSummary>;
/** Validates a CallSummaryBadRequestError (response data: compatible mode by default). */
export declare const CallSummaryBadRequestErrorValidator: Validator<CallSummaryBadRequestError>;
/** Validates a CallSummaryForbiddenError (response data: compatible mode by default). */
export declare const CallSummaryForbiddenErrorValidator: Validator<CallSummaryForbiddenError>;
/** Validates a CallSummaryNotFoundError (response data: compatible mode by default). */
export declare const CallSummaryNotFoundErrorValidator: Validator<CallSummaryNotFoundError>;
/** Validates a CallSummaryUnauthorizedError (response data: compatible mode by default). */
export declare const CallSummaryUnauthorizedErrorValidator: Validator<CallSummaryUnauthorizedError>;
/** Validates a CallSummaryUnknownError (response data: compatible mode by default). */
export declare const CallSummaryUnknownErrorValidator: Validator<CallSummaryUnknownError>;
/** Validates a CallSummaryWebhook (response data: compatible mode by default). */
export declare const CallSummaryWebhookValidator: Validator<CallSummaryWebhook>;
/** Validates a CallTranscript (response data: compatible mode by default). */
export declare const CallTranscriptValidator: Validator<CallTranscript>;
/** Validates a CallTranscriptBadRequestError (response data: compatible mode by default). */
export declare const CallTranscriptBadRequestErrorValidator: Validator<CallTranscriptBadRequestError>;
/** Validates a CallTranscriptForbiddenError (response data: compatible mode by default). */
export declare const CallTranscriptForbiddenErrorValidator: Validator<CallTranscriptForbiddenError>;
/** Validates a CallTranscriptNotFoundError (response data: compatible mode by default). */
export declare const CallTranscriptNotFoundErrorValidator: Validator<CallTranscriptNotFoundError>;
/** Validates a CallTranscriptUnauthorizedError (response data: compatible mode by default). */
export declare const CallTranscriptUnauthorizedErrorValidator: Validator<CallTranscriptUnauthorizedError>;
/** Validates a CallTranscriptUnknownError (response data: compatible mode by default). */
export declare const CallTranscriptUnknownErrorValidator: Validator<CallTranscriptUnknownError>;
/** Validates a CallTranscriptWebhook (response data: compatible mode by default). */
export declare const CallTranscriptWebhookValidator: Validator<CallTranscriptWebhook>;
/** Validates a CallUnauthorizedError (response data: compatible mode by default). */
export declare const CallUnauthorizedErrorValidator: Validator<CallUnauthorizedError>;
/** Validates a CallUnknownError (response data: compatible mode by default). */
export declare const CallUnknownErrorValidator: Validator<CallUnknownError>;
/** Validates a CallWebhook (response data: compatible mode by default). */
export declare const CallWebhookValidator: Validator<CallWebhook>;
/** Validates a Calling (response data: compatible mode by default). */
export declare const CallingValidator: Validator<Calling>;
/** Validates a Contact (response data: compatible mode by default). */
export declare const ContactValidator: Validator<Contact>;
/** Validates a ContactConflictError (response data: compatible mode by default). */
export declare const ContactConflictErrorValidator: Validator<ContactConflictError>;
/** Validates a ContactCustomField (response data: compatible mode by default). */
export declare const ContactCustomFieldValidator: Validator<ContactCustomField>;
/** Validates a ContactCustomFieldBadRequestError (response data: compatible mode by default). */
export declare const ContactCustomFieldBadRequestErrorValidator: Validator<ContactCustomFieldBadRequestError>;
/** Validates a ContactCustomFieldForbiddenError (response data: compatible mode by default). */
export declare const ContactCustomFieldForbiddenErrorValidator: Validator<ContactCustomFieldForbiddenError>;
/** Validates a ContactCustomFieldNotFoundError (response data: compatible mode by default). */
export declare const ContactCustomFieldNotFoundErrorValidator: Validator<ContactCustomFieldNotFoundError>;
/** Validates a ContactCustomFieldUnauthorizedError (response data: compatible mode by default). */
export declare const ContactCustomFieldUnauthorizedErrorValidator: Validator<ContactCustomFieldUnauthorizedError>;
/** Validates a ContactCustomFieldUnknownError (response data: compatible mode by default). */
export declare const ContactCustomFieldUnknownErrorValidator: Validator<ContactCustomFieldUnknownError>;
/** Validates a ContactInvalidCustomFieldItemError (response data: compatible mode by default). */
export declare const ContactInvalidCustomFieldItemErrorValidator: Validator<ContactInvalidCustomFieldItemError>;
/** Validates a ContactNotFoundError (response data: compatible mode by default). */
export declare const ContactNotFoundErrorValidator: Validator<ContactNotFoundError>;
/** Validates a ContactNotPhoneNumberUserError (response data: compatible mode by default). */
export declare const ContactNotPhoneNumberUserErrorValidator: Validator<ContactNotPhoneNumberUserError>;
/** Validates a ContactUnauthorizedError (response data: compatible mode by default). */
export declare const ContactUnauthorizedErrorValidator: Validator<ContactUnauthorizedError>;
/** Validates a ContactUnknownError (response data: compatible mode by default). */
export declare const ContactUnknownErrorValidator: Validator<ContactUnknownError>;
/** Validates a Conversation (response data: compatible mode by default). */
export declare const ConversationValidator: Validator<Conversation>;
/** Validates a ConversationBadRequestError (response data: compatible mode by default). */
export declare const ConversationBadRequestErrorValidator: Validator<ConversationBadRequestError>;
/** Validates a ConversationNotFoundError (response data: compatible mode by default). */
export declare const ConversationNotFoundErrorValidator: Validator<ConversationNotFoundError>;
/** Validates a ConversationNotPhoneNumberUserError (response data: compatible mode by default). */
export declare const ConversationNotPhoneNumberUserErrorValidator: Validator<ConversationNotPhoneNumberUserError>;
/** Validates a ConversationUnauthorizedError (response data: compatible mode by default). */
export declare const ConversationUnauthorizedErrorValidator: Validator<ConversationUnauthorizedError>;
/** Validates a ConversationUnknownError (response data: compatible mode by default). */
export declare const ConversationUnknownErrorValidator: Validator<ConversationUnknownError>;
/** Validates a CreateContactCustomField (response data: compatible mode by default). */
export declare const CreateContactCustomFieldValidator: Validator<CreateContactCustomField>;
/** Validates a CustomField (response data: compatible mode by default). */
export declare const CustomFieldValidator: Validator<CustomField>;
/** Validates a DefaultFields (response data: compatible mode by default). */
export declare const DefaultFieldsValidator: Validator<DefaultFields>;
/** Validates a DefaultFieldsEmail (response data: compatible mode by default). */
export declare const DefaultFieldsEmailValidator: Validator<DefaultFieldsEmail>;
/** Validates a Email (response data: compatible mode by default). */
export declare const EmailValidator: Validator<Email>;
/** Validates a ErrorDetail (response data: compatible mode by default). */
export declare const ErrorDetailValidator: Validator<ErrorDetail>;
/** Validates a Message (response data: compatible mode by default). */
export declare const MessageValidator: Validator<Message>;
/** Validates a MessageA2PRegistrationNotApprovedError (response data: compatible mode by default). */
export declare const MessageA2PRegistrationNotApprovedErrorValidator: Validator<MessageA2PRegistrationNotApprovedError>;
/** Validates a MessageNotEnoughCreditsError (response data: compatible mode by default). */
export declare const MessageNotEnoughCreditsErrorValidator: Validator<MessageNotEnoughCreditsError>;
/** Validates a MessageNotFoundError (response data: compatible mode by default). */
export declare const MessageNotFoundErrorValidator: Validator<MessageNotFoundError>;
/** Validates a MessageNotPhoneNumberUserError (response data: compatible mode by default). */
export declare const MessageNotPhoneNumberUserErrorValidator: Validator<MessageNotPhoneNumberUserError>;
/** Validates a MessageUnauthorizedError (response data: compatible mode by default). */
export declare const MessageUnauthorizedErrorValidator: Validator<MessageUnauthorizedError>;
/** Validates a MessageUnknownError (response data: compatible mode by default). */
export declare const MessageUnknownErrorValidator: Validator<MessageUnknownError>;
/** Validates a MessageWebhook (response data: compatible mode by default). */
export declare const MessageWebhookValidator: Validator<MessageWebhook>;
/** Validates a PhoneNumber (response data: compatible mode by default). */
export declare const PhoneNumberValidator: Validator<PhoneNumber>;
/** Validates a PhoneNumberBadRequestError (response data: compatible mode by default). */
export declare const PhoneNumberBadRequestErrorValidator: Validator<PhoneNumberBadRequestError>;
/** Validates a PhoneNumberForbiddenError (response data: compatible mode by default). */
export declare const PhoneNumberForbiddenErrorValidator: Validator<PhoneNumberForbiddenError>;
/** Validates a PhoneNumberNotFoundError (response data: compatible mode by default). */
export declare const PhoneNumberNotFoundErrorValidator: Validator<PhoneNumberNotFoundError>;
/** Validates a PhoneNumberUnauthorizedError (response data: compatible mode by default). */
export declare const PhoneNumberUnauthorizedErrorValidator: Validator<PhoneNumberUnauthorizedError>;
/** Validates a PhoneNumberUnknownError (response data: compatible mode by default). */
export declare const PhoneNumberUnknownErrorValidator: Validator<PhoneNumberUnknownError>;
/** Validates a UpdateContactByIdContact (response data: compatible mode by default). */
export declare const UpdateContactByIdContactValidator: Validator<UpdateContactByIdContact>;
/** Validates a Webhook (response data: compatible mode by default). */
export declare const WebhookValidator: Validator<Webhook>;
/** Validates a WebhookForbiddenError (response data: compatible mode by default). */
export declare const WebhookForbiddenErrorValidator: Validator<WebhookForbiddenError>;
/** Validates a WebhookInvalidVersionError (response data: compatible mode by default). */
export declare const WebhookInvalidVersionErrorValidator: Validator<WebhookInvalidVersionError>;
/** Validates a WebhookNotFoundError (response data: compatible mode by default). */
export declare const WebhookNotFoundErrorValidator: Validator<WebhookNotFoundError>;
/** Validates a WebhookUnauthorizedError (response data: compatible mode by default). */
export declare const WebhookUnauthorizedErrorValidator: Validator<WebhookUnauthorizedError>;
/** Validates a WebhookUnknownError (response data: compatible mode by default). */
export declare const WebhookUnknownErrorValidator: Validator<WebhookUnknownError>;
