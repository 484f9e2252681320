import { type AnyOperation, type BoundOperations, type OperationMethod, type OptionalInputOperationMethod } from "./runtime/bind.cjs";
import { type ClientCore } from "./runtime/http.cjs";
import type { ClientOptions } from "./runtime/types.cjs";
import type { AssignTaskUserInput, AssignTaskUserResult, CreateContactInput, CreateContactNoteInput, CreateContactNoteResult, CreateContactPropertyInput, CreateContactPropertyResult, CreateContactResult, CreateHeaderVersionedWebhookInput, CreateHeaderVersionedWebhookResult, CreateTaskInput, CreateTaskResult, DeleteContactInput, DeleteContactNoteInput, DeleteContactNoteResult, DeleteContactPropertyInput, DeleteContactPropertyResult, DeleteContactResult, DeleteTaskDueDateInput, DeleteTaskDueDateResult, DeleteTaskInput, DeleteTaskResult, DeleteWebhookByIdInput, DeleteWebhookByIdResult, GetAvailablePhoneNumbersBaseInput, GetAvailablePhoneNumbersBaseResult, GetCallByIdInput, GetCallByIdResult, GetCallRecordingsInput, GetCallRecordingsResult, GetCallTranscriptsInput, GetCallTranscriptsResult, GetContactByIdInput, GetContactByIdResult, GetContactNoteInput, GetContactNoteResult, GetContactPropertyInput, GetContactPropertyResult, GetMessageByIdInput, GetMessageByIdResult, GetOrganizationInput, GetOrganizationResult, GetPhoneNumberByIdInput, GetPhoneNumberByIdResult, GetTaskInput, GetTaskResult, GetUserByIdInput, GetUserByIdResult, GetWebhookByIdInput, GetWebhookByIdResult, GetWebhookDeliveryInput, GetWebhookDeliveryResult, LinkTaskConversationInput, LinkTaskConversationResult, ListCallsInput, ListCallsResult, ListContactNotesInput, ListContactNotesResult, ListContactPropertiesInput, ListContactPropertiesResult, ListContactSharesInput, ListContactSharesResult, ListContactsInput, ListContactsResult, ListConversationsHeaderVersionedInput, ListConversationsHeaderVersionedResult, ListMessagesInput, ListMessagesResult, ListPhoneNumberUsersInput, ListPhoneNumberUsersResult, ListPhoneNumbersInput, ListPhoneNumbersResult, ListTasksInput, ListTasksResult, ListUserPhoneNumbersInput, ListUserPhoneNumbersResult, ListUsersInput, ListUsersResult, ListWebhookDeliveriesInput, ListWebhookDeliveriesResult, ListWebhooksInput, ListWebhooksResult, MarkConversationAsDoneInput, MarkConversationAsDoneResult, MarkConversationAsOpenInput, MarkConversationAsOpenResult, MarkConversationAsReadInput, MarkConversationAsReadResult, RetryMessageInput, RetryMessageResult, RetryWebhookDeliveryInput, RetryWebhookDeliveryResult, RotateHeaderVersionedWebhookSecretInput, RotateHeaderVersionedWebhookSecretResult, SendWebhookTestEventInput, SendWebhookTestEventResult, UnassignTaskUserInput, UnassignTaskUserResult, UnlinkTaskConversationInput, UnlinkTaskConversationResult, UpdateContactByIdInput, UpdateContactByIdResult, UpdateContactNoteInput, UpdateContactNoteResult, UpdateContactPropertyInput, UpdateContactPropertyResult, UpdateHeaderVersionedWebhookByIdInput, UpdateHeaderVersionedWebhookByIdResult, UpdateTaskDueDateInput, UpdateTaskDueDateResult, UpdateTaskInput, UpdateTaskResult, UpdateTaskStatusInput, UpdateTaskStatusResult } from "./models.cjs";
import { type AssignTaskUserError } from "./operations/assignTaskUser.cjs";
import { type CreateContactError } from "./operations/createContact.cjs";
import { type CreateContactNoteError } from "./operations/createContactNote.cjs";
import { type CreateContactPropertyError } from "./operations/createContactProperty.cjs";
import { type CreateHeaderVersionedWebhookError } from "./operations/createHeaderVersionedWebhook.cjs";
import { type CreateTaskError } from "./operations/createTask.cjs";
import { type DeleteContactError } from "./operations/deleteContact.cjs";
import { type DeleteContactNoteError } from "./operations/deleteContactNote.cjs";
import { type DeleteContactPropertyError } from "./operations/deleteContactProperty.cjs";
import { type DeleteTaskError } from "./operations/deleteTask.cjs";
import { type DeleteTaskDueDateError } from "./operations/deleteTaskDueDate.cjs";
import { type DeleteWebhookByIdError } from "./operations/deleteWebhookById.cjs";
import { type GetAvailablePhoneNumbersBaseError } from "./operations/getAvailablePhoneNumbersBase.cjs";
import { type GetCallByIdError } from "./operations/getCallById.cjs";
import { type GetCallRecordingsError } from "./operations/getCallRecordings.cjs";
import { type GetCallTranscriptsError } from "./operations/getCallTranscripts.cjs";
import { type GetContactByIdError } from "./operations/getContactById.cjs";
import { type GetContactNoteError } from "./operations/getContactNote.cjs";
import { type GetContactPropertyError } from "./operations/getContactProperty.cjs";
import { type GetMessageByIdError } from "./operations/getMessageById.cjs";
import { type GetOrganizationError } from "./operations/getOrganization.cjs";
import { type GetPhoneNumberByIdError } from "./operations/getPhoneNumberById.cjs";
import { type GetTaskError } from "./operations/getTask.cjs";
import { type GetUserByIdError } from "./operations/getUserById.cjs";
import { type GetWebhookByIdError } from "./operations/getWebhookById.cjs";
import { type GetWebhookDeliveryError } from "./operations/getWebhookDelivery.cjs";
import { type LinkTaskConversationError } from "./operations/linkTaskConversation.cjs";
import { type ListCallsError } from "./operations/listCalls.cjs";
import { type ListContactNotesError } from "./operations/listContactNotes.cjs";
import { type ListContactPropertiesError } from "./operations/listContactProperties.cjs";
import { type ListContactSharesError } from "./operations/listContactShares.cjs";
import { type ListContactsError } from "./operations/listContacts.cjs";
import { type ListConversationsHeaderVersionedError } from "./operations/listConversationsHeaderVersioned.cjs";
import { type ListMessagesError } from "./operations/listMessages.cjs";
import { type ListPhoneNumberUsersError } from "./operations/listPhoneNumberUsers.cjs";
import { type ListPhoneNumbersError } from "./operations/listPhoneNumbers.cjs";
import { type ListTasksError } from "./operations/listTasks.cjs";
import { type ListUserPhoneNumbersError } from "./operations/listUserPhoneNumbers.cjs";
import { type ListUsersError } from "./operations/listUsers.cjs";
import { type ListWebhookDeliveriesError } from "./operations/listWebhookDeliveries.cjs";
import { type ListWebhooksError } from "./operations/listWebhooks.cjs";
import { type MarkConversationAsDoneError } from "./operations/markConversationAsDone.cjs";
import { type MarkConversationAsOpenError } from "./operations/markConversationAsOpen.cjs";
import { type MarkConversationAsReadError } from "./operations/markConversationAsRead.cjs";
import { type RetryMessageError } from "./operations/retryMessage.cjs";
import { type RetryWebhookDeliveryError } from "./operations/retryWebhookDelivery.cjs";
import { type RotateHeaderVersionedWebhookSecretError } from "./operations/rotateHeaderVersionedWebhookSecret.cjs";
import { type SendWebhookTestEventError } from "./operations/sendWebhookTestEvent.cjs";
import { type UnassignTaskUserError } from "./operations/unassignTaskUser.cjs";
import { type UnlinkTaskConversationError } from "./operations/unlinkTaskConversation.cjs";
import { type UpdateContactByIdError } from "./operations/updateContactById.cjs";
import { type UpdateContactNoteError } from "./operations/updateContactNote.cjs";
import { type UpdateContactPropertyError } from "./operations/updateContactProperty.cjs";
import { type UpdateHeaderVersionedWebhookByIdError } from "./operations/updateHeaderVersionedWebhookById.cjs";
import { type UpdateTaskError } from "./operations/updateTask.cjs";
import { type UpdateTaskDueDateError } from "./operations/updateTaskDueDate.cjs";
import { type UpdateTaskStatusError } from "./operations/updateTaskStatus.cjs";
/** The first server the spec lists; override with `baseUrl` (e.g. "https://api.quo.com"). */
export declare const DEFAULT_BASE_URL = "https://api.quo.com";
/** Every operation, bound to one API key and one set of options. Each also has `.safe(...)`. */
export interface OpenPhoneClient {
    /** The configured core: pass it to the per-operation functions (`sendMessage(client.core, input)`). */
    readonly core: ClientCore;
    /**
     * Assign a user to a task
     * Assigns a user to a task.
     * `POST /tasks/{taskId}/users` (tasks.assignUser)
     */
    readonly assignTaskUser: OperationMethod<AssignTaskUserInput, AssignTaskUserResult, AssignTaskUserError>;
    /**
     * Create a contact
     * Creates a contact with scalar fields only; phone numbers and emails are added as properties.
     * `POST /contacts` (createContact)
     */
    readonly createContact: OperationMethod<CreateContactInput, CreateContactResult, CreateContactError>;
    /**
     * Create a contact note
     * Adds an internal note to a contact; nothing is sent to the contact.
     * `POST /contacts/{contactId}/notes` (createContactNote)
     */
    readonly createContactNote: OperationMethod<CreateContactNoteInput, CreateContactNoteResult, CreateContactNoteError>;
    /**
     * Create a contact property
     * Adds one typed value to a contact.
     * `POST /contacts/{contactId}/properties` (createContactProperty)
     */
    readonly createContactProperty: OperationMethod<CreateContactPropertyInput, CreateContactPropertyResult, CreateContactPropertyError>;
    /**
     * Create a new webhook
     * Creates one subscription for any mix of events; the version header of the request pins the payload version. The signing key is returned only here.
     * `POST /webhooks` (createHeaderVersionedWebhook)
     */
    readonly createHeaderVersionedWebhook: OperationMethod<CreateHeaderVersionedWebhookInput, CreateHeaderVersionedWebhookResult, CreateHeaderVersionedWebhookError>;
    /**
     * Create task
     * Creates a task linked to a conversation.
     * `POST /tasks` (tasks.create)
     */
    readonly createTask: OperationMethod<CreateTaskInput, CreateTaskResult, CreateTaskError>;
    /**
     * Delete a contact
     * Deletes a contact permanently.
     * `DELETE /contacts/{contactId}` (deleteContact)
     */
    readonly deleteContact: OperationMethod<DeleteContactInput, DeleteContactResult, DeleteContactError>;
    /**
     * Delete a contact note
     * Deletes a note of a contact.
     * `DELETE /contacts/{contactId}/notes/{noteId}` (deleteContactNote)
     */
    readonly deleteContactNote: OperationMethod<DeleteContactNoteInput, DeleteContactNoteResult, DeleteContactNoteError>;
    /**
     * Delete a contact property
     * Removes one property from a contact.
     * `DELETE /contacts/{contactId}/properties/{propertyId}` (deleteContactProperty)
     */
    readonly deleteContactProperty: OperationMethod<DeleteContactPropertyInput, DeleteContactPropertyResult, DeleteContactPropertyError>;
    /**
     * Delete a task
     * Deletes a task.
     * `DELETE /tasks/{taskId}` (tasks.delete)
     */
    readonly deleteTask: OperationMethod<DeleteTaskInput, DeleteTaskResult, DeleteTaskError>;
    /**
     * Delete the due date of a task
     * Clears the due date of a task.
     * `DELETE /tasks/{taskId}/due-date` (tasks.deleteDueDate)
     */
    readonly deleteTaskDueDate: OperationMethod<DeleteTaskDueDateInput, DeleteTaskDueDateResult, DeleteTaskDueDateError>;
    /**
     * Delete a webhook by ID
     * Deletes a webhook and revokes its signing key.
     * `DELETE /webhooks/{webhookId}` (deleteWebhookById)
     */
    readonly deleteWebhookById: OperationMethod<DeleteWebhookByIdInput, DeleteWebhookByIdResult, DeleteWebhookByIdError>;
    /**
     * Get available phone numbers
     * Searches numbers that could be obtained; it does not buy or provision anything.
     * `GET /phone-numbers/available` (getAvailablePhoneNumbersBase)
     */
    readonly getAvailablePhoneNumbersBase: OptionalInputOperationMethod<GetAvailablePhoneNumbersBaseInput, GetAvailablePhoneNumbersBaseResult, GetAvailablePhoneNumbersBaseError>;
    /**
     * Get a call by ID
     * Returns one call; summary and voicemail are added on request.
     * `GET /calls/{callId}` (getCallById)
     */
    readonly getCallById: OperationMethod<GetCallByIdInput, GetCallByIdResult, GetCallByIdError>;
    /**
     * List recordings for a call
     * Lists the recorded segments of a call, oldest segment first.
     * `GET /calls/{callId}/recordings` (getCallRecordings)
     */
    readonly getCallRecordings: OperationMethod<GetCallRecordingsInput, GetCallRecordingsResult, GetCallRecordingsError>;
    /**
     * List transcripts for a call
     * Lists one transcript per recorded segment of a call, oldest segment first.
     * `GET /calls/{callId}/transcripts` (getCallTranscripts)
     */
    readonly getCallTranscripts: OperationMethod<GetCallTranscriptsInput, GetCallTranscriptsResult, GetCallTranscriptsError>;
    /**
     * Get a contact by ID
     * Returns one contact.
     * `GET /contacts/{contactId}` (getContactById)
     */
    readonly getContactById: OperationMethod<GetContactByIdInput, GetContactByIdResult, GetContactByIdError>;
    /**
     * Get a contact note by ID
     * Returns one note of a contact.
     * `GET /contacts/{contactId}/notes/{noteId}` (getContactNote)
     */
    readonly getContactNote: OperationMethod<GetContactNoteInput, GetContactNoteResult, GetContactNoteError>;
    /**
     * Get a contact property by ID
     * Returns one property of a contact.
     * `GET /contacts/{contactId}/properties/{propertyId}` (getContactProperty)
     */
    readonly getContactProperty: OperationMethod<GetContactPropertyInput, GetContactPropertyResult, GetContactPropertyError>;
    /**
     * Get a message by ID
     * Returns one message with its media.
     * `GET /messages/{messageId}` (getMessageById)
     */
    readonly getMessageById: OperationMethod<GetMessageByIdInput, GetMessageByIdResult, GetMessageByIdError>;
    /**
     * Get the organization
     * Returns the workspace behind the API key.
     * `GET /organization` (getOrganization)
     */
    readonly getOrganization: OptionalInputOperationMethod<GetOrganizationInput, GetOrganizationResult, GetOrganizationError>;
    /**
     * Get a phone number by ID
     * Returns one phone number; restrictions and business hours are added on request.
     * `GET /phone-numbers/{phoneNumberId}` (getPhoneNumberById)
     */
    readonly getPhoneNumberById: OperationMethod<GetPhoneNumberByIdInput, GetPhoneNumberByIdResult, GetPhoneNumberByIdError>;
    /**
     * Get a task by task ID
     * Returns one task.
     * `GET /tasks/{taskId}` (tasks.get)
     */
    readonly getTask: OperationMethod<GetTaskInput, GetTaskResult, GetTaskError>;
    /**
     * Get a user by ID
     * Returns one user of the workspace.
     * `GET /users/{userId}` (getUserById)
     */
    readonly getUserById: OperationMethod<GetUserByIdInput, GetUserByIdResult, GetUserByIdError>;
    /**
     * Get a webhook by ID
     * Returns one webhook, without its signing key.
     * `GET /webhooks/{webhookId}` (getWebhookById)
     */
    readonly getWebhookById: OperationMethod<GetWebhookByIdInput, GetWebhookByIdResult, GetWebhookByIdError>;
    /**
     * Get a webhook delivery
     * Returns one delivery with the payload sent and every attempt.
     * `GET /webhooks/{webhookId}/events/{deliveryId}` (getWebhookDelivery)
     */
    readonly getWebhookDelivery: OperationMethod<GetWebhookDeliveryInput, GetWebhookDeliveryResult, GetWebhookDeliveryError>;
    /**
     * Link a conversation to a task
     * Links a conversation to a task.
     * `POST /tasks/{taskId}/conversations` (tasks.linkConversation)
     */
    readonly linkTaskConversation: OperationMethod<LinkTaskConversationInput, LinkTaskConversationResult, LinkTaskConversationError>;
    /**
     * List calls
     * Lists calls in the workspace, newest first. Every filter is optional.
     * `GET /calls` (listCalls)
     */
    readonly listCalls: OptionalInputOperationMethod<ListCallsInput, ListCallsResult, ListCallsError>;
    /**
     * List contact notes
     * Lists the internal notes on a contact.
     * `GET /contacts/{contactId}/notes` (listContactNotes)
     */
    readonly listContactNotes: OperationMethod<ListContactNotesInput, ListContactNotesResult, ListContactNotesError>;
    /**
     * List contact properties
     * Lists the typed values (phone numbers, emails, custom values) of a contact.
     * `GET /contacts/{contactId}/properties` (listContactProperties)
     */
    readonly listContactProperties: OperationMethod<ListContactPropertiesInput, ListContactPropertiesResult, ListContactPropertiesError>;
    /**
     * List contact shares
     * Lists who a contact is shared with.
     * `GET /contacts/{contactId}/shares` (listContactShares)
     */
    readonly listContactShares: OperationMethod<ListContactSharesInput, ListContactSharesResult, ListContactSharesError>;
    /**
     * List contacts
     * Lists the workspace's contacts, optionally filtered by external id or source.
     * `GET /contacts` (listContacts)
     */
    readonly listContacts: OptionalInputOperationMethod<ListContactsInput, ListContactsResult, ListContactsError>;
    /**
     * List conversations
     * Lists the workspace's conversations, most recently created first unless sorted otherwise.
     * `GET /conversations` (listConversationsHeaderVersioned)
     */
    readonly listConversationsHeaderVersioned: OptionalInputOperationMethod<ListConversationsHeaderVersionedInput, ListConversationsHeaderVersionedResult, ListConversationsHeaderVersionedError>;
    /**
     * List messages
     * Lists messages across the whole workspace, newest first. Every filter is optional.
     * `GET /messages` (listMessages)
     */
    readonly listMessages: OptionalInputOperationMethod<ListMessagesInput, ListMessagesResult, ListMessagesError>;
    /**
     * List the members assigned to a phone number
     * Lists the users assigned to a number, ordered by user id.
     * `GET /phone-numbers/{phoneNumberId}/users` (listPhoneNumberUsers)
     */
    readonly listPhoneNumberUsers: OperationMethod<ListPhoneNumberUsersInput, ListPhoneNumberUsersResult, ListPhoneNumberUsersError>;
    /**
     * List phone numbers
     * Lists the workspace's phone numbers; restrictions are added on request.
     * `GET /phone-numbers` (listPhoneNumbers)
     */
    readonly listPhoneNumbers: OptionalInputOperationMethod<ListPhoneNumbersInput, ListPhoneNumbersResult, ListPhoneNumbersError>;
    /**
     * List tasks
     * Lists the workspace's tasks.
     * `GET /tasks` (tasks.list)
     */
    readonly listTasks: OptionalInputOperationMethod<ListTasksInput, ListTasksResult, ListTasksError>;
    /**
     * List a user's phone numbers
     * Lists the phone numbers assigned to a user.
     * `GET /users/{userId}/phone-numbers` (listUserPhoneNumbers)
     */
    readonly listUserPhoneNumbers: OperationMethod<ListUserPhoneNumbersInput, ListUserPhoneNumbersResult, ListUserPhoneNumbersError>;
    /**
     * List users
     * Lists the users of the workspace.
     * `GET /users` (listUsers)
     */
    readonly listUsers: OptionalInputOperationMethod<ListUsersInput, ListUsersResult, ListUsersError>;
    /**
     * List deliveries for a webhook
     * Lists the deliveries of a webhook, newest first, with their event and resource ids.
     * `GET /webhooks/{webhookId}/events` (listWebhookDeliveries)
     */
    readonly listWebhookDeliveries: OperationMethod<ListWebhookDeliveriesInput, ListWebhookDeliveriesResult, ListWebhookDeliveriesError>;
    /**
     * Lists all webhooks
     * Lists every webhook of the workspace. Not paginated.
     * `GET /webhooks` (listWebhooks)
     */
    readonly listWebhooks: OptionalInputOperationMethod<ListWebhooksInput, ListWebhooksResult, ListWebhooksError>;
    /**
     * Mark conversation as done
     * Moves a conversation out of the inbox without sending anything and returns the conversation.
     * `POST /conversations/{conversationId}/mark-as-done` (markConversationAsDone)
     */
    readonly markConversationAsDone: OperationMethod<MarkConversationAsDoneInput, MarkConversationAsDoneResult, MarkConversationAsDoneError>;
    /**
     * Mark conversation as open
     * Moves a conversation back into the inbox without sending anything and returns the conversation.
     * `POST /conversations/{conversationId}/mark-as-open` (markConversationAsOpen)
     */
    readonly markConversationAsOpen: OperationMethod<MarkConversationAsOpenInput, MarkConversationAsOpenResult, MarkConversationAsOpenError>;
    /**
     * Mark conversation as read
     * Clears the unread indicator of a conversation without sending anything and returns the conversation.
     * `POST /conversations/{conversationId}/mark-as-read` (markConversationAsRead)
     */
    readonly markConversationAsRead: OperationMethod<MarkConversationAsReadInput, MarkConversationAsReadResult, MarkConversationAsReadError>;
    /**
     * Retry a failed message
     * Queues another delivery attempt for a message whose status is failed. Permanent failures and undelivered messages are refused.
     * `POST /messages/{messageId}/retry` (retryMessage)
     */
    readonly retryMessage: OperationMethod<RetryMessageInput, RetryMessageResult, RetryMessageError>;
    /**
     * Retry a webhook delivery
     * Queues a new attempt for a delivery; the attempt runs in the background.
     * `POST /webhooks/{webhookId}/events/{deliveryId}/retry` (retryWebhookDelivery)
     */
    readonly retryWebhookDelivery: OperationMethod<RetryWebhookDeliveryInput, RetryWebhookDeliveryResult, RetryWebhookDeliveryError>;
    /**
     * Rotate webhook signing secret
     * Issues a new signing key for a webhook and returns it.
     * `POST /webhooks/{webhookId}/rotate` (rotateHeaderVersionedWebhookSecret)
     */
    readonly rotateHeaderVersionedWebhookSecret: OperationMethod<RotateHeaderVersionedWebhookSecretInput, RotateHeaderVersionedWebhookSecretResult, RotateHeaderVersionedWebhookSecretError>;
    /**
     * Send a test event to a webhook
     * Sends a signed sample of the chosen event type to the webhook URL in the background and returns the sample.
     * `POST /webhooks/{webhookId}/events/test` (sendWebhookTestEvent)
     */
    readonly sendWebhookTestEvent: OperationMethod<SendWebhookTestEventInput, SendWebhookTestEventResult, SendWebhookTestEventError>;
    /**
     * Unassign a user from a task
     * Removes a user from a task; the user is named in a JSON body.
     * `DELETE /tasks/{taskId}/users` (tasks.unassignUser)
     */
    readonly unassignTaskUser: OperationMethod<UnassignTaskUserInput, UnassignTaskUserResult, UnassignTaskUserError>;
    /**
     * Unlink a conversation from a task
     * Unlinks a conversation from a task; the conversation is named in a JSON body.
     * `DELETE /tasks/{taskId}/conversations` (tasks.unlinkConversation)
     */
    readonly unlinkTaskConversation: OperationMethod<UnlinkTaskConversationInput, UnlinkTaskConversationResult, UnlinkTaskConversationError>;
    /**
     * Update a contact by ID
     * Changes the scalar fields sent in the body; properties are not touched.
     * `PATCH /contacts/{contactId}` (updateContactById)
     */
    readonly updateContactById: OperationMethod<UpdateContactByIdInput, UpdateContactByIdResult, UpdateContactByIdError>;
    /**
     * Update a contact note
     * Replaces the text of a note.
     * `PATCH /contacts/{contactId}/notes/{noteId}` (updateContactNote)
     */
    readonly updateContactNote: OperationMethod<UpdateContactNoteInput, UpdateContactNoteResult, UpdateContactNoteError>;
    /**
     * Update a contact property
     * Changes the name or value of a property; its type cannot change.
     * `PATCH /contacts/{contactId}/properties/{propertyId}` (updateContactProperty)
     */
    readonly updateContactProperty: OperationMethod<UpdateContactPropertyInput, UpdateContactPropertyResult, UpdateContactPropertyError>;
    /**
     * Update a webhook by ID
     * Changes only the fields sent; events replace the whole set.
     * `PATCH /webhooks/{webhookId}` (updateHeaderVersionedWebhookById)
     */
    readonly updateHeaderVersionedWebhookById: OperationMethod<UpdateHeaderVersionedWebhookByIdInput, UpdateHeaderVersionedWebhookByIdResult, UpdateHeaderVersionedWebhookByIdError>;
    /**
     * Update a task
     * Sets the title and description of a task; both are required.
     * `PATCH /tasks/{taskId}` (tasks.update)
     */
    readonly updateTask: OperationMethod<UpdateTaskInput, UpdateTaskResult, UpdateTaskError>;
    /**
     * Update the due date of a task
     * Sets or changes the due date of a task.
     * `PATCH /tasks/{taskId}/due-date` (tasks.updateDueDate)
     */
    readonly updateTaskDueDate: OperationMethod<UpdateTaskDueDateInput, UpdateTaskDueDateResult, UpdateTaskDueDateError>;
    /**
     * Update the status of a task
     * Opens, completes or deletes a task.
     * `PATCH /tasks/{taskId}/status` (tasks.updateStatus)
     */
    readonly updateTaskStatus: OperationMethod<UpdateTaskStatusInput, UpdateTaskStatusResult, UpdateTaskStatusError>;
}
/** Each operation's error union, by its function's name: what `.safe` resolves to on a bound client. */
export interface OperationErrors {
    assignTaskUser: AssignTaskUserError;
    createContact: CreateContactError;
    createContactNote: CreateContactNoteError;
    createContactProperty: CreateContactPropertyError;
    createHeaderVersionedWebhook: CreateHeaderVersionedWebhookError;
    createTask: CreateTaskError;
    deleteContact: DeleteContactError;
    deleteContactNote: DeleteContactNoteError;
    deleteContactProperty: DeleteContactPropertyError;
    deleteTask: DeleteTaskError;
    deleteTaskDueDate: DeleteTaskDueDateError;
    deleteWebhookById: DeleteWebhookByIdError;
    getAvailablePhoneNumbersBase: GetAvailablePhoneNumbersBaseError;
    getCallById: GetCallByIdError;
    getCallRecordings: GetCallRecordingsError;
    getCallTranscripts: GetCallTranscriptsError;
    getContactById: GetContactByIdError;
    getContactNote: GetContactNoteError;
    getContactProperty: GetContactPropertyError;
    getMessageById: GetMessageByIdError;
    getOrganization: GetOrganizationError;
    getPhoneNumberById: GetPhoneNumberByIdError;
    getTask: GetTaskError;
    getUserById: GetUserByIdError;
    getWebhookById: GetWebhookByIdError;
    getWebhookDelivery: GetWebhookDeliveryError;
    linkTaskConversation: LinkTaskConversationError;
    listCalls: ListCallsError;
    listContactNotes: ListContactNotesError;
    listContactProperties: ListContactPropertiesError;
    listContactShares: ListContactSharesError;
    listContacts: ListContactsError;
    listConversationsHeaderVersioned: ListConversationsHeaderVersionedError;
    listMessages: ListMessagesError;
    listPhoneNumberUsers: ListPhoneNumberUsersError;
    listPhoneNumbers: ListPhoneNumbersError;
    listTasks: ListTasksError;
    listUserPhoneNumbers: ListUserPhoneNumbersError;
    listUsers: ListUsersError;
    listWebhookDeliveries: ListWebhookDeliveriesError;
    listWebhooks: ListWebhooksError;
    markConversationAsDone: MarkConversationAsDoneError;
    markConversationAsOpen: MarkConversationAsOpenError;
    markConversationAsRead: MarkConversationAsReadError;
    retryMessage: RetryMessageError;
    retryWebhookDelivery: RetryWebhookDeliveryError;
    rotateHeaderVersionedWebhookSecret: RotateHeaderVersionedWebhookSecretError;
    sendWebhookTestEvent: SendWebhookTestEventError;
    unassignTaskUser: UnassignTaskUserError;
    unlinkTaskConversation: UnlinkTaskConversationError;
    updateContactById: UpdateContactByIdError;
    updateContactNote: UpdateContactNoteError;
    updateContactProperty: UpdateContactPropertyError;
    updateHeaderVersionedWebhookById: UpdateHeaderVersionedWebhookByIdError;
    updateTask: UpdateTaskError;
    updateTaskDueDate: UpdateTaskDueDateError;
    updateTaskStatus: UpdateTaskStatusError;
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
