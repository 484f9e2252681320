import { enumPresenceRule } from "./helpers.js";

export default enumPresenceRule("response-enum-added", "added");
