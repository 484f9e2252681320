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
export {
  bindOperation
};
