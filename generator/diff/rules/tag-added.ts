import { tags } from "./document.js";
import { defineRule, finding } from "./helpers.js";

export default defineRule("tag-added", "document", (pair) => {
  const before = tags(pair.before);
  return [...tags(pair.after)]
    .filter(([name]) => !before.has(name))
    .sort()
    .map(([name, index]) => finding(`tag \`${name}\` added`, undefined, name, `/tags/${index}`));
});
