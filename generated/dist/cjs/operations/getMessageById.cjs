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
var getMessageById_exports = {};
__export(getMessageById_exports, {
  getMessageById: () => getMessageById,
  getMessageByIdSafe: () => getMessageByIdSafe
});
module.exports = __toCommonJS(getMessageById_exports);
var import_http = require("../runtime/http.cjs");
var import_getMessageById = require("../validators/getMessageById.cjs");
const operation = {
  operationId: "getMessageById_v1",
  method: "GET",
  path: "/v1/messages/{id}",
  errors: [400, 401, 402, 403, 404, 500],
  checks: import_getMessageById.getMessageByIdChecks
};
function getMessageById(client, input, options) {
  return (0, import_http.request)(client, operation, input, options);
}
function getMessageByIdSafe(client, input, options) {
  return (0, import_http.safe)(client, operation, input, options);
}
