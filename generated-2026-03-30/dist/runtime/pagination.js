import { OpenPhoneError } from "./errors.js";
const V1_PAGINATION = { cursorParam: "pageToken", nextField: "nextPageToken", sizeParam: "maxResults" };
async function* pages(fn, params, options) {
  const style = fn.pagination || V1_PAGINATION;
  const given = params;
  const sizeParam = style.sizeParam;
  const size = (sizeParam && given[sizeParam]) ?? options?.pageSize ?? fn.maxPageSize;
  let token = given[style.cursorParam];
  const seen = /* @__PURE__ */ new Set();
  const maxPages = options?.maxPages ?? 1e4;
  const stop = (detail) => new OpenPhoneError("invalid_response", `pagination stopped: ${detail}`, {
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
export {
  pages,
  paginate
};
