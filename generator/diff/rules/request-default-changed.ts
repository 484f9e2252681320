import { literal, valueKeywordRule, where } from "./helpers.js";

/** What the server assumes when the client omits the value. */
export default valueKeywordRule(
  "request-default-changed",
  "default",
  "any",
  (ctx, before, after) => `${where(ctx)}: default ${literal(before)} → ${literal(after)}`,
);
