import { enumPresenceRule } from "./helpers.js";

export default enumPresenceRule("request-enum-removed", "removed");
