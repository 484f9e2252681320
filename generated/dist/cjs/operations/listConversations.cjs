var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var listConversations_exports = {};
__export(listConversations_exports, {
  listConversations: () => listConversations,
  listConversationsMaxPageSize: () => listConversationsMaxPageSize,
  listConversationsSafe: () => listConversationsSafe
});
module.exports = __toCommonJS(listConversations_exports);
var import_http = require("../runtime/http.cjs");
var import_listConversations = require("../validators/listConversations.cjs");
const operation = {
  operationId: "listConversations_v1",
  method: "GET",
  path: "/v1/conversations",
  query: ["createdAfter", "createdBefore", "excludeInactive", "maxResults", "pageToken", "phoneNumber", "phoneNumbers", "updatedAfter", "updatedBefore", "userId"],
  explode: ["phoneNumbers"],
  errors: [400, 401, 403, 404, 500],
  checks: import_listConversations.listConversationsChecks
};
const listConversationsMaxPageSize = 100;
function listConversations(client, input = {}, options) {
  return (0, import_http.request)(client, operation, input, options);
}
function listConversationsSafe(client, input = {}, options) {
  return (0, import_http.safe)(client, operation, input, options);
}
