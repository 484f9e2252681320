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
var listMessages_exports = {};
__export(listMessages_exports, {
  listMessages: () => listMessages,
  listMessagesMaxPageSize: () => listMessagesMaxPageSize,
  listMessagesSafe: () => listMessagesSafe
});
module.exports = __toCommonJS(listMessages_exports);
var import_http = require("../runtime/http.cjs");
var import_listMessages = require("../validators/listMessages.cjs");
const operation = {
  operationId: "listMessages_v1",
  method: "GET",
  path: "/v1/messages",
  query: ["createdAfter", "createdBefore", "maxResults", "pageToken", "participants", "phoneNumberId", "since", "userId"],
  explode: ["participants"],
  errors: [400, 401, 402, 403, 404, 500],
  checks: import_listMessages.listMessagesChecks
};
const listMessagesMaxPageSize = 100;
function listMessages(client, input, options) {
  return (0, import_http.request)(client, operation, input, options);
}
function listMessagesSafe(client, input, options) {
  return (0, import_http.safe)(client, operation, input, options);
}
