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
var getOrganization_exports = {};
__export(getOrganization_exports, {
  getOrganization: () => getOrganization,
  getOrganizationSafe: () => getOrganizationSafe
});
module.exports = __toCommonJS(getOrganization_exports);
var import_http = require("../runtime/http.cjs");
var import_getOrganization = require("../validators/getOrganization.cjs");
const operation = {
  operationId: "getOrganization",
  method: "GET",
  path: "/organization",
  errors: [401, 500],
  checks: import_getOrganization.getOrganizationChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
function getOrganization(client, input = {}, options) {
  return (0, import_http.request)(client, operation, input, withFixedHeaders(options));
}
function getOrganizationSafe(client, input = {}, options) {
  return (0, import_http.safe)(client, operation, input, withFixedHeaders(options));
}
