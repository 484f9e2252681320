import type { ApiError, CommonError } from "../runtime/errors.cjs";
import { type ClientCore } from "../runtime/http.cjs";
import type { CallOptions, SafeResult } from "../runtime/types.cjs";
import type { ListWebhooksErrorBodies, ListWebhooksInput, ListWebhooksResult } from "../models.cjs";
/** Every way `listWebhooks` can fail: its documented statuses (with their `code`s), then what any call can meet. */
export type ListWebhooksError = ApiError<400, "0305400", ListWebhooksErrorBodies[400]> | ApiError<401, "0300401", ListWebhooksErrorBodies[401]> | ApiError<403, "0300403", ListWebhooksErrorBodies[403]> | ApiError<404, "0300404", ListWebhooksErrorBodies[404]> | ApiError<500, "0301500", ListWebhooksErrorBodies[500]> | CommonError;
/**
 * Lists all webhooks
 * List all webhooks for a user.
 * `GET /v1/webhooks` (listWebhooks_v1)
 */
export declare function listWebhooks(client: ClientCore, input?: ListWebhooksInput, options?: CallOptions): Promise<ListWebhooksResult>;
/** Like `listWebhooks`, but resolves to `{ ok: true, data }` or `{ ok: false, error }` instead of throwing. */
export declare function listWebhooksSafe(client: ClientCore, input?: ListWebhooksInput, options?: CallOptions): Promise<SafeResult<ListWebhooksResult, ListWebhooksError>>;
