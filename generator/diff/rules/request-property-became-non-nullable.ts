import { nullableRule } from "./helpers.js";

/** Callers that send null are now refused. */
export default nullableRule("request-property-became-non-nullable", false);
