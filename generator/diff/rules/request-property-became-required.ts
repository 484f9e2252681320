import { propertyRule, where } from "./helpers.js";

/** Requests that omit it are now invalid. */
export default propertyRule("request-property-became-required", "became-required", (ctx) => `property ${where(ctx)} became required`);
