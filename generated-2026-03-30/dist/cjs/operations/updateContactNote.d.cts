import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { UpdateContactNoteErrorBodies, UpdateContactNoteInput, UpdateContactNoteResult } from "../models.cjs";
/** Every way `updateContactNote` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type UpdateContactNoteError = ApiError<400, string, UpdateContactNoteErrorBodies[400]> | ApiError<401, string, UpdateContactNoteErrorBodies[401]> | ApiError<403, string, UpdateContactNoteErrorBodies[403]> | ApiError<404, string, UpdateContactNoteErrorBodies[404]> | ApiError<500, string, UpdateContactNoteErrorBodies[500]> | CommonError;
/**
 * Update a contact note
 * Replaces the text of a note.
 * `PATCH /contacts/{contactId}/notes/{noteId}` (updateContactNote)
 */
export declare function updateContactNote(client: ClientCore, input: UpdateContactNoteInput, options?: CallOptions): Promise<UpdateContactNoteResult>;
/** Like `updateContactNote`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function updateContactNoteSafe(client: ClientCore, input: UpdateContactNoteInput, options?: CallOptions): Promise<SafeResult<UpdateContactNoteResult, UpdateContactNoteError>>;
