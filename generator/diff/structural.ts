/**
 * Structural alignment of two OpenAPI 3.1 documents. Nothing is matched by array
 * position: operations by method + path (path parameter names ignored, so
 * `/contacts/{id}` and `/contacts/{contactId}` are one path), parameters by
 * in + name, responses by status, media types by name, properties by name,
 * union branches by content. Every aligned pair is handed to `visit`, which runs
 * the rules subscribed to that kind of pair.
 */
import type { JsonObject, JsonValue } from "../core.js";
import { compareCodeUnits, escapePointer, HTTP_METHODS, isObject } from "../json.js";
import { deepEqual } from "./equal.js";
import { derefObject, Fingerprints, type SchemaView, viewSchema } from "./schema-view.js";
import type { PairKind, PairKinds, WalkContext } from "./types.js";

export type Visitor = <K extends PairKind>(kind: K, pair: PairKinds[K], ctx: WalkContext, defaultLocation: string) => void;

const DOCS_OF_OBJECTS = ["description", "summary", "title", "example", "examples"];

export function walkSpecs(base: JsonObject, revision: JsonObject, visit: Visitor): void {
  new Walker(base, revision, visit).run();
}

class Walker {
  private readonly fingerprints = new Fingerprints();
  constructor(
    private readonly base: JsonObject,
    private readonly revision: JsonObject,
    private readonly visit: Visitor,
  ) {}

  run(): void {
    const ctx: WalkContext = {
      direction: "both",
      operationId: null,
      method: null,
      path: null,
      status: null,
      place: "document",
      propertyPath: "",
    };
    this.visit("document", { before: this.base, after: this.revision }, ctx, "");
    this.metadata(ctx);
    this.operations();
    this.webhooks();
  }

  /**
   * OpenAPI 3.1 `webhooks`: each is an operation the API calls on the receiver, shown as
   * `POST webhook <name>`. Its request body is what the receiver gets, so the payload is
   * compared in the response direction: a removed payload property breaks receivers the
   * way a removed response property breaks clients.
   */
  private webhooks(): void {
    const hooksB = collectWebhooks(this.base);
    const hooksR = collectWebhooks(this.revision);
    for (const key of sortedKeys(hooksB, hooksR)) {
      const b = hooksB.get(key);
      const r = hooksR.get(key);
      const shown = r ?? b!;
      const ctx: WalkContext = {
        direction: "both",
        operationId: typeof shown.op.operationId === "string" ? shown.op.operationId : null,
        method: shown.method.toUpperCase(),
        path: shown.path,
        status: null,
        place: "webhook",
        propertyPath: "",
      };
      this.visit(
        "operation",
        { before: b?.op, after: r?.op, basePtr: b?.ptr ?? "", revPtr: r?.ptr ?? "", beforeSecurity: [], afterSecurity: [] },
        ctx,
        r ? r.ptr : b!.ptr,
      );
      if (!b || !r) continue;
      this.docs(b.op, r.op, b.ptr, r.ptr, ctx);
      this.extensions(b.op, r.op, b.ptr, r.ptr, ctx);
      const pb = derefObject(this.base, b.op.requestBody, `${b.ptr}/requestBody`);
      const pr = derefObject(this.revision, r.op.requestBody, `${r.ptr}/requestBody`);
      if (!pb.value || !pr.value) continue;
      const payload: WalkContext = { ...ctx, direction: "response", place: "webhook payload" };
      this.docs(pb.value, pr.value, pb.ptr, pr.ptr, payload);
      this.content(pb.value.content, pr.value.content, pb.ptr, pr.ptr, payload);
    }
  }

  /** Documentation and extensions of the document itself, info, tags and servers. */
  private metadata(ctx: WalkContext): void {
    this.extensions(this.base, this.revision, "", "", ctx);
    const infoB = isObject(this.base.info) ? this.base.info : {};
    const infoR = isObject(this.revision.info) ? this.revision.info : {};
    this.docs(infoB, infoR, "/info", "/info", { ...ctx, place: "API info" });
    this.extensions(infoB, infoR, "/info", "/info", ctx);
    const tags = (doc: JsonObject) =>
      new Map(
        (Array.isArray(doc.tags) ? doc.tags : []).flatMap((t, i) =>
          isObject(t) && typeof t.name === "string" ? [[t.name, { tag: t, i }] as const] : [],
        ),
      );
    const tagsB = tags(this.base);
    const tagsR = tags(this.revision);
    for (const name of sortedKeys(tagsB, tagsR)) {
      const b = tagsB.get(name);
      const r = tagsR.get(name);
      if (b && r) this.docs(b.tag, r.tag, `/tags/${b.i}`, `/tags/${r.i}`, { ...ctx, place: `tag \`${name}\`` });
    }
  }

