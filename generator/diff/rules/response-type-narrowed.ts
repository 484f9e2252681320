import { typeRule } from "./helpers.js";

export default typeRule("response-type-narrowed", "narrowed");
