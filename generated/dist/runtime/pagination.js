import { OpenPhoneError } from "./errors.js";
async function* pages(fn, params, options) {
  const size = params.maxResults ?? options?.pageSize ?? fn.maxPageSize;
  let token = params.pageToken;
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
    if (size !== void 0) query.maxResults = size;
    if (token !== void 0) query.pageToken = token;
    const page = await fn(query, options);
    yield page;
    const next = page.nextPageToken;
    if (next == null || next === "") return;
    if (seen.has(next)) throw stop(`nextPageToken ${JSON.stringify(next).slice(0, 100)} was returned twice`);
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
