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
var listContactShares_exports = {};
__export(listContactShares_exports, {
  listContactShares: () => listContactShares,
  listContactSharesMaxPageSize: () => listContactSharesMaxPageSize,
  listContactSharesSafe: () => listContactSharesSafe
});
module.exports = __toCommonJS(listContactShares_exports);
var import_http = require("../runtime/http.cjs");
var import_listContactShares = require("../validators/listContactShares.cjs");
const operation = {
  operationId: "listContactShares",
  method: "GET",
  path: "/contacts/{contactId}/shares",
  query: ["after", "limit"],
  errors: [400, 401, 403, 404, 500],
  checks: import_listContactShares.listContactSharesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listContactSharesMaxPageSize = 50;
function listContactShares(client, input, options) {
  return (0, import_http.request)(client, operation, input, withFixedHeaders(options));
}
function listContactSharesSafe(client, input, options) {
  return (0, import_http.safe)(client, operation, input, withFixedHeaders(options));
}
