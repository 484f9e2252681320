import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-const-changed",
  "const",
  "changed",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
);
