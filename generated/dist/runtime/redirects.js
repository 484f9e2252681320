const MAX_REDIRECTS = 5;
const followRedirects = {
  next: (from, location, hops) => hops < MAX_REDIRECTS ? sameOrigin(from, location) : void 0,
  why: (location, hops) => !location ? "it names no Location" : hops >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : "it leads to another origin (the API key is never sent there) or is not a URL"
};
function sameOrigin(from, location) {
  if (!location) return void 0;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : void 0;
  } catch {
    return void 0;
  }
}
export {
  MAX_REDIRECTS,
  followRedirects
};
