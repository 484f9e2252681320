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
var listUserPhoneNumbers_exports = {};
__export(listUserPhoneNumbers_exports, {
  listUserPhoneNumbers: () => listUserPhoneNumbers,
  listUserPhoneNumbersMaxPageSize: () => listUserPhoneNumbersMaxPageSize,
  listUserPhoneNumbersSafe: () => listUserPhoneNumbersSafe
});
module.exports = __toCommonJS(listUserPhoneNumbers_exports);
var import_http = require("../runtime/http.cjs");
var import_listUserPhoneNumbers = require("../validators/listUserPhoneNumbers.cjs");
const operation = {
  operationId: "listUserPhoneNumbers",
  method: "GET",
  path: "/users/{userId}/phone-numbers",
  query: ["after", "include", "limit"],
  errors: [400, 401, 403, 500],
  checks: import_listUserPhoneNumbers.listUserPhoneNumbersChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listUserPhoneNumbersMaxPageSize = 50;
function listUserPhoneNumbers(client, input, options) {
  return (0, import_http.request)(client, operation, input, withFixedHeaders(options));
}
function listUserPhoneNumbersSafe(client, input, options) {
  return (0, import_http.safe)(client, operation, input, withFixedHeaders(options));
}
