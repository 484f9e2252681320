import { escapePointer } from "../../json.js";
import { schemes } from "./document.js";
import { defineRule, finding } from "./helpers.js";

export default defineRule("security-scheme-removed", "document", (pair) => {
  const after = schemes(pair.after);
  return [...schemes(pair.before)]
    .filter(([name]) => !after.has(name))
    .map(([name, value]) =>
      finding(`security scheme \`${name}\` removed`, value, undefined, `/components/securitySchemes/${escapePointer(name)}`),
    );
});