  private operations(): void {
    const opsB = collectOperations(this.base);
    const opsR = collectOperations(this.revision);
    for (const key of sortedKeys(opsB, opsR)) {
      const b = opsB.get(key);
      const r = opsR.get(key);
      const shown = r ?? b!;
      const operationId = typeof shown.op.operationId === "string" ? shown.op.operationId : null;
      const ctx: WalkContext = {
        direction: "both",
        operationId,
        method: shown.method.toUpperCase(),
        path: shown.path,
        status: null,
        place: "operation",
        propertyPath: "",
      };
      const basePtr = b ? b.ptr : "";
      const revPtr = r ? r.ptr : "";
      this.visit(
        "operation",
        {
          before: b?.op,
          after: r?.op,
          basePtr,
          revPtr,
          beforeSecurity: b ? (b.op.security ?? this.base.security ?? []) : [],
          afterSecurity: r ? (r.op.security ?? this.revision.security ?? []) : [],
        },
        ctx,
        r ? revPtr : basePtr,
      );
      if (!b || !r) continue; // an added or removed operation is one finding, not one per part
      this.docs(b.op, r.op, basePtr, revPtr, ctx);
      this.extensions(b.op, r.op, basePtr, revPtr, ctx);
      this.parameters(b, r, ctx);
      this.requestBody(b, r, ctx);
      this.responses(b, r, ctx);
    }
  }

  private parameters(b: OperationRef, r: OperationRef, opCtx: WalkContext): void {
    const paramsB = this.collectParameters(this.base, b);
    const paramsR = this.collectParameters(this.revision, r);
    for (const key of sortedKeys(paramsB, paramsR)) {
      const pb = paramsB.get(key);
      const pr = paramsR.get(key);
      const shown = (pr ?? pb)!;
      const where = String(shown.value.in);
      const name = String(shown.value.name);
      const ctx: WalkContext = { ...opCtx, direction: "request", place: `${where} parameter \`${name}\``, propertyPath: "" };
      this.visit(
        "parameter",
        { name, in: where, before: pb?.value, after: pr?.value, basePtr: pb?.ptr ?? "", revPtr: pr?.ptr ?? "" },
        ctx,
        pr ? pr.ptr : pb!.ptr,
      );
      if (!pb || !pr) continue;
      this.docs(pb.value, pr.value, pb.ptr, pr.ptr, ctx);
      this.extensions(pb.value, pr.value, pb.ptr, pr.ptr, ctx);
      const sb = parameterSchema(pb.value, pb.ptr);
      const sr = parameterSchema(pr.value, pr.ptr);
      if (sb && sr) this.schemaPair(viewSchema(this.base, sb.value, sb.ptr), viewSchema(this.revision, sr.value, sr.ptr), ctx, null, []);
    }
  }

  private requestBody(b: OperationRef, r: OperationRef, opCtx: WalkContext): void {
    const rb = derefObject(this.base, b.op.requestBody, `${b.ptr}/requestBody`);
    const rr = derefObject(this.revision, r.op.requestBody, `${r.ptr}/requestBody`);
    if (!rb.value && !rr.value) return;
    const ctx: WalkContext = { ...opCtx, direction: "request", place: "request body", propertyPath: "" };
    this.visit("requestBody", { before: rb.value, after: rr.value, basePtr: rb.ptr, revPtr: rr.ptr }, ctx, rr.value ? rr.ptr : rb.ptr);
    if (!rb.value || !rr.value) return;
    this.docs(rb.value, rr.value, rb.ptr, rr.ptr, ctx);
    this.extensions(rb.value, rr.value, rb.ptr, rr.ptr, ctx);
    this.content(rb.value.content, rr.value.content, rb.ptr, rr.ptr, ctx);
  }

