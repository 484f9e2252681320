import { escapePointer } from "../../json.js";
import { schemes } from "./document.js";
import { defineRule, finding } from "./helpers.js";

export default defineRule("security-scheme-added", "document", (pair) => {
  const before = schemes(pair.before);
  return [...schemes(pair.after)]
    .filter(([name]) => !before.has(name))
    .map(([name, value]) =>
      finding(`security scheme \`${name}\` added`, undefined, value, `/components/securitySchemes/${escapePointer(name)}`),
    );
});
