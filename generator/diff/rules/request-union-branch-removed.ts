import { branchRule, where } from "./helpers.js";

/** Requests that used this alternative are now invalid. */
export default branchRule(
  "request-union-branch-removed",
  "removed",
  (ctx, summary) => `${where(ctx)}: alternative ${summary} no longer accepted`,
);