  private responses(b: OperationRef, r: OperationRef, opCtx: WalkContext): void {
    const mapB = isObject(b.op.responses) ? b.op.responses : {};
    const mapR = isObject(r.op.responses) ? r.op.responses : {};
    for (const status of sortedKeys(new Map(Object.entries(mapB)), new Map(Object.entries(mapR)))) {
      const rb = Object.hasOwn(mapB, status)
        ? derefObject(this.base, mapB[status], `${b.ptr}/responses/${escapePointer(status)}`)
        : { value: undefined, ptr: "" };
      const rr = Object.hasOwn(mapR, status)
        ? derefObject(this.revision, mapR[status], `${r.ptr}/responses/${escapePointer(status)}`)
        : { value: undefined, ptr: "" };
      const ctx: WalkContext = { ...opCtx, direction: "response", status, place: `response ${status}`, propertyPath: "" };
      this.visit(
        "response",
        { status, before: rb.value, after: rr.value, basePtr: rb.ptr, revPtr: rr.ptr },
        ctx,
        rr.value ? rr.ptr : rb.ptr,
      );
      if (!rb.value || !rr.value) continue;
      this.docs(rb.value, rr.value, rb.ptr, rr.ptr, ctx);
      this.extensions(rb.value, rr.value, rb.ptr, rr.ptr, ctx);
      this.headers(rb.value, rr.value, rb.ptr, rr.ptr, ctx);
      this.content(rb.value.content, rr.value.content, rb.ptr, rr.ptr, ctx);
    }
  }

  private headers(b: JsonObject, r: JsonObject, basePtr: string, revPtr: string, ctx: WalkContext): void {
    const collect = (document: JsonObject, response: JsonObject, ptr: string) => {
      const out = new Map<string, { name: string; value: JsonObject; ptr: string }>();
      const all = isObject(response.headers) ? response.headers : {};
      for (const name of Object.keys(all).sort()) {
        const found = derefObject(document, all[name], `${ptr}/headers/${escapePointer(name)}`);
        if (found.value) out.set(name.toLowerCase(), { name, value: found.value, ptr: found.ptr });
      }
      return out;
    };
    const headersB = collect(this.base, b, basePtr);
    const headersR = collect(this.revision, r, revPtr);
    for (const key of sortedKeys(headersB, headersR)) {
      const hb = headersB.get(key);
      const hr = headersR.get(key);
      const name = (hr ?? hb)!.name;
      const headerCtx: WalkContext = { ...ctx, place: `${ctx.place} header \`${name}\`` };
      this.visit(
        "header",
        { name, before: hb?.value, after: hr?.value, basePtr: hb?.ptr ?? "", revPtr: hr?.ptr ?? "" },
        headerCtx,
        hr ? hr.ptr : hb!.ptr,
      );
      if (!hb || !hr) continue;
      this.docs(hb.value, hr.value, hb.ptr, hr.ptr, headerCtx);
      const sb = parameterSchema(hb.value, hb.ptr);
      const sr = parameterSchema(hr.value, hr.ptr);
      if (sb && sr)
        this.schemaPair(viewSchema(this.base, sb.value, sb.ptr), viewSchema(this.revision, sr.value, sr.ptr), headerCtx, null, []);
    }
  }

  private content(before: JsonValue | undefined, after: JsonValue | undefined, basePtr: string, revPtr: string, ctx: WalkContext): void {
    const mapB = isObject(before) ? before : {};
    const mapR = isObject(after) ? after : {};
    for (const name of sortedKeys(new Map(Object.entries(mapB)), new Map(Object.entries(mapR)))) {
      const mb = isObject(mapB[name]) ? (mapB[name] as JsonObject) : undefined;
      const mr = isObject(mapR[name]) ? (mapR[name] as JsonObject) : undefined;
      const pb = `${basePtr}/content/${escapePointer(name)}`;
      const pr = `${revPtr}/content/${escapePointer(name)}`;
      const mediaCtx: WalkContext = { ...ctx, place: `${ctx.place} (${name})` };
      this.visit("mediaType", { name, before: mb, after: mr, basePtr: pb, revPtr: pr }, mediaCtx, mr ? pr : pb);
      if (!mb || !mr) continue;
      this.docs(mb, mr, pb, pr, mediaCtx);
      this.extensions(mb, mr, pb, pr, mediaCtx);
      if (mb.schema !== undefined || mr.schema !== undefined) {
        this.schemaPair(
          viewSchema(this.base, mb.schema ?? true, `${pb}/schema`),
          viewSchema(this.revision, mr.schema ?? true, `${pr}/schema`),
          mediaCtx,
          null,
          [],
        );
      }
    }
  }

