import { servers } from "./document.js";
import { defineRule, finding } from "./helpers.js";

export default defineRule("server-added", "document", (pair) => {
  const before = servers(pair.before);
  return [...servers(pair.after)]
    .filter(([url]) => !before.has(url))
    .sort()
    .map(([url, index]) => finding(`server ${url} added`, undefined, url, `/servers/${index}`));
});
