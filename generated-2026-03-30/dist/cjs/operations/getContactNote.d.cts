import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { GetContactNoteErrorBodies, GetContactNoteInput, GetContactNoteResult } from "../models.cjs";
/** Every way `getContactNote` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type GetContactNoteError = ApiError<400, string, GetContactNoteErrorBodies[400]> | ApiError<401, string, GetContactNoteErrorBodies[401]> | ApiError<403, string, GetContactNoteErrorBodies[403]> | ApiError<404, string, GetContactNoteErrorBodies[404]> | ApiError<500, string, GetContactNoteErrorBodies[500]> | CommonError;
/**
 * Get a contact note by ID
 * Returns one note of a contact.
 * `GET /contacts/{contactId}/notes/{noteId}` (getContactNote)
 */
export declare function getContactNote(client: ClientCore, input: GetContactNoteInput, options?: CallOptions): Promise<GetContactNoteResult>;
/** Like `getContactNote`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function getContactNoteSafe(client: ClientCore, input: GetContactNoteInput, options?: CallOptions): Promise<SafeResult<GetContactNoteResult, GetContactNoteError>>;
