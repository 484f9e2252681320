import { propertyRule, where } from "./helpers.js";

/** Code that reads it stops compiling and receives undefined. */
export default propertyRule("response-property-removed", "removed", (ctx) => `property ${where(ctx)} removed`);
