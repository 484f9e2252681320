import { propertyRule, where } from "./helpers.js";

/** Every existing request lacks it. */
export default propertyRule("request-required-property-added", "added-required", (ctx) => `property ${where(ctx)} added (required)`);
