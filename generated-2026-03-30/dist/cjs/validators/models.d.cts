import type { AvailablePhoneNumbersBase, Call, CallRecording, CallTranscript, CallUnknownError, Calling, Contact, ContactConflictError, ContactNote, ContactProperty, ContactShare, CreatedAt, ErrorDetail, Friday, GetPhoneNumberByIdPhoneNumber, GetWebhookDeliveryWebhookDelivery, HeaderVersionedWebhook, ListMessagesCreatedAt, ListTasksTask, MarkConversationAsDone, Message, MessageUnprocessableEntityError, Organization, PhoneNumber, PhoneNumberUser, Restrictions, RotateHeaderVersionedWebhookSecret, Source, Task, TaskBadRequestError, TaskForbiddenError, TaskNotFoundError, TaskUnauthorizedError, TaskUnknownError, User, Webhook, WebhookBadRequestError, WebhookDelivery, WebhookForbiddenError, WebhookNotFoundError, WebhookTestEvent, WebhookUnauthorizedError, WebhookUnknownError } from "../models.cjs";
import type { Ctx, Validator } from "../runtime/validation.cjs";
export declare function checkAvailablePhoneNumbersBase(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCall(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallRecording(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallTranscript(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCallUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCalling(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContact(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactConflictError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactNote(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactProperty(v: unknown, p: string, c: Ctx): boolean;
export declare function checkContactShare(v: unknown, p: string, c: Ctx): boolean;
export declare function checkCreatedAt(v: unknown, p: string, c: Ctx): boolean;
export declare function checkErrorDetail(v: unknown, p: string, c: Ctx): boolean;
export declare function checkFriday(v: unknown, p: string, c: Ctx): boolean;
export declare function checkGetPhoneNumberByIdPhoneNumber(v: unknown, p: string, c: Ctx): boolean;
export declare function checkGetWebhookDeliveryWebhookDelivery(v: unknown, p: string, c: Ctx): boolean;
export declare function checkHeaderVersionedWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkListMessagesCreatedAt(v: unknown, p: string, c: Ctx): boolean;
export declare function checkListTasksTask(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMarkConversationAsDone(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessage(v: unknown, p: string, c: Ctx): boolean;
export declare function checkMessageUnprocessableEntityError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkOrganization(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumber(v: unknown, p: string, c: Ctx): boolean;
export declare function checkPhoneNumberUser(v: unknown, p: string, c: Ctx): boolean;
export declare function checkRestrictions(v: unknown, p: string, c: Ctx): boolean;
export declare function checkRotateHeaderVersionedWebhookSecret(v: unknown, p: string, c: Ctx): boolean;
export declare function checkSource(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTask(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTaskBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTaskForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTaskNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTaskUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkTaskUnknownError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkUser(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhook(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookBadRequestError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookDelivery(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookForbiddenError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookNotFoundError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookTestEvent(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookUnauthorizedError(v: unknown, p: string, c: Ctx): boolean;
export declare function checkWebhookUnknownError(v: unknown, p: string, c: Ctx): boolean;
/** Validates a AvailablePhoneNumbersBase (response data: compatible mode by default). */
export declare const AvailablePhoneNumbersBaseValidator: Validator<AvailablePhoneNumbersBase>;
/** Validates a Call (response data: compatible mode by default). */
export declare const CallValidator: Validator<Call>;
/** Validates a CallRecording (response data: compatible mode by default). */
export declare const CallRecordingValidator: Validator<CallRecording>;
/** Validates a CallTranscript (response data: compatible mode by default). */
export declare const CallTranscriptValidator: Validator<CallTranscript>;
/** Validates a CallUnknownError (response data: compatible mode by default). */
export declare const CallUnknownErrorValidator: Validator<CallUnknownError>;
/** Validates a Calling (response data: compatible mode by default). */
export declare const CallingValidator: Validator<Calling>;
/** Validates a Contact (response data: compatible mode by default). */
export declare const ContactValidator: Validator<Contact>;
/** Validates a ContactConflictError (response data: compatible mode by default). */
export declare const ContactConflictErrorValidator: Validator<ContactConflictError>;
/** Validates a ContactNote (response data: compatible mode by default). */
export declare const ContactNoteValidator: Validator<ContactNote>;
/** Validates a ContactProperty (response data: compatible mode by default). */
export declare const ContactPropertyValidator: Validator<ContactProperty>;
/** Validates a ContactShare (response data: compatible mode by default). */
export declare const ContactShareValidator: Validator<ContactShare>;
/** Validates a CreatedAt (response data: compatible mode by default). */
export declare const CreatedAtValidator: Validator<CreatedAt>;
/** Validates a ErrorDetail (response data: compatible mode by default). */
export declare const ErrorDetailValidator: Validator<ErrorDetail>;
/** Validates a Friday (response data: compatible mode by default). */
export declare const FridayValidator: Validator<Friday>;
/** Validates a GetPhoneNumberByIdPhoneNumber (response data: compatible mode by default). */
export declare const GetPhoneNumberByIdPhoneNumberValidator: Validator<GetPhoneNumberByIdPhoneNumber>;
/** Validates a GetWebhookDeliveryWebhookDelivery (response data: compatible mode by default). */
export declare const GetWebhookDeliveryWebhookDeliveryValidator: Validator<GetWebhookDeliveryWebhookDelivery>;
/** Validates a HeaderVersionedWebhook (response data: compatible mode by default). */
export declare const HeaderVersionedWebhookValidator: Validator<HeaderVersionedWebhook>;
/** Validates a ListMessagesCreatedAt (response data: compatible mode by default). */
export declare const ListMessagesCreatedAtValidator: Validator<ListMessagesCreatedAt>;
/** Validates a ListTasksTask (response data: compatible mode by default). */
export declare const ListTasksTaskValidator: Validator<ListTasksTask>;
/** Validates a MarkConversationAsDone (response data: compatible mode by default). */
export declare const MarkConversationAsDoneValidator: Validator<MarkConversationAsDone>;
/** Validates a Message (response data: compatible mode by default). */
export declare const MessageValidator: Validator<Message>;
/** Validates a MessageUnprocessableEntityError (response data: compatible mode by default). */
export declare const MessageUnprocessableEntityErrorValidator: Validator<MessageUnprocessableEntityError>;
/** Validates a Organization (response data: compatible mode by default). */
export declare const OrganizationValidator: Validator<Organization>;
/** Validates a PhoneNumber (response data: compatible mode by default). */
export declare const PhoneNumberValidator: Validator<PhoneNumber>;
/** Validates a PhoneNumberUser (response data: compatible mode by default). */
export declare const PhoneNumberUserValidator: Validator<PhoneNumberUser>;
/** Validates a Restrictions (response data: compatible mode by default). */
export declare const RestrictionsValidator: Validator<Restrictions>;
/** Validates a RotateHeaderVersionedWebhookSecret (response data: compatible mode by default). */
export declare const RotateHeaderVersionedWebhookSecretValidator: Validator<RotateHeaderVersionedWebhookSecret>;
/** Validates a Source (response data: compatible mode by default). */
export declare const SourceValidator: Validator<Source>;
/** Validates a Task (response data: compatible mode by default). */
export declare const TaskValidator: Validator<Task>;
/** Validates a TaskBadRequestError (response data: compatible mode by default). */
export declare const TaskBadRequestErrorValidator: Validator<TaskBadRequestError>;
/** Validates a TaskForbiddenError (response data: compatible mode by default). */
export declare const TaskForbiddenErrorValidator: Validator<TaskForbiddenError>;
/** Validates a TaskNotFoundError (response data: compatible mode by default). */
export declare const TaskNotFoundErrorValidator: Validator<TaskNotFoundError>;
/** Validates a TaskUnauthorizedError (response data: compatible mode by default). */
export declare const TaskUnauthorizedErrorValidator: Validator<TaskUnauthorizedError>;
/** Validates a TaskUnknownError (response data: compatible mode by default). */
export declare const TaskUnknownErrorValidator: Validator<TaskUnknownError>;
/** Validates a User (response data: compatible mode by default). */
export declare const UserValidator: Validator<User>;
/** Validates a Webhook (response data: compatible mode by default). */
export declare const WebhookValidator: Validator<Webhook>;
/** Validates a WebhookBadRequestError (response data: compatible mode by default). */
export declare const WebhookBadRequestErrorValidator: Validator<WebhookBadRequestError>;
/** Validates a WebhookDelivery (response data: compatible mode by default). */
export declare const WebhookDeliveryValidator: Validator<WebhookDelivery>;
/** Validates a WebhookForbiddenError (response data: compatible mode by default). */
export declare const WebhookForbiddenErrorValidator: Validator<WebhookForbiddenError>;
/** Validates a WebhookNotFoundError (response data: compatible mode by default). */
export declare const WebhookNotFoundErrorValidator: Validator<WebhookNotFoundError>;
/** Validates a WebhookTestEvent (response data: compatible mode by default). */
export declare const WebhookTestEventValidator: Validator<WebhookTestEvent>;
/** Validates a WebhookUnauthorizedError (response data: compatible mode by default). */
export declare const WebhookUnauthorizedErrorValidator: Validator<WebhookUnauthorizedError>;
/** Validates a WebhookUnknownError (response data: compatible mode by default). */
export declare const WebhookUnknownErrorValidator: Validator<WebhookUnknownError>;