  /**
   * Two schemas at the same place. `seen` holds the pairs of $ref-resolved
   * pointers on the current path, so a recursive schema is walked once.
   */
  private schemaPair(b: SchemaView, r: SchemaView, ctx: WalkContext, propertyName: string | null, seen: readonly string[]): void {
    if (b.cycleRef || r.cycleRef) return;
    const key = `${b.ptr}|${r.ptr}`;
    if (seen.includes(key)) return;
    const path = [...seen, key];
    const branchesB = b.branches ?? [b];
    const branchesR = r.branches ?? [r];
    if (branchesB.length === 1 && branchesR.length === 1) {
      this.visit("schema", { before: b, after: r, propertyName, compare: "all" }, ctx, r.ptr);
      this.schemaDocs(b, r, ctx);
      this.schemaBody(b, r, ctx, path);
      return;
    }
    // A union on either side: nullability belongs to the whole, everything else to the matched branches.
    this.visit("schema", { before: b, after: r, propertyName, compare: "nullability" }, ctx, r.ptr);
    if (b.branches && r.branches) this.schemaDocs(b, r, ctx);
    const { pairs, removed, added } = this.matchBranches(branchesB, branchesR);
    for (const [vb, vr] of pairs) {
      this.visit("schema", { before: vb, after: vr, propertyName, compare: "keywords" }, ctx, vr.ptr);
      this.schemaDocs(vb, vr, ctx);
      this.schemaBody(vb, vr, ctx, path);
    }
    for (const vb of removed)
      this.visit(
        "branch",
        { before: vb, after: undefined, siblingsBefore: branchesB.length, siblingsAfter: branchesR.length },
        ctx,
        vb.ptr,
      );
    for (const vr of added)
      this.visit(
        "branch",
        { before: undefined, after: vr, siblingsBefore: branchesB.length, siblingsAfter: branchesR.length },
        ctx,
        vr.ptr,
      );
  }

  /** Properties (by name), array items and additionalProperties of two matched schemas. */
  private schemaBody(b: SchemaView, r: SchemaView, ctx: WalkContext, seen: readonly string[]): void {
    this.extensions(b.keywords, r.keywords, b.ptr, r.ptr, ctx);
    const propsB = isObject(b.keywords.properties) ? b.keywords.properties : {};
    const propsR = isObject(r.keywords.properties) ? r.keywords.properties : {};
    const requiredB = new Set(Array.isArray(b.keywords.required) ? b.keywords.required : []);
    const requiredR = new Set(Array.isArray(r.keywords.required) ? r.keywords.required : []);
    const originB = b.origin.properties ?? b.ptr;
    const originR = r.origin.properties ?? r.ptr;
    for (const name of sortedKeys(new Map(Object.entries(propsB)), new Map(Object.entries(propsR)))) {
      const hasB = Object.hasOwn(propsB, name);
      const hasR = Object.hasOwn(propsR, name);
      const pb = `${originB}/properties/${escapePointer(name)}`;
      const pr = `${originR}/properties/${escapePointer(name)}`;
      const vb = hasB ? viewSchema(this.base, propsB[name], pb) : undefined;
      const vr = hasR ? viewSchema(this.revision, propsR[name], pr) : undefined;
      const propertyPath = ctx.propertyPath ? `${ctx.propertyPath}.${name}` : name;
      const propCtx: WalkContext = { ...ctx, propertyPath };
      this.visit(
        "property",
        { name, before: vb, after: vr, requiredBefore: requiredB.has(name), requiredAfter: requiredR.has(name) },
        propCtx,
        hasR ? pr : pb,
      );
      if (vb && vr) this.schemaPair(vb, vr, propCtx, name, seen);
    }
    const itemsB = b.keywords.items;
    const itemsR = r.keywords.items;
    if (itemsB !== undefined && itemsR !== undefined && !Array.isArray(itemsB) && !Array.isArray(itemsR)) {
      const itemCtx: WalkContext = { ...ctx, propertyPath: `${ctx.propertyPath}[]` };
      this.schemaPair(
        viewSchema(this.base, itemsB, `${b.origin.items ?? b.ptr}/items`),
        viewSchema(this.revision, itemsR, `${r.origin.items ?? r.ptr}/items`),
        itemCtx,
        null,
        seen,
      );
    }
    const extraB = b.keywords.additionalProperties;
    const extraR = r.keywords.additionalProperties;
    if (isObject(extraB) && isObject(extraR)) {
      const extraCtx: WalkContext = { ...ctx, propertyPath: `${ctx.propertyPath}{*}` };
      this.schemaPair(
        viewSchema(this.base, extraB, `${b.origin.additionalProperties ?? b.ptr}/additionalProperties`),
        viewSchema(this.revision, extraR, `${r.origin.additionalProperties ?? r.ptr}/additionalProperties`),
        extraCtx,
        null,
        seen,
      );
    }
  }

