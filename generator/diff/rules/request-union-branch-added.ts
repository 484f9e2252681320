import { branchRule, where } from "./helpers.js";

export default branchRule("request-union-branch-added", "added", (ctx, summary) => `${where(ctx)}: new accepted alternative ${summary}`);
