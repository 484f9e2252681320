async function* pages(fn, params, options) {
  const size = params.maxResults ?? options?.pageSize ?? fn.maxPageSize;
  let token = params.pageToken;
  const seen = {};
  for (; ; ) {
    const query = { ...params };
    if (size !== void 0) query.maxResults = size;
    if (token !== void 0) query.pageToken = token;
    const page = await fn(query, options);
    yield page;
    const next = page.nextPageToken;
    if (next == null || next === "") return;
    if (seen[next]) throw new Error(`pagination stopped: nextPageToken ${JSON.stringify(next)} was returned twice`);
    seen[next] = true;
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
