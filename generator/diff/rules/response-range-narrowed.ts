import { boundsRule } from "./helpers.js";

export default boundsRule("response-range-narrowed", "range", "narrowed");
