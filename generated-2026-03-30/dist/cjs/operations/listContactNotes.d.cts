import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListContactNotesErrorBodies, ListContactNotesInput, ListContactNotesResult } from "../models.cjs";
/** Every way `listContactNotes` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListContactNotesError = ApiError<400, string, ListContactNotesErrorBodies[400]> | ApiError<401, string, ListContactNotesErrorBodies[401]> | ApiError<403, string, ListContactNotesErrorBodies[403]> | ApiError<404, string, ListContactNotesErrorBodies[404]> | ApiError<500, string, ListContactNotesErrorBodies[500]> | CommonError;
/** The largest page size this endpoint accepts; `paginate` asks for it when the caller gives none. */
export declare const listContactNotesMaxPageSize = 50;
/**
 * List contact notes
 * Lists the internal notes on a contact.
 * `GET /contacts/{contactId}/notes` (listContactNotes)
 */
export declare function listContactNotes(client: ClientCore, input: ListContactNotesInput, options?: CallOptions): Promise<ListContactNotesResult>;
/** Like `listContactNotes`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listContactNotesSafe(client: ClientCore, input: ListContactNotesInput, options?: CallOptions): Promise<SafeResult<ListContactNotesResult, ListContactNotesError>>;