  /**
   * Match union branches by content: identical structure first, then the most
   * similar pairs (same types; properties with the same name and shape count
   * most). Whatever is left over was added or removed.
   */
  private matchBranches(
    list: SchemaView[],
    other: SchemaView[],
  ): { pairs: Array<[SchemaView, SchemaView]>; removed: SchemaView[]; added: SchemaView[] } {
    const fb = list.map((v) => this.fingerprints.ofView(v));
    const fr = other.map((v) => this.fingerprints.ofView(v));
    const usedB = new Set<number>();
    const usedR = new Set<number>();
    const pairs: Array<[number, number]> = [];
    fb.forEach((f, i) => {
      const j = fr.findIndex((g, k) => g === f && !usedR.has(k));
      if (j >= 0) {
        usedB.add(i);
        usedR.add(j);
        pairs.push([i, j]);
      }
    });
    const candidates: Array<{ i: number; j: number; score: number }> = [];
    list.forEach((vb, i) => {
      if (usedB.has(i)) return;
      other.forEach((vr, j) => {
        if (usedR.has(j)) return;
        const score = this.similarity(vb, vr);
        if (score > 0) candidates.push({ i, j, score });
      });
    });
    candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    for (const { i, j } of candidates) {
      if (usedB.has(i) || usedR.has(j)) continue;
      usedB.add(i);
      usedR.add(j);
      pairs.push([i, j]);
    }
    pairs.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
    return {
      pairs: pairs.map(([i, j]) => [list[i]!, other[j]!]),
      removed: list.filter((_, i) => !usedB.has(i)),
      added: other.filter((_, j) => !usedR.has(j)),
    };
  }

  private similarity(b: SchemaView, r: SchemaView): number {
    const sameTypes = b.types.join() === r.types.join();
    if (!sameTypes && b.types.length > 0 && r.types.length > 0) return 0;
    let score = 1;
    const propsB = isObject(b.keywords.properties) ? b.keywords.properties : {};
    const propsR = isObject(r.keywords.properties) ? r.keywords.properties : {};
    const namesB = Object.keys(propsB);
    const namesR = new Set(Object.keys(propsR));
    let shared = 0;
    for (const name of namesB) {
      if (!namesR.has(name)) continue;
      shared++;
      score += this.fingerprints.of(propsB[name]) === this.fingerprints.of(propsR[name]) ? 2 : 1;
    }
    if ((namesB.length > 0 || namesR.size > 0) && shared === 0) return 0; // objects with nothing in common are different things
    for (const keyword of ["const", "enum", "format", "pattern"]) {
      if (b.keywords[keyword] !== undefined && this.fingerprints.of(b.keywords[keyword]) === this.fingerprints.of(r.keywords[keyword]))
        score += 1;
    }
    return score;
  }

  private schemaDocs(b: SchemaView, r: SchemaView, ctx: WalkContext): void {
    for (const keyword of ["description", "title", "example", "examples"]) {
      const vb = b.keywords[keyword];
      const vr = r.keywords[keyword];
      if (vb === undefined && vr === undefined) continue;
      if (deepEqual(vb, vr)) continue;
      const basePtr = `${b.origin[keyword] ?? b.ptr}/${keyword}`;
      const revPtr = `${r.origin[keyword] ?? r.ptr}/${keyword}`;
      this.visit("documentation", { keyword, before: vb, after: vr, basePtr, revPtr }, ctx, vr === undefined ? basePtr : revPtr);
    }
  }

