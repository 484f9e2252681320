import { propertyRule, where } from "./helpers.js";

export default propertyRule("response-property-became-required", "became-required", (ctx) => `property ${where(ctx)} became required`);
