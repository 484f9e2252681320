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
var rate_limit_exports = {};
__export(rate_limit_exports, {
  createRateLimiter: () => createRateLimiter
});
module.exports = __toCommonJS(rate_limit_exports);
function createRateLimiter(perSecond, clock) {
  const starts = [];
  return {
    reserve() {
      const now = clock.now();
      const at = starts.length < perSecond ? now : Math.max(now, starts.shift() + 1e3);
      starts.push(at);
      return at - now;
    }
  };
}
