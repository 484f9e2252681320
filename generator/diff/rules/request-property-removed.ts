import { propertyRule, where } from "./helpers.js";

/** The generated request type no longer has it: callers that set it stop compiling, and the server no longer documents it. */
export default propertyRule("request-property-removed", "removed", (ctx) => `property ${where(ctx)} removed`);
