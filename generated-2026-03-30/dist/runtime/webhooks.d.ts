/**
 * Verifying webhook deliveries, for both of the vendor's signature schemes
 * (see the generated README, "Receive webhooks"):
 *
 * - legacy (webhooks made in the app or with /v1/webhooks/*): one header
 *   `openphone-signature: hmac;1;<timestamp>;<base64 signature>`, HMAC-SHA256
 *   over `<timestamp>.<raw body>` with the base64-decoded signing key; several
 *   comma-separated entries may be sent, any one matching is enough;
 * - Standard Webhooks (the 2026-03-30 API): `webhook-id`, `webhook-timestamp`
 *   (Unix seconds) and `webhook-signature` (space-separated `v1,<base64>`),
 *   HMAC-SHA256 over `<id>.<timestamp>.<raw body>` with the key after `whsec_`.
 *
 * Web Crypto only (`crypto.subtle`), so it runs on Node 18+, in browsers' workers
 * and on edge runtimes. No error message ever contains a secret or a signature.
 */
import type { ValidationIssue } from "./types.js";
import { type Shape } from "./webhook-shapes.js";
export type WebhookErrorReason = "missing_header" | "malformed_header" | "timestamp_out_of_tolerance" | "signature_mismatch" | "invalid_json" | "invalid_payload";
/** The one error verification and parsing throw; `reason` tells the failures apart. */
export declare class WebhookError extends Error {
    readonly name: "WebhookError";
    readonly reason: WebhookErrorReason;
    /** For `invalid_payload`: where the payload breaks the event's contract. */
    readonly issues: readonly ValidationIssue[];
    constructor(reason: WebhookErrorReason, message: string, issues?: readonly ValidationIssue[]);
}
/** A `Headers` object (fetch, edge runtimes) or a plain record such as node:http's `req.headers`. */
export type WebhookHeaders = Headers | {
    readonly [name: string]: string | readonly string[] | undefined;
};
export interface VerifyWebhookOptions {
    /** The body exactly as received: raw bytes or the string they decode to. Re-serialised JSON does not verify. */
    body: string | Uint8Array | ArrayBuffer;
    headers: WebhookHeaders;
    /**
     * The signing secret, or several during a rotation (any one may match): `whsec_…` for
     * Standard Webhooks (the prefix is optional), the base64 key for legacy webhooks.
     */
    secret: string | readonly string[];
    /** How far the signed timestamp may be from now, either way. Default 300 s. */
    toleranceSeconds?: number;
    /** The current time (a Date or epoch milliseconds), for tests. Default: the clock. */
    now?: Date | number;
}
export type WebhookScheme = "standard-webhooks" | "legacy";
/** What a verified delivery carries besides its body. */
export interface VerifiedWebhook {
    scheme: WebhookScheme;
    /** `webhook-id` (Standard Webhooks): the same across retries; deduplicate on it. Absent for legacy. */
    id: string | undefined;
    /** The signed timestamp, Unix seconds. */
    timestamp: number;
    /** The body as text (UTF-8), ready for JSON.parse. */
    text: string;
}
/** Bytes Web Crypto accepts (not backed by a SharedArrayBuffer). */
type Bytes = Uint8Array<ArrayBuffer>;
/** Verify a delivery's signature and timestamp; throws a `WebhookError` when it must be refused. */
export declare function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhook>;
/** A delivery as each scheme's verifier sees it. */
export interface WebhookDelivery {
    read(name: string): string[];
    secrets: string[];
    tolerance: number;
    nowSeconds: number;
    /** The signed bytes: `prefix` then the raw body. */
    signedWith(prefix: string): Bytes;
    text(): string;
}
/**
 * One signature scheme: the headers that announce it and its verifier. Event definitions
 * name theirs, so a parser made for one scheme's events carries only that scheme's code.
 */
export interface WebhookSchemeVerifier {
    readonly name: WebhookScheme;
    /** Any one of these present: the delivery uses this scheme. */
    readonly headers: readonly string[];
    /** Tried first when a delivery carries the headers of several schemes (Standard Webhooks wins). */
    readonly rank: number;
    readonly verify: (delivery: WebhookDelivery) => Promise<VerifiedWebhook>;
}
/** Verify with the first scheme (`schemes` are in rank order) whose headers the delivery carries. */
export declare function verifyWith(options: VerifyWebhookOptions, schemes: readonly WebhookSchemeVerifier[]): Promise<VerifiedWebhook>;
/** Standard Webhooks (the 2026-03-30 API): `webhook-id`, `webhook-timestamp`, `webhook-signature`. */
export declare const standardWebhooksScheme: WebhookSchemeVerifier;
/** Legacy webhooks (made in the app or with /v1/webhooks): `openphone-signature: hmac;1;<timestamp>;<base64>`. */
export declare const legacyScheme: WebhookSchemeVerifier;
export interface ParseWebhookOptions extends VerifyWebhookOptions {
    /**
     * "compatible" (default): properties and enum values the contract does not know yet are
     * accepted, and an event type the package does not know passes as an `UnknownWebhookEvent`.
     * "strict": exactly the contract; an unknown event type is `invalid_payload`.
     */
    mode?: "compatible" | "strict";
}
/** An event whose `type` this package does not know yet (compatible mode only). */
export interface UnknownWebhookEvent {
    /** Brands the string so that a `switch` on a known event's `type` still narrows. */
    type: string & {
        readonly unknownWebhookEventType?: never;
    };
    known: false;
    [key: string]: unknown;
}
/**
 * One event the package knows (generated: `messageReceivedEvent`, `quoCallCompletedEvent`, ...):
 * the `type` values it arrives with, its signature scheme and its contract as data. Pass the
 * ones a receiver handles to `createWebhookParser`: the others stay out of its bundle.
 */
export interface WebhookEventDefinition<T extends {
    type: string;
}> {
    /** The signature scheme its deliveries come with. */
    readonly scheme: WebhookSchemeVerifier;
    readonly types: readonly string[];
    readonly shape: Shape;
    /** Type only (never set): the event's TypeScript type, for the parser's result. */
    readonly "~event"?: T;
}
/** The event type a definition stands for. */
export type WebhookEventOf<D> = D extends WebhookEventDefinition<infer T> ? T : never;
export interface WebhookParserOptions<D> {
    /** The events this receiver handles; any other comes back as an `UnknownWebhookEvent` (compatible mode). */
    events: D;
}
/** Verify, parse and validate against the given events: what `createWebhookParser` returns. */
export type WebhookParser<T> = (options: ParseWebhookOptions) => Promise<T | UnknownWebhookEvent>;
/**
 * A `parseWebhook` for the events you pass (`createWebhookParser({ events: [messageReceivedEvent] })`):
 * the same verification, errors and modes, and a bundle that carries only those events' contracts.
 * A delivery of any other type is an `UnknownWebhookEvent` in compatible mode, `invalid_payload` in strict.
 * It verifies only the signature schemes of the events given (legacy, Standard Webhooks or both):
 * a delivery signed the other way is refused with `missing_header`.
 */
export declare function createWebhookParser<D extends ReadonlyArray<WebhookEventDefinition<{
    type: string;
}>>>(options: WebhookParserOptions<D>): WebhookParser<WebhookEventOf<D[number]>>;
export declare function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean;
export {};