  private docs(b: JsonObject, r: JsonObject, basePtr: string, revPtr: string, ctx: WalkContext): void {
    for (const keyword of DOCS_OF_OBJECTS) {
      const vb = b[keyword];
      const vr = r[keyword];
      if (vb === undefined && vr === undefined) continue;
      if (deepEqual(vb, vr)) continue;
      const pb = `${basePtr}/${keyword}`;
      const pr = `${revPtr}/${keyword}`;
      this.visit("documentation", { keyword, before: vb, after: vr, basePtr: pb, revPtr: pr }, ctx, vr === undefined ? pb : pr);
    }
  }

  private extensions(b: JsonObject, r: JsonObject, basePtr: string, revPtr: string, ctx: WalkContext): void {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(r)])].filter((k) => k.startsWith("x-")).sort();
    for (const key of keys) {
      const vb = b[key];
      const vr = r[key];
      if (deepEqual(vb, vr)) continue;
      const pb = `${basePtr}/${escapePointer(key)}`;
      const pr = `${revPtr}/${escapePointer(key)}`;
      this.visit("extension", { key, before: vb, after: vr, basePtr: pb, revPtr: pr }, ctx, vr === undefined ? pb : pr);
    }
  }

  private collectParameters(document: JsonObject, op: OperationRef): Map<string, { value: JsonObject; ptr: string }> {
    const out = new Map<string, { value: JsonObject; ptr: string }>();
    // Path-level parameters first; the operation's own override them by in + name (OpenAPI 3.1 §4.8.9.1).
    const lists: Array<[JsonValue | undefined, string]> = [
      [op.item.parameters, `${op.itemPtr}/parameters`],
      [op.op.parameters, `${op.ptr}/parameters`],
    ];
    for (const [list, ptr] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((raw, index) => {
        const { value, ptr: at } = derefObject(document, raw, `${ptr}/${index}`);
        if (!value || typeof value.name !== "string" || typeof value.in !== "string") return;
        // Header names are case-insensitive (RFC 9110 §5.1).
        const name = value.in === "header" ? value.name.toLowerCase() : value.name;
        out.set(`${value.in} ${name}`, { value, ptr: at });
      });
    }
    return out;
  }
}

interface OperationRef {
  method: string;
  path: string;
  op: JsonObject;
  ptr: string;
  item: JsonObject;
  itemPtr: string;
}

function collectOperations(document: JsonObject): Map<string, OperationRef> {
  const out = new Map<string, OperationRef>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemPtr = `/paths/${escapePointer(path)}`;
    const { value: item } = derefObject(document, rawItem, itemPtr);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      // Path templates align regardless of the parameter names inside the braces.
      const key = `${path.replace(/\{[^}]*\}/g, "{}")} ${method}`;
      out.set(key, { method, path, op, ptr: `${itemPtr}/${method}`, item, itemPtr });
    }
  }
  return out;
}

/** Webhooks by name and method; `path` is what reports show: "webhook <name>". */
function collectWebhooks(document: JsonObject): Map<string, OperationRef> {
  const out = new Map<string, OperationRef>();
  const webhooks = isObject(document.webhooks) ? document.webhooks : {};
  for (const [name, rawItem] of Object.entries(webhooks)) {
    const itemPtr = `/webhooks/${escapePointer(name)}`;
    const { value: item } = derefObject(document, rawItem, itemPtr);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      out.set(`${name} ${method}`, { method, path: `webhook ${name}`, op, ptr: `${itemPtr}/${method}`, item, itemPtr });
    }
  }
  return out;
}

function parameterSchema(parameter: JsonObject, ptr: string): { value: JsonValue; ptr: string } | undefined {
  if (parameter.schema !== undefined) return { value: parameter.schema, ptr: `${ptr}/schema` };
  if (isObject(parameter.content)) {
    const [name] = Object.keys(parameter.content).sort();
    const media = name === undefined ? undefined : parameter.content[name];
    if (isObject(media) && media.schema !== undefined) return { value: media.schema, ptr: `${ptr}/content/${escapePointer(name!)}/schema` };
  }
  return undefined;
}

function sortedKeys<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(compareCodeUnits);
}
