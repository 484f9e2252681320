import { SAFE } from "./http.js";
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
      safe: (input, options) => call(core, input, { ...options, [SAFE]: true }),
      ...Object.prototype.hasOwnProperty.call(maxPageSizes, name) ? { maxPageSize: maxPageSizes[name] } : {},
      ...Object.prototype.hasOwnProperty.call(paginations, name) ? { pagination: paginations[name] } : {}
    });
  }
  return client;
}
export {
  bindOperation,
  bindOperations
};
