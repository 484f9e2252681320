/**
 * The call machinery every generated operation goes through:
 * validate input → serialize → (rate limit → fetch with timeout → read capped body) × retries
 * → map status to error, or parse and validate the success body.
 *
 * Redirects are answered by this code, not by fetch (`redirect: "manual"`): a bodyless GET, HEAD
 * or DELETE follows a same-origin redirect (at most 5); anything else is never re-sent (a
 * re-POSTed /v1/messages texts someone twice, and the key must not travel to another origin) and
 * ends in an `unexpected_status` error naming the status and the Location.
 *
 * Written for a small bundle and a short call path: the whole call is one function (`send`),
 * every error's context is built in one place (`fail`), and the onResponse event (an object
 * spread, the costliest line when profiled) is built only when a hook observes it.
 */
import { OpenPhoneError } from "./errors.js";
import type { CallOptions, ClientOptions, OperationDescriptor, RateLimiter, SafeResult } from "./types.js";
/**
 * A configured client: the options minus the key, and the limiter shared by all its calls.
 * Made by `createClientCore`; passed as the first argument of every operation function.
 */
export interface ClientCore {
    readonly options: Readonly<Omit<ClientOptions, "apiKey">> & {
        readonly baseUrl: string;
        readonly headers: Record<string, string>;
    };
    readonly limiter: RateLimiter | undefined;
    /** A function, so the key shows up neither in util.inspect nor in JSON.stringify of the client. */
    readonly apiKey: () => string;
}
/**
 * Check the options and build the client state. No I/O, no environment read.
 * `defaultBaseUrl` is the spec's first server, passed in by the generated client.
 * Throws a TypeError that never quotes the key or the baseUrl (either may hold a secret).
 */
export declare function createClientCore(options: ClientOptions, defaultBaseUrl: string): ClientCore;
/**
 * Set (to true) in the call options by a bound `.safe` method: `request` then resolves to the
 * `SafeResult` instead of throwing, so binding an operation needs only its one function.
 */
export declare const SAFE: unique symbol;
/** Call one operation: resolves to the (validated) success body, or throws an OpenPhoneError. */
export declare function request<TResult>(client: ClientCore, descriptor: OperationDescriptor, input: unknown, callOptions?: CallOptions): Promise<TResult>;
/** As `request`, but never throws an OpenPhoneError: `{ ok: true, data, response } | { ok: false, error }`. */
export declare function safe<TResult, TError extends OpenPhoneError = OpenPhoneError>(client: ClientCore, descriptor: OperationDescriptor, input: unknown, callOptions?: CallOptions): Promise<SafeResult<TResult, TError>>;
