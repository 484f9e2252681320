import type { PairKinds, WalkContext } from "../types.js";
import { defineRule, finding, isSuccessStatus, keywordPtr, same, show, where } from "./helpers.js";

/**
 * The `code` const of an error body (e.g. "0206400") is what callers branch on;
 * a new code for the same error breaks those branches.
 */
export function isErrorCode(pair: PairKinds["schema"], ctx: WalkContext): boolean {
  return ctx.direction === "response" && ctx.status !== null && !isSuccessStatus(ctx.status) && pair.propertyName === "code";
}

export default defineRule("response-error-code-changed", "schema", (pair, ctx) => {
  if (pair.compare === "nullability" || !isErrorCode(pair, ctx)) return [];
  const before = pair.before.keywords.const;
  const after = pair.after.keywords.const;
  if (same(before, after)) return [];
  const location = after === undefined ? keywordPtr(pair.before, "const") : keywordPtr(pair.after, "const");
  return [finding(`${where(ctx)}: error code ${show(before)} → ${show(after)}`, before, after, location)];
});
