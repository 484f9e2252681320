import { typeRule } from "./helpers.js";

export default typeRule("request-type-changed", "changed");
