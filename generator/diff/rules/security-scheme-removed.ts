import { defineRule, finding } from "./helpers.js";
import { schemes } from "./document.js";

export default defineRule("security-scheme-removed", "document", (pair) => {
  const after = schemes(pair.after);
  return [...schemes(pair.before)]
    .filter(([name]) => !after.has(name))
    .map(([name, value]) =>
      finding(
        `security scheme \`${name}\` removed`,
        value,
        undefined,
        `/components/securitySchemes/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      ),
    );
});
