/**
 * The validators generated from the real snapshot (patched by openphone.overlay.json):
 * - per operation: valid payloads pass; targeted invalid ones fail at the right pointer;
 * - named cases from the issue (wrong const code, from: "bad", bad date-time, missing
 *   required, `to` with two numbers, compatible vs strict);
 * - an oracle: on generated values (fast-check), strict mode agrees with Ajv on the
 *   spec's schema read as closed objects, and compatible mode (when it reports nothing
 *   unknown) agrees with Ajv on the schema as written. Ajv is compiled here, in tests only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin, { type FormatsPlugin } from "ajv-formats";
import { build } from "esbuild";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonObject, JsonValue } from "../../generator/core.js";
import { emitValidators } from "../../generator/emit/validators.js";
import { normalizeSpec } from "../../generator/load/normalize.js";
import { buildApiModel } from "../../generator/model/build.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { applyOverlay } from "../../generator/overlay.js";
import { type LoadedValidators, loadValidators, typecheck, writeSources } from "./harness.js";
import { arbitraryFor, closeForStrict, inlineRefs, mutate } from "./oracle/json-schema.js";

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats: FormatsPlugin =
  (formatsPlugin as unknown as { default?: FormatsPlugin }).default ?? (formatsPlugin as unknown as FormatsPlugin);

const SPEC = path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json");
const OVERLAY = path.resolve(process.cwd(), "openphone.overlay.json");

const upstream = normalizeSpec(JSON.parse(readFileSync(SPEC, "utf8")) as JsonObject).document;
const document = applyOverlay(upstream, JSON.parse(readFileSync(OVERLAY, "utf8")) as JsonObject, OVERLAY);
const model: ApiModel = buildApiModel(document);
const files = emitValidators(model);
let v: LoadedValidators;
beforeAll(async () => {
  v = await loadValidators(files);
});

// ---- raw schemas from the patched document, for Ajv and the value generators ----

function at(pointer: string[]): JsonValue {
  let node: JsonValue = document;
  for (const key of pointer) node = (node as JsonObject)?.[key] as JsonValue;
  return node;
}

function responseSchema(op: Operation, status: number | "default"): JsonValue {
  return inlineRefs(at(["paths", op.path, op.method, "responses", String(status), "content", "application/json", "schema"]), document);
}

/** The input object's JSON Schema, assembled from the raw parameters and body the way Operation.input lays them out. */
function inputSchema(op: Operation): JsonObject {
  const parameters = ((at(["paths", op.path, op.method, "parameters"]) ?? []) as JsonObject[]).concat(
    (at(["paths", op.path, "parameters"]) ?? []) as JsonObject[],
  );
  const body = inlineRefs(
    at(["paths", op.path, op.method, "requestBody", "content", "application/json", "schema"]) ?? {},
    document,
  ) as JsonObject;
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const field of op.input) {
    if (field.required) required.push(field.name);
    if (field.in === "body") {
      properties[field.name] = op.bodyStyle === "flat" ? ((body.properties as JsonObject)[field.name] as JsonValue) : body;
    } else {
      const parameter = parameters.find((p) => p.name === field.name && p.in === field.in);
      properties[field.name] = inlineRefs(parameter?.schema ?? {}, document);
    }
  }
  return { type: "object", properties, required, additionalProperties: false };
}

// validateSchema off: the document gives `examples` as a bare string in one place (a known upstream quirk).
const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
addFormats(ajv);

interface Target {
  name: string;
  op: Operation;
  validator: () => { validate: (value: unknown, options?: object) => { ok: boolean; issues?: Array<{ pointer: string }> } };
  schema: JsonValue;
  request: boolean;
}

const targets: Target[] = model.operations.flatMap((op) => {
  const names = op.names;
  const out: Target[] = [
    { name: `${op.functionName} request`, op, validator: () => v[names.request], schema: inputSchema(op), request: true },
  ];
  for (const r of op.responses) {
    if (r.schema === undefined) continue;
    out.push({
      name: `${op.functionName} ${r.status} response`,
      op,
      validator: () => v[names.response[String(r.status)]!],
      schema: responseSchema(op, r.status),
      request: false,
    });
  }
  return out;
});

