/**
 * The call machinery every generated operation goes through:
 * validate input → serialize → (rate limit → fetch with timeout → read capped body) × retries
 * → map status to error, or parse and validate the success body.
 *
 * Written for a small bundle and a short call path: the whole call is one function (`send`),
 * every error's context is built in one place (`fail`), and the onResponse event (an object
 * spread, the costliest line when profiled) is built only when a hook observes it.
 */
import { OpenPhoneError } from "./errors.js";
import { type RateLimiter } from "./rate-limit.js";
import type { CallOptions, ClientOptions, OperationDescriptor, SafeResult } from "./types.js";
/**
 * A configured client: the options minus the key, and the limiter shared by all its calls.
 * Made by `createClientCore`; passed as the first argument of every operation function.
 */
export interface ClientCore {
    readonly options: Readonly<Omit<ClientOptions, "apiKey">> & {
        readonly baseUrl: string;
    };
    readonly limiter: RateLimiter | undefined;
    /** A function, so the key shows up neither in util.inspect nor in JSON.stringify of the client. */
    readonly apiKey: () => string;
}
/**
 * Check the options and build the client state. No I/O, no environment read.
 * `defaultBaseUrl` is the spec's first server, passed in by the generated client.
 */
export declare function createClientCore(options: ClientOptions, defaultBaseUrl: string): ClientCore;
/** Call one operation: resolves to the (validated) success body, or throws an OpenPhoneError. */
export declare function request<TResult>(client: ClientCore, descriptor: OperationDescriptor, input: unknown, callOptions?: CallOptions): Promise<TResult>;
/** As `request`, but never throws an OpenPhoneError: `{ ok: true, data, response } | { ok: false, error }`. */
export declare function safe<TResult, TError extends OpenPhoneError = OpenPhoneError>(client: ClientCore, descriptor: OperationDescriptor, input: unknown, callOptions?: CallOptions): Promise<SafeResult<TResult, TError>>;
