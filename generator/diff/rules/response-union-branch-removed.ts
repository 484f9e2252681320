import { branchRule, where } from "./helpers.js";

export default branchRule("response-union-branch-removed", "removed", (ctx, summary) => `${where(ctx)}: is no longer ${summary}`);
