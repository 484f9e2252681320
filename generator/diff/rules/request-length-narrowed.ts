import { boundsRule } from "./helpers.js";

export default boundsRule("request-length-narrowed", "length", "narrowed");
