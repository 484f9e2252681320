import { nullableRule } from "./helpers.js";

/** The client may now receive null where its types promise a value. */
export default nullableRule("response-property-became-nullable", true);
