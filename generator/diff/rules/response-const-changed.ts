import { literal, valueKeywordRule, where } from "./helpers.js";
import { isErrorCode } from "./response-error-code-changed.js";

export default valueKeywordRule(
  "response-const-changed",
  "const",
  "changed",
  (ctx, before, after) => `${where(ctx)}: const ${literal(before)} → ${literal(after)}`,
  isErrorCode,
);
