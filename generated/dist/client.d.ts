import { type AnyOperation, type BoundOperations, type OperationMethod, type OptionalInputOperationMethod } from "./runtime/bind.js";
import { type ClientCore } from "./runtime/http.js";
import type { ClientOptions } from "./runtime/types.js";
import type { CreateCallSummaryWebhookInput, CreateCallSummaryWebhookResult, CreateCallTranscriptWebhookInput, CreateCallTranscriptWebhookResult, CreateCallWebhookInput, CreateCallWebhookResult, CreateContactInput, CreateContactResult, CreateMessageWebhookInput, CreateMessageWebhookResult, DeleteContactInput, DeleteContactResult, DeleteWebhookByIdInput, DeleteWebhookByIdResult, GetCallRecordingsInput, GetCallRecordingsResult, GetCallSummaryInput, GetCallSummaryResult, GetCallTranscriptInput, GetCallTranscriptResult, GetContactByIdInput, GetContactByIdResult, GetContactCustomFieldsInput, GetContactCustomFieldsResult, GetMessageByIdInput, GetMessageByIdResult, GetWebhookByIdInput, GetWebhookByIdResult, ListCallsInput, ListCallsResult, ListContactsInput, ListContactsResult, ListConversationsInput, ListConversationsResult, ListMessagesInput, ListMessagesResult, ListPhoneNumbersInput, ListPhoneNumbersResult, ListWebhooksInput, ListWebhooksResult, SendMessageInput, SendMessageResult, UpdateContactByIdInput, UpdateContactByIdResult } from "./models.js";
import { type CreateCallSummaryWebhookError } from "./operations/createCallSummaryWebhook.js";
import { type CreateCallTranscriptWebhookError } from "./operations/createCallTranscriptWebhook.js";
import { type CreateCallWebhookError } from "./operations/createCallWebhook.js";
import { type CreateContactError } from "./operations/createContact.js";
import { type CreateMessageWebhookError } from "./operations/createMessageWebhook.js";
import { type DeleteContactError } from "./operations/deleteContact.js";
import { type DeleteWebhookByIdError } from "./operations/deleteWebhookById.js";
import { type GetCallRecordingsError } from "./operations/getCallRecordings.js";
import { type GetCallSummaryError } from "./operations/getCallSummary.js";
import { type GetCallTranscriptError } from "./operations/getCallTranscript.js";
import { type GetContactByIdError } from "./operations/getContactById.js";
import { type GetContactCustomFieldsError } from "./operations/getContactCustomFields.js";
import { type GetMessageByIdError } from "./operations/getMessageById.js";
import { type GetWebhookByIdError } from "./operations/getWebhookById.js";
import { type ListCallsError } from "./operations/listCalls.js";
import { type ListContactsError } from "./operations/listContacts.js";
import { type ListConversationsError } from "./operations/listConversations.js";
import { type ListMessagesError } from "./operations/listMessages.js";
import { type ListPhoneNumbersError } from "./operations/listPhoneNumbers.js";
import { type ListWebhooksError } from "./operations/listWebhooks.js";
import { type SendMessageError } from "./operations/sendMessage.js";
import { type UpdateContactByIdError } from "./operations/updateContactById.js";
/** The first server the spec lists; override with `baseUrl` (e.g. "https://api.quo.com"). */
export declare const DEFAULT_BASE_URL = "https://api.openphone.com";
/** Every operation, bound to one API key and one set of options. Each also has `.safe(...)`. */
export interface OpenPhoneClient {
    /** The configured core: pass it to the per-operation functions (`sendMessage(client.core, input)`). */
    readonly core: ClientCore;
    /**
     * Create a new webhook for call summaries
     * Creates a new webhook that triggers on events from call summaries.
     * `POST /v1/webhooks/call-summaries` (createCallSummaryWebhook_v1)
     */
    readonly createCallSummaryWebhook: OperationMethod<CreateCallSummaryWebhookInput, CreateCallSummaryWebhookResult, CreateCallSummaryWebhookError>;
    /**
     * Create a new webhook for call transcripts
     * Creates a new webhook that triggers on events from call transcripts.
     * `POST /v1/webhooks/call-transcripts` (createCallTranscriptWebhook_v1)
     */
    readonly createCallTranscriptWebhook: OperationMethod<CreateCallTranscriptWebhookInput, CreateCallTranscriptWebhookResult, CreateCallTranscriptWebhookError>;
    /**
     * Create a new webhook for calls
     * Creates a new webhook that triggers on events from calls.
     * `POST /v1/webhooks/calls` (createCallWebhook_v1)
     */
    readonly createCallWebhook: OperationMethod<CreateCallWebhookInput, CreateCallWebhookResult, CreateCallWebhookError>;
    /**
     * Create a contact
     * Create a contact for a workspace.
     * `POST /v1/contacts` (createContact_v1)
     */
    readonly createContact: OperationMethod<CreateContactInput, CreateContactResult, CreateContactError>;
    /**
     * Create a new webhook for messages
     * Creates a new webhook that triggers on events from messages.
     * `POST /v1/webhooks/messages` (createMessageWebhook_v1)
     */
    readonly createMessageWebhook: OperationMethod<CreateMessageWebhookInput, CreateMessageWebhookResult, CreateMessageWebhookError>;
    /**
     * Delete a contact
     * Delete a contact by its unique identifier.
     * `DELETE /v1/contacts/{id}` (deleteContact_v1)
     */
    readonly deleteContact: OperationMethod<DeleteContactInput, DeleteContactResult, DeleteContactError>;
    /**
     * Delete a webhook by ID
     * Delete a webhook by its unique identifier.
     * `DELETE /v1/webhooks/{id}` (deleteWebhookById_v1)
     */
    readonly deleteWebhookById: OperationMethod<DeleteWebhookByIdInput, DeleteWebhookByIdResult, DeleteWebhookByIdError>;
    /**
     * Get recordings for a call
     * Retrieve a list of recordings associated with a specific call. The results are sorted chronologically, with the oldest recording segment appearing first in the list.
     * `GET /v1/call-recordings/{callId}` (getCallRecordings_v1)
     */
    readonly getCallRecordings: OperationMethod<GetCallRecordingsInput, GetCallRecordingsResult, GetCallRecordingsError>;
    /**
     * Get a summary for a call
     * Retrieve an AI-generated summary of a specific call identified by its unique call ID. Call summaries are only available on OpenPhone Business plan.
     * `GET /v1/call-summaries/{callId}` (getCallSummary_v1)
     */
    readonly getCallSummary: OperationMethod<GetCallSummaryInput, GetCallSummaryResult, GetCallSummaryError>;
    /**
     * Get a transcription for a call
     * Retrieve a detailed transcript of a specific call identified by its unique call ID. Call transcripts are only available on OpenPhone business plan.
     * `GET /v1/call-transcripts/{id}` (getCallTranscript_v1)
     */
    readonly getCallTranscript: OperationMethod<GetCallTranscriptInput, GetCallTranscriptResult, GetCallTranscriptError>;
    /**
     * Get a contact by ID
     * Retrieve detailed information about a specific contact in your OpenPhone workspace using the contact's unique identifier.
     * `GET /v1/contacts/{id}` (getContactById_v1)
     */
    readonly getContactById: OperationMethod<GetContactByIdInput, GetContactByIdResult, GetContactByIdError>;
    /**
     * Get contact custom fields
     * Custom contact fields enhance your OpenPhone contacts with additional information beyond standard details like name, company, role, emails and phone numbers. These user-defined fields let you capture business-specific data. While you can only create or modify these fields in OpenPhone itself, this endpoint retrieves your existing custom properties. Use this information to accurately map and include important custom data when creating new contacts via the API.
     * `GET /v1/contact-custom-fields` (getContactCustomFields_v1)
     */
    readonly getContactCustomFields: OptionalInputOperationMethod<GetContactCustomFieldsInput, GetContactCustomFieldsResult, GetContactCustomFieldsError>;
    /**
     * Get a message by ID
     * Get a message by its unique identifier.
     * `GET /v1/messages/{id}` (getMessageById_v1)
     */
    readonly getMessageById: OperationMethod<GetMessageByIdInput, GetMessageByIdResult, GetMessageByIdError>;
    /**
     * Get a webhook by ID
     * Get a webhook by its unique identifier.
     * `GET /v1/webhooks/{id}` (getWebhookById_v1)
     */
    readonly getWebhookById: OperationMethod<GetWebhookByIdInput, GetWebhookByIdResult, GetWebhookByIdError>;
    /**
     * List calls
     * Fetch a paginated list of calls associated with a specific OpenPhone number and another number.
     * `GET /v1/calls` (listCalls_v1)
     */
    readonly listCalls: OperationMethod<ListCallsInput, ListCallsResult, ListCallsError>;
    /**
     * List contacts
     * Retrieve a paginated list of contacts associated with specific external IDs. You can optionally filter the results further by providing a list of sources. **Note**: The `externalIds` parameter is currently required to specify the contacts you want to retrieve.
     * `GET /v1/contacts` (listContacts_v1)
     */
    readonly listContacts: OperationMethod<ListContactsInput, ListContactsResult, ListContactsError>;
    /**
     * List Conversations
     * Fetch a paginated list of conversations of OpenPhone conversations. Can be filtered by user and/or phone numbers. Defaults to all conversations in the OpenPhone organization. Results are returned in descending order based on the most recent conversation.
     * `GET /v1/conversations` (listConversations_v1)
     */
    readonly listConversations: OptionalInputOperationMethod<ListConversationsInput, ListConversationsResult, ListConversationsError>;
    /**
     * List messages
     * Retrieve a chronological list of messages exchanged between your OpenPhone number and specified participants, with support for filtering and pagination.
     * `GET /v1/messages` (listMessages_v1)
     */
    readonly listMessages: OperationMethod<ListMessagesInput, ListMessagesResult, ListMessagesError>;
    /**
     * List phone numbers
     * Retrieve the list of phone numbers and users associated with your OpenPhone workspace.
     * `GET /v1/phone-numbers` (listPhoneNumbers_v1)
     */
    readonly listPhoneNumbers: OptionalInputOperationMethod<ListPhoneNumbersInput, ListPhoneNumbersResult, ListPhoneNumbersError>;
    /**
     * Lists all webhooks
     * List all webhooks for a user.
     * `GET /v1/webhooks` (listWebhooks_v1)
     */
    readonly listWebhooks: OptionalInputOperationMethod<ListWebhooksInput, ListWebhooksResult, ListWebhooksError>;
    /**
     * Send a text message
     * Send a text message from your OpenPhone number to a recipient.
     * `POST /v1/messages` (sendMessage_v1)
     */
    readonly sendMessage: OperationMethod<SendMessageInput, SendMessageResult, SendMessageError>;
    /**
     * Update a contact by ID
     * Modify an existing contact in your OpenPhone workspace using the contact's unique identifier.
     * `PATCH /v1/contacts/{id}` (updateContactById_v1)
     */
    readonly updateContactById: OperationMethod<UpdateContactByIdInput, UpdateContactByIdResult, UpdateContactByIdError>;
}
/** Each operation's error union, by its function's name: what `.safe` resolves to on a bound client. */
export interface OperationErrors {
    createCallSummaryWebhook: CreateCallSummaryWebhookError;
    createCallTranscriptWebhook: CreateCallTranscriptWebhookError;
    createCallWebhook: CreateCallWebhookError;
    createContact: CreateContactError;
    createMessageWebhook: CreateMessageWebhookError;
    deleteContact: DeleteContactError;
    deleteWebhookById: DeleteWebhookByIdError;
    getCallRecordings: GetCallRecordingsError;
    getCallSummary: GetCallSummaryError;
    getCallTranscript: GetCallTranscriptError;
    getContactById: GetContactByIdError;
    getContactCustomFields: GetContactCustomFieldsError;
    getMessageById: GetMessageByIdError;
    getWebhookById: GetWebhookByIdError;
    listCalls: ListCallsError;
    listContacts: ListContactsError;
    listConversations: ListConversationsError;
    listMessages: ListMessagesError;
    listPhoneNumbers: ListPhoneNumbersError;
    listWebhooks: ListWebhooksError;
    sendMessage: SendMessageError;
    updateContactById: UpdateContactByIdError;
}
/** A client with the operations given: `createClientFor(options, { sendMessage })`. */
export type ClientFor<TOperations> = BoundOperations<TOperations, OperationErrors>;
/**
 * A client with only the operations given, e.g. `createClientFor({ apiKey }, { sendMessage, listMessages })`
 * with the functions imported from this package: a bundle then carries those operations
 * and their validators, and no others. Same options, methods and `.safe` as `createClient`.
 */
export declare function createClientFor<TOperations extends Record<string, AnyOperation>>(options: ClientOptions, operations: TOperations): ClientFor<TOperations>;
/**
 * A client with every operation, for scripts that want them all. An app that calls a few
 * ships less with `createClientFor(options, { sendMessage })`.
 */
export declare function createClient(options: ClientOptions): OpenPhoneClient;
