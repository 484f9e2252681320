function bindOperation(core, call, callSafe, maxPageSize) {
  const method = (input, options) => call(core, input, options);
  Object.defineProperty(method, "name", { value: call.name });
  return Object.assign(method, {
    safe: (input, options) => callSafe(core, input, options),
    ...maxPageSize === void 0 ? {} : { maxPageSize }
  });
}
export {
  bindOperation
};
