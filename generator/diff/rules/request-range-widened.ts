import { boundsRule } from "./helpers.js";

export default boundsRule("request-range-widened", "range", "widened");