describe("generated from the snapshot", () => {
  it("covers every operation: a request validator and one per documented response body", () => {
    expect(model.operations.length).toBe(22);
    for (const op of model.operations) {
      expect(files.some((f) => f.path === `src/validators/${op.functionName}.ts`)).toBe(true);
    }
    const responses = model.operations.flatMap((op) => op.responses.filter((r) => r.schema !== undefined));
    expect(targets.length).toBe(model.operations.length + responses.length);
  });

  it("type-checks under the package's compiler options", () => {
    expect(typecheck(files, model)).toEqual([]);
  });

  it("lets a bundler keep only what the caller imports", async () => {
    const root = writeSources(files);
    const entry =
      'import { sendMessageRequest, sendMessageResponse202 } from "./src/validators/index.js";\nexport const both = [sendMessageRequest, sendMessageResponse202];\n';
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain(String.raw`"^\\+[1-9]\\d{1,14}$"`); // the E.164 pattern both need
    // Other operations' checks (webhook IDs, call fields) and the 400 error body are not in it.
    expect(code).not.toContain("^WH(.*)$");
    expect(code).not.toContain("0206400");
    expect(code).not.toMatch(/listMessages|createContact/);
  });
});

describe("named cases from the issue", () => {
  const message = {
    id: "AC123abc",
    to: ["+15555555555"],
    from: "+15555555556",
    text: "Hello, world!",
    phoneNumberId: "PN123abc",
    direction: "outgoing",
    userId: "US123abc",
    status: "sent",
    createdAt: "2022-01-01T00:00:00Z",
    updatedAt: "2022-01-01T00:00:00.000Z",
  };
  const sent = { data: message };
  const request = { content: "Hello", from: "PN123abc", to: ["+15555555555"] };
  const error400 = {
    message: "m",
    code: "0206400",
    status: 400,
    docs: "https://openphone.com/docs",
    title: "A2P Registration Not Approved",
    description: "A2P Registration Not Approved",
  };

  const cases: Array<{ name: string; validator: string; value: unknown; mode?: "strict"; want: string[] }> = [
    { name: "a valid sendMessage request passes", validator: "sendMessageRequest", value: request, want: [] },
    { name: 'from: "bad"', validator: "sendMessageRequest", value: { ...request, from: "bad" }, want: ["/from"] },
    {
      name: "to with two numbers",
      validator: "sendMessageRequest",
      value: { ...request, to: ["+15555555555", "+15555555556"] },
      want: ["/to"],
    },
    { name: "missing required content", validator: "sendMessageRequest", value: { from: "PN1", to: ["+15555555555"] }, want: ["/content"] },
    {
      name: "blank content breaks its pattern",
      validator: "sendMessageRequest",
      value: { ...request, content: "   " },
      want: ["/content"],
    },
    { name: "a valid 202 passes", validator: "sendMessageResponse202", value: sent, mode: "strict", want: [] },
    {
      name: "userId null for incoming messages (overlay)",
      validator: "sendMessageResponse202",
      value: { data: { ...message, direction: "incoming", userId: null } },
      mode: "strict",
      want: [],
    },
    {
      name: "bad date-time",
      validator: "sendMessageResponse202",
      value: { data: { ...message, createdAt: "2022-01-32T00:00:00Z" } },
      want: ["/data/createdAt"],
    },
    {
      name: "missing required id",
      validator: "sendMessageResponse202",
      value: { data: { ...message, id: undefined } },
      want: ["/data/id"],
    },
    { name: "a valid 400 passes", validator: "sendMessageResponse400", value: error400, mode: "strict", want: [] },
    { name: "wrong const code", validator: "sendMessageResponse400", value: { ...error400, code: "0206401" }, want: ["/code"] },
    { name: "wrong const status", validator: "sendMessageResponse400", value: { ...error400, status: 401 }, want: ["/status"] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const value = JSON.parse(JSON.stringify(c.value));
      const result = v[c.validator].validate(value, c.mode ? { mode: c.mode } : undefined);
      expect(result.ok ? [] : result.issues.map((i: { pointer: string }) => i.pointer)).toEqual(c.want);
    });
  }

  it("compatible mode accepts an extra property and a new status value and reports both; strict rejects them", () => {
    const value = { data: { ...message, status: "read", channel: "rcs" } };
    const seen: unknown[] = [];
    expect(v.sendMessageResponse202.validate(value, { onUnknown: (info: unknown) => seen.push(info) }).ok).toBe(true);
    expect(seen).toEqual([
      { pointer: "/data/status", kind: "enum", value: "read" },
      { pointer: "/data/channel", kind: "property", value: "rcs" },
    ]);
    const strict = v.sendMessageResponse202.validate(value, { mode: "strict" });
    expect(strict.issues.map((i: { pointer: string }) => i.pointer)).toEqual(["/data/status", "/data/channel"]);
  });

  it("listMessages with 100 items passes and reports a bad item by index", () => {
    const page = { data: Array.from({ length: 100 }, (_, i) => ({ ...message, id: `AC${i}` })), totalItems: 100, nextPageToken: null };
    expect(v.listMessagesResponse200.validate(page, { mode: "strict" })).toEqual({ ok: true, value: page });
    page.data[57] = { ...message, to: ["+1"] };
    expect(v.listMessagesResponse200.validate(page).issues.map((i: { pointer: string }) => i.pointer)).toEqual(["/data/57/to/0"]);
  });
});

