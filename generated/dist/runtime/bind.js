function bindOperation(core, call, callSafe, maxPageSize) {
  const method = (input, options) => call(core, input, options);
  return Object.assign(method, {
    safe: (input, options) => callSafe(core, input, options),
    ...maxPageSize === void 0 ? {} : { maxPageSize }
  });
}
export {
  bindOperation
};
