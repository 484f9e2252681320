import { branchRule, where } from "./helpers.js";

/** The client may now receive a shape its types do not describe (e.g. the errors[] item variant {key, reason}). */
export default branchRule("response-union-branch-added", "added", (ctx, summary) => `${where(ctx)}: may now also be ${summary}`);
