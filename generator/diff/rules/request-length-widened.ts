import { boundsRule } from "./helpers.js";

export default boundsRule("request-length-widened", "length", "widened");
