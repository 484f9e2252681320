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
var bind_exports = {};
__export(bind_exports, {
  bindOperation: () => bindOperation,
  bindOperations: () => bindOperations
});
module.exports = __toCommonJS(bind_exports);
var import_http = require("./http.cjs");
function bindOperation(core, call, callSafe, maxPageSize, pagination) {
  const method = (input, options) => call(core, input, options);
  Object.defineProperty(method, "name", { value: call.name });
  return Object.assign(method, {
    safe: (input, options) => callSafe(core, input, options),
    ...maxPageSize === void 0 ? {} : { maxPageSize },
    // Only lists that do not page the v1 way (see pagination.ts).
    ...pagination === void 0 ? {} : { pagination }
  });
}
function bindOperations(core, operations, maxPageSizes, paginations = {}) {
  const client = { core };
  for (const name of Object.keys(operations)) {
    const call = operations[name];
    const method = (input, options) => call(core, input, options);
    Object.defineProperty(method, "name", { value: call.name });
    client[name] = Object.assign(method, {
      // The same function, asked through a hidden option for the result instead of a throw.
      safe: (input, options) => call(core, input, { ...options, [import_http.SAFE]: true }),
      ...Object.prototype.hasOwnProperty.call(maxPageSizes, name) ? { maxPageSize: maxPageSizes[name] } : {},
      ...Object.prototype.hasOwnProperty.call(paginations, name) ? { pagination: paginations[name] } : {}
    });
  }
  return client;
}
