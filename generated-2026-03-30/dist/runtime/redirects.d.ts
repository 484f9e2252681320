/**
 * Following a redirect, which only a GET, HEAD or DELETE without a body may do: at most 5 hops,
 * never to another origin (the API key is never sent there). It lives here, carried by the
 * descriptors of the operations that can follow one (`redirects: followRedirects`), so a bundle
 * that only sends (a POST, a PATCH) carries none of it; those end a redirect in an error at once.
 */
import type { RedirectPolicy } from "./types.js";
/** Redirects a bodyless call follows before it reports the last one as an error. */
export declare const MAX_REDIRECTS = 5;
export declare const followRedirects: RedirectPolicy;
