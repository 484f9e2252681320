import { componentSchemas } from "./document.js";
import { defineRule, finding } from "./helpers.js";

/** A new named schema: the generated package may export a new named type. */
export default defineRule("component-schema-added", "document", (pair) => {
  const before = componentSchemas(pair.before);
  return [...componentSchemas(pair.after)]
    .filter(([name]) => !before.has(name))
    .map(([name, pointer]) => finding(`named schema \`${name}\` added`, undefined, name, pointer));
});
