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
var pagination_exports = {};
__export(pagination_exports, {
  pages: () => pages,
  paginate: () => paginate
});
module.exports = __toCommonJS(pagination_exports);
var import_errors = require("./errors.cjs");
const V1_PAGINATION = { cursorParam: "pageToken", nextField: "nextPageToken", sizeParam: "maxResults" };
async function* pages(fn, params, options) {
  const style = fn.pagination || V1_PAGINATION;
  const given = params;
  const sizeParam = style.sizeParam;
  const size = (sizeParam && given[sizeParam]) ?? options?.pageSize ?? fn.maxPageSize;
  let token = given[style.cursorParam];
  const seen = /* @__PURE__ */ new Set();
  const maxPages = options?.maxPages ?? 1e4;
  const stop = (detail) => new import_errors.OpenPhoneError("invalid_response", `pagination stopped: ${detail}`, {
    operationId: fn.operationId || fn.name || "paginate",
    method: "GET",
    path: "(pages)",
    reason: "pagination",
    issues: []
  });
  for (let count = 1; ; count++) {
    const query = { ...params };
    if (size !== void 0 && sizeParam) query[sizeParam] = size;
    if (token !== void 0) query[style.cursorParam] = token;
    const page = await fn(query, options);
    yield page;
    const next = page[style.nextField];
    if (typeof next !== "string" || next === "") return;
    if (seen.has(next)) throw stop(`${style.nextField} ${JSON.stringify(next).slice(0, 100)} was returned twice`);
    if (count >= maxPages) throw stop(`more than maxPages (${maxPages}) pages`);
    seen.add(next);
    token = next;
  }
}
async function* paginate(fn, params, options) {
  for await (const page of pages(fn, params, options)) yield* page.data;
}
