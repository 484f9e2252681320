import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { DeleteContactNoteErrorBodies, DeleteContactNoteInput, DeleteContactNoteResult } from "../models.cjs";
/** Every way `deleteContactNote` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type DeleteContactNoteError = ApiError<400, string, DeleteContactNoteErrorBodies[400]> | ApiError<401, string, DeleteContactNoteErrorBodies[401]> | ApiError<403, string, DeleteContactNoteErrorBodies[403]> | ApiError<404, string, DeleteContactNoteErrorBodies[404]> | ApiError<500, string, DeleteContactNoteErrorBodies[500]> | CommonError;
/**
 * Delete a contact note
 * Deletes a note of a contact.
 * `DELETE /contacts/{contactId}/notes/{noteId}` (deleteContactNote)
 */
export declare function deleteContactNote(client: ClientCore, input: DeleteContactNoteInput, options?: CallOptions): Promise<DeleteContactNoteResult>;
/** Like `deleteContactNote`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function deleteContactNoteSafe(client: ClientCore, input: DeleteContactNoteInput, options?: CallOptions): Promise<SafeResult<DeleteContactNoteResult, DeleteContactNoteError>>;
