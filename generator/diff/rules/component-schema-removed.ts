import { componentSchemas } from "./document.js";
import { defineRule, finding } from "./helpers.js";

/**
 * A named schema gone from components: code importing its generated type stops
 * compiling, even when the same shape is still used inline (its contents are
 * compared through the operations that use it).
 */
export default defineRule("component-schema-removed", "document", (pair) => {
  const after = componentSchemas(pair.after);
  return [...componentSchemas(pair.before)]
    .filter(([name]) => !after.has(name))
    .map(([name, pointer]) => finding(`named schema \`${name}\` removed`, name, undefined, pointer));
});
