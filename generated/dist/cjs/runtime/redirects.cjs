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
var redirects_exports = {};
__export(redirects_exports, {
  MAX_REDIRECTS: () => MAX_REDIRECTS,
  followRedirects: () => followRedirects
});
module.exports = __toCommonJS(redirects_exports);
const MAX_REDIRECTS = 5;
const followRedirects = {
  next: (from, location, hops) => hops < MAX_REDIRECTS ? sameOrigin(from, location) : void 0,
  why: (location, hops) => !location ? "it names no Location" : hops >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : "it leads to another origin (the API key is never sent there) or is not a URL"
};
function sameOrigin(from, location) {
  if (!location) return void 0;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : void 0;
  } catch {
    return void 0;
  }
}
