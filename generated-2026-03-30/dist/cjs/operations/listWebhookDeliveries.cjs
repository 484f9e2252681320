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
var listWebhookDeliveries_exports = {};
__export(listWebhookDeliveries_exports, {
  listWebhookDeliveries: () => listWebhookDeliveries,
  listWebhookDeliveriesMaxPageSize: () => listWebhookDeliveriesMaxPageSize,
  listWebhookDeliveriesSafe: () => listWebhookDeliveriesSafe
});
module.exports = __toCommonJS(listWebhookDeliveries_exports);
var import_deep_object = require("../runtime/deep-object.cjs");
var import_http = require("../runtime/http.cjs");
var import_listWebhookDeliveries = require("../validators/listWebhookDeliveries.cjs");
const operation = {
  operationId: "listWebhookDeliveries",
  method: "GET",
  path: "/webhooks/{webhookId}/events",
  query: ["after", "createdAfter", "createdAt", "createdBefore", "eventType", "eventTypes", "limit", "resourceId", "status"],
  deepObject: /* @__PURE__ */ (0, import_deep_object.deepObjectQuery)(["createdAt", "eventType"]),
  errors: [400, 401, 403, 404, 500],
  checks: import_listWebhookDeliveries.listWebhookDeliveriesChecks
};
const withFixedHeaders = (options) => ({ ...options, headers: { ...options?.headers, "quo-api-version": "2026-03-30" } });
const listWebhookDeliveriesMaxPageSize = 50;
function listWebhookDeliveries(client, input, options) {
  return (0, import_http.request)(client, operation, input, withFixedHeaders(options));
}
function listWebhookDeliveriesSafe(client, input, options) {
  return (0, import_http.safe)(client, operation, input, withFixedHeaders(options));
}
