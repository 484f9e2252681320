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
  createRateLimiter: () => createRateLimiter,
  sharedRateLimiter: () => sharedRateLimiter
});
module.exports = __toCommonJS(rate_limit_exports);
var import_retry = require("./retry.cjs");
function createRateLimiter(options = {}) {
  const perSecond = options.perSecond ?? 10;
  if (!(perSecond > 0 && perSecond < Infinity)) throw new TypeError("createRateLimiter: perSecond must be a positive number");
  const clock = options.clock || import_retry.systemClock;
  const spacing = 1040 / perSecond;
  const queue = [];
  let last = -Infinity;
  let pumping = false;
  const pump = async () => {
    pumping = true;
    try {
      while (queue.length) {
        const due = last + spacing;
        const wait = due - clock.now();
        if (wait > 0) await clock.sleep(wait);
        const release = queue.shift();
        if (!release) break;
        last = Math.max(clock.now(), due);
        release();
      }
    } finally {
      pumping = false;
    }
  };
  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const now = clock.now();
      if (!pumping && now >= last + spacing) {
        last = now;
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        const abort = () => {
          const at = queue.indexOf(release);
          if (at >= 0) queue.splice(at, 1);
          reject(signal?.reason);
        };
        const release = () => {
          signal?.removeEventListener("abort", abort);
          resolve();
        };
        queue.push(release);
        signal?.addEventListener("abort", abort);
        if (!pumping) void pump();
      });
    }
  };
}
const REGISTRY = /* @__PURE__ */ Symbol.for("openphone-api.rate-limiters");
function sharedRateLimiter(apiKey, place, perSecond) {
  const store = globalThis;
  const registry = store[REGISTRY] || /* @__PURE__ */ new Map();
  store[REGISTRY] = registry;
  const id = `${fnv1a(`${apiKey}
${place.replace(/\/+$/, "")}`)}/${perSecond}`;
  const limiter = registry.get(id) || createRateLimiter({ perSecond });
  registry.set(id, limiter);
  return limiter;
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
