import { tags } from "./document.js";
import { defineRule, finding } from "./helpers.js";

export default defineRule("tag-removed", "document", (pair) => {
  const after = tags(pair.after);
  return [...tags(pair.before)]
    .filter(([name]) => !after.has(name))
    .sort()
    .map(([name, index]) => finding(`tag \`${name}\` removed`, name, undefined, `/tags/${index}`));
});
