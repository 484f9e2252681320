import { applies, defineRule, finding, INAPPLICABLE_CANDIDATES, keywordPtr, same, show, where } from "./helpers.js";

/**
 * A validation keyword that cannot apply to the schema's declared type changed —
 * e.g. `minLength` on an array (the upstream writes this on webhook `events`).
 * JSON Schema 2020-12 §6.3 ignores it there, so no value changes validity.
 */
export default defineRule("inapplicable-keyword-changed", "schema", (pair, ctx) => {
  if (pair.compare === "nullability") return [];
  const out = [];
  for (const keyword of INAPPLICABLE_CANDIDATES) {
    const vb = pair.before.keywords[keyword];
    const vr = pair.after.keywords[keyword];
    if (same(vb, vr)) continue;
    if (applies(pair.before, keyword) && applies(pair.after, keyword)) continue;
    const types = (pair.after.types.length ? pair.after.types : pair.before.types).join(" | ");
    const location = vr === undefined ? keywordPtr(pair.before, keyword) : keywordPtr(pair.after, keyword);
    out.push(
      finding(
        `${where(ctx)}: \`${keyword}\` ${show(vb)} → ${show(vr)} on a schema of type ${types}, where JSON Schema ignores it`,
        vb,
        vr,
        location,
      ),
    );
  }
  return out;
});
