import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { CreateContactNoteErrorBodies, CreateContactNoteInput, CreateContactNoteResult } from "../models.js";
/** Every way `createContactNote` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type CreateContactNoteError = ApiError<400, string, CreateContactNoteErrorBodies[400]> | ApiError<401, string, CreateContactNoteErrorBodies[401]> | ApiError<403, string, CreateContactNoteErrorBodies[403]> | ApiError<404, string, CreateContactNoteErrorBodies[404]> | ApiError<500, string, CreateContactNoteErrorBodies[500]> | CommonError;
/**
 * Create a contact note
 * Adds an internal note to a contact; nothing is sent to the contact.
 * `POST /contacts/{contactId}/notes` (createContactNote)
 */
export declare function createContactNote(client: ClientCore, input: CreateContactNoteInput, options?: CallOptions): Promise<CreateContactNoteResult>;
/** Like `createContactNote`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function createContactNoteSafe(client: ClientCore, input: CreateContactNoteInput, options?: CallOptions): Promise<SafeResult<CreateContactNoteResult, CreateContactNoteError>>;
