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
var deep_object_exports = {};
__export(deep_object_exports, {
  deepObjectQuery: () => deepObjectQuery
});
module.exports = __toCommonJS(deep_object_exports);
function deepObjectQuery(names) {
  return (query, name, value) => {
    if (!value || typeof value !== "object" || !names.includes(name)) return false;
    for (const [key, item] of Object.entries(value)) if (item != null) query.append(`${name}[${key}]`, String(item));
    return true;
  };
}
