import { servers } from "./document.js";
import { defineRule, finding } from "./helpers.js";

/** The generated client defaults its base URL from `servers`; a removed URL may stop answering. */
export default defineRule("server-removed", "document", (pair) => {
  const after = servers(pair.after);
  return [...servers(pair.before)]
    .filter(([url]) => !after.has(url))
    .sort()
    .map(([url, index]) => finding(`server ${url} removed`, url, undefined, `/servers/${index}`));
});