/**
 * Targeted invalid values for every operation: for each const, pattern, format
 * and required property reachable through object properties, break exactly that
 * value in an otherwise valid sample and expect an issue at exactly its pointer.
 */
describe("every operation: targeted invalid values fail at the right pointer", () => {
  interface Spot {
    path: string[];
    bad: unknown;
    why: string;
  }
  function spots(schema: JsonValue, at: string[] = []): Spot[] {
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return [];
    const out: Spot[] = [];
    if ("const" in schema)
      out.push({ path: at, bad: typeof schema.const === "number" ? (schema.const as number) + 1 : "wrong-const", why: "const" });
    if (typeof schema.pattern === "string") out.push({ path: at, bad: "\n", why: "pattern" });
    if (schema.format === "date-time") out.push({ path: at, bad: "2022-02-30T00:00:00Z", why: "date-time" });
    if (schema.format === "uri") out.push({ path: at, bad: "not a uri", why: "uri" });
    const properties = schema.properties as JsonObject | undefined;
    if (properties && typeof properties === "object") {
      const required = (schema.required ?? []) as string[];
      for (const [name, sub] of Object.entries(properties)) {
        if (required.includes(name)) out.push({ path: [...at, name], bad: undefined, why: "required" });
        if (required.includes(name)) out.push(...spots(sub, [...at, name]));
      }
    }
    return out;
  }

  for (const target of targets) {
    it(target.name, () => {
      const sample = fc.sample(arbitraryFor(target.schema), { numRuns: 1, seed: 7 })[0];
      const validator = target.validator();
      expect(validator.validate(sample, { mode: "strict" })).toEqual({ ok: true, value: sample });
      const list = spots(target.schema);
      for (const spot of list) {
        if (spot.path.length === 0) continue;
        const broken = structuredClone(sample) as Record<string, unknown>;
        let parent = broken;
        for (const key of spot.path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        const key = spot.path[spot.path.length - 1]!;
        if (spot.bad === undefined) delete parent[key];
        else parent[key] = spot.bad;
        const result = validator.validate(broken, { mode: "strict" });
        const pointer = `/${spot.path.map((k) => k.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
        expect(result.ok, `${spot.why} at ${pointer}`).toBe(false);
        expect(
          result.issues!.map((i) => i.pointer),
          `${spot.why} at ${pointer}`,
        ).toContain(pointer);
      }
    });
  }
});

describe("oracle: generated validators agree with Ajv", () => {
  for (const target of targets) {
    it(target.name, () => {
      const closed = ajv.compile(closeForStrict(target.schema) as object);
      const open = ajv.compile(target.schema as object);
      const validator = target.validator();
      const seen = { valid: 0, invalid: 0 };
      const values = fc.oneof(
        arbitraryFor(target.schema),
        fc.tuple(arbitraryFor(target.schema), fc.nat(), fc.nat()).map(([value, where, how]) => mutate(value, where, how)),
      );
      fc.assert(
        fc.property(values, (value) => {
          const strict = validator.validate(value, { mode: "strict" });
          expect(strict.ok).toBe(closed(value));
          seen[strict.ok ? "valid" : "invalid"]++;
          if (!strict.ok) expect(strict.issues!.length).toBeGreaterThan(0);
          if (target.request) return;
          let reported = 0;
          const compatible = validator.validate(value, { onUnknown: () => reported++ });
          // Unknown values reported: compatible mode is meant to differ from the spec there.
          if (reported === 0) expect(compatible.ok).toBe(open(value));
        }),
        { numRuns: 300, seed: 20250616 },
      );
      // Not vacuous: both outcomes were exercised.
      expect(seen.valid).toBeGreaterThan(20);
      expect(seen.invalid).toBeGreaterThan(20);
    });
  }
});
