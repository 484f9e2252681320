import type { ApiError, CommonError } from "../runtime/errors.js";
import { type ClientCore } from "../runtime/http.js";
import type { CallOptions, SafeResult } from "../runtime/types.js";
import type { ListWebhooksErrorBodies, ListWebhooksInput, ListWebhooksResult } from "../models.js";
/** Every way `listWebhooks` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListWebhooksError = ApiError<401, string, ListWebhooksErrorBodies[401]> | ApiError<403, string, ListWebhooksErrorBodies[403]> | ApiError<500, string, ListWebhooksErrorBodies[500]> | CommonError;
/**
 * Lists all webhooks
 * Lists every webhook of the workspace. Not paginated.
 * `GET /webhooks` (listWebhooks)
 */
export declare function listWebhooks(client: ClientCore, input?: ListWebhooksInput, options?: CallOptions): Promise<ListWebhooksResult>;
/** Like `listWebhooks`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listWebhooksSafe(client: ClientCore, input?: ListWebhooksInput, options?: CallOptions): Promise<SafeResult<ListWebhooksResult, ListWebhooksError>>;
