import { escapePointer } from "../../json.js";
import { schemes, withoutDocs } from "./document.js";
import { defineRule, finding, same } from "./helpers.js";

/** Same scheme name, different mechanism (type, header name, flow, URLs): existing credentials stop working. */
export default defineRule("security-scheme-changed", "document", (pair) => {
  const after = schemes(pair.after);
  const out = [];
  for (const [name, value] of schemes(pair.before)) {
    const next = after.get(name);
    if (next === undefined || same(withoutDocs(value), withoutDocs(next))) continue;
    out.push(
      finding(
        `security scheme \`${name}\` changed`,
        withoutDocs(value),
        withoutDocs(next),
        `/components/securitySchemes/${escapePointer(name)}`,
      ),
    );
  }
  return out;
});
