import { defineRule, finding, same, show } from "./helpers.js";

/**
 * How a parameter is written on the wire (OpenAPI 3.1 §4.8.12.4: style, explode,
 * allowReserved, allowEmptyValue). Other serialisations may be refused by the server.
 */
const FIELDS = ["style", "explode", "allowReserved", "allowEmptyValue"];

export default defineRule("request-parameter-serialization-changed", "parameter", (pair, ctx, at) => {
  if (!pair.before || !pair.after) return [];
  const out = [];
  for (const field of FIELDS) {
    const before = pair.before[field];
    const after = pair.after[field];
    if (same(before, after)) continue;
    out.push(
      finding(`${ctx.place}: \`${field}\` ${show(before)} → ${show(after)}`, before, after, after === undefined ? at : `${at}/${field}`),
    );
  }
  return out;
});
