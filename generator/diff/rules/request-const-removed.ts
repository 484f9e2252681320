import { literal, valueKeywordRule, where } from "./helpers.js";

export default valueKeywordRule(
  "request-const-removed",
  "const",
  "removed",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
);
