/**
 * Following a redirect, which only a GET, HEAD or DELETE without a body may do: at most 5 hops,
 * never to another origin (the API key is never sent there). It lives here, carried by the
 * descriptors of the operations that can follow one (`redirects: followRedirects`), so a bundle
 * that only sends (a POST, a PATCH) carries none of it; those end a redirect in an error at once.
 */
import type { RedirectPolicy } from "./types.js";

/** Redirects a bodyless call follows before it reports the last one as an error. */
export const MAX_REDIRECTS = 5;

export const followRedirects: RedirectPolicy = {
  next: (from, location, hops) => (hops < MAX_REDIRECTS ? sameOrigin(from, location) : undefined),
  why: (location, hops) =>
    !location
      ? "it names no Location"
      : hops >= MAX_REDIRECTS
        ? `more than ${MAX_REDIRECTS} redirects`
        : "it leads to another origin (the API key is never sent there) or is not a URL",
};

/** The absolute URL a redirect points to when it stays on the origin of `from`, else undefined. */
function sameOrigin(from: string, location: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : undefined;
  } catch {
    return undefined;
  }
}
