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
var listContacts_exports = {};
__export(listContacts_exports, {
  listContacts: () => listContacts,
  listContactsMaxPageSize: () => listContactsMaxPageSize,
  listContactsSafe: () => listContactsSafe
});
module.exports = __toCommonJS(listContacts_exports);
var import_deep_object = require("../runtime/deep-object.cjs");
var import_http = require("../runtime/http.cjs");
var import_listContacts = require("../validators/listContacts.cjs");
const operation = {
  operationId: "listContacts",
  method: "GET",
  path: "/contacts",
  query: ["after", "externalId", "limit", "source"],
  deepObject: /* @__PURE__ */ (0, import_deep_object.deepObjectQuery)(["externalId", "source"]),
  errors: [400, 401, 403, 404, 500],
  checks: import_listContacts.listContactsChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactsMaxPageSize = 50;
function listContacts(client, input = {}, options) {
  return (0, import_http.request)(client, operation, input, withFixedHeaders(options));
}
function listContactsSafe(client, input = {}, options) {
  return (0, import_http.safe)(client, operation, input, withFixedHeaders(options));
}
