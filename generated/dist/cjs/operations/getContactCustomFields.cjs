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
var getContactCustomFields_exports = {};
__export(getContactCustomFields_exports, {
  getContactCustomFields: () => getContactCustomFields,
  getContactCustomFieldsSafe: () => getContactCustomFieldsSafe
});
module.exports = __toCommonJS(getContactCustomFields_exports);
var import_http = require("../runtime/http.cjs");
var import_getContactCustomFields = require("../validators/getContactCustomFields.cjs");
const operation = {
  operationId: "getContactCustomFields_v1",
  method: "GET",
  path: "/v1/contact-custom-fields",
  errors: [400, 401, 403, 404, 500],
  checks: import_getContactCustomFields.getContactCustomFieldsChecks
};
function getContactCustomFields(client, input = {}, options) {
  return (0, import_http.request)(client, operation, input, options);
}
function getContactCustomFieldsSafe(client, input = {}, options) {
  return (0, import_http.safe)(client, operation, input, options);
}
