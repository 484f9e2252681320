import { boundsRule } from "./helpers.js";

export default boundsRule("request-range-narrowed", "range", "narrowed");
