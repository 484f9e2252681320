/**
 * Each schema kind's printer, exercised through generated code: given a schema
 * and a value, want ok or the issues (pointer and expected). Hand-built Schema
 * nodes; the real spec is covered in spec.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { compileSources } from "../../generator/emit/compile.js";
import { summary } from "../../generator/emit/validators/expected.js";
import { isLeaf } from "../../generator/emit/validators/rules.js";
import { emitValidators } from "../../generator/emit/validators.js";
import { InputError } from "../../generator/errors.js";
import type { Schema } from "../../generator/model/types.js";
import { type LoadedValidators, loadValidators, typecheck } from "./harness.js";
import { apiModel, field, named, operation, response, s } from "./schemas.js";

type Want = "ok" | Array<[pointer: string, expected: string | RegExp]>;
interface Case {
  name: string;
  schema: Schema;
  value: unknown;
  mode?: "strict" | "compatible";
  want: Want;
}

const e164 = s.string({ pattern: "^\\+[1-9]\\d{1,14}$" });
const point = s.object({ x: [s.number(), true], y: [s.number(), true] });

const CASES: Case[] = [
  // string
  { name: "string ok", schema: s.string(), value: "a", want: "ok" },
  { name: "string wrong type", schema: s.string(), value: 1, want: [["", "string"]] },
  { name: "pattern ok", schema: s.string({ pattern: "^AC(.*)$" }), value: "AC123", want: "ok" },
  { name: "pattern bad", schema: s.string({ pattern: "^AC(.*)$" }), value: "XX", want: [["", "string matching /^AC(.*)$/"]] },
  {
    name: "pattern dot excludes line breaks (ECMA-262)",
    schema: s.string({ pattern: "^AC(.*)$" }),
    value: "AC\n",
    want: [["", /matching/]],
  },
  {
    name: "minLength counts code points",
    schema: s.string({ minLength: 2 }),
    value: "😀",
    want: [["", "string of at least 2 characters"]],
  },
  { name: "maxLength counts code points", schema: s.string({ maxLength: 2 }), value: "😀😀", want: "ok" },
  { name: "maxLength bad", schema: s.string({ maxLength: 2 }), value: "abc", want: [["", "string of at most 2 characters"]] },
  { name: "date-time ok", schema: s.string({ format: "date-time" }), value: "2022-01-01T00:00:00.123+05:30", want: "ok" },
  { name: "date-time bad", schema: s.string({ format: "date-time" }), value: "2022-02-30T00:00:00Z", want: [["", /date-time/]] },
  { name: "email ok", schema: s.string({ format: "email" }), value: "a.b+c@example.co", want: "ok" },
  { name: "email bad", schema: s.string({ format: "email" }), value: "a@b", want: [["", "email address"]] },
  { name: "uri ok", schema: s.string({ format: "uri" }), value: "https://example.com/a?b=c#d", want: "ok" },
  { name: "uri bad", schema: s.string({ format: "uri" }), value: "/relative", want: [["", "absolute URI"]] },
  { name: "unknown format is an annotation", schema: s.string({ format: "x-custom" }), value: "anything", want: "ok" },
  {
    name: "a format named like an Object.prototype member is an annotation",
    schema: s.string({ format: "toString" }),
    value: "x",
    want: "ok",
  },
  { name: "... and says plain string", schema: s.string({ format: "constructor" }), value: 1, want: [["", "string"]] },
  // number
  { name: "integer ok", schema: s.integer({ minimum: 1, maximum: 3 }), value: 2, want: "ok" },
  { name: "integer rejects fraction", schema: s.integer(), value: 1.5, want: [["", "integer"]] },
  { name: "number rejects NaN", schema: s.number(), value: Number.NaN, want: [["", "number"]] },
  { name: "number rejects numeric string", schema: s.number(), value: "1", want: [["", "number"]] },
  { name: "minimum", schema: s.number({ minimum: 1 }), value: 0, want: [["", "number >= 1"]] },
  { name: "exclusiveMaximum", schema: s.number({ exclusiveMaximum: 1 }), value: 1, want: [["", "number < 1"]] },
  { name: "multipleOf", schema: s.number({ multipleOf: 5 }), value: 12, want: [["", "number multiple of 5"]] },
  // boolean, null, literal, enum
  { name: "boolean", schema: s.boolean(), value: "true", want: [["", "boolean"]] },
  { name: "null", schema: s.null(), value: 0, want: [["", "null"]] },
  { name: "const ok", schema: s.literal("0206400"), value: "0206400", want: "ok" },
  { name: "const wrong code", schema: s.literal("0206400"), value: "0206401", want: [["", '"0206400"']] },
  { name: "const number", schema: s.literal(400), value: 401, want: [["", "400"]] },
  { name: "enum ok", schema: s.enum(["a", "b"]), value: "b", want: "ok" },
  { name: "enum unknown value: compatible accepts", schema: s.enum(["a", "b"]), value: "c", want: "ok" },
  { name: "enum unknown value: strict rejects", schema: s.enum(["a", "b"]), value: "c", mode: "strict", want: [["", 'one of "a", "b"']] },
  { name: "enum wrong type rejected in every mode", schema: s.enum(["a", "b"]), value: 1, want: [["", 'one of "a", "b"']] },
  { name: "long enum uses a set", schema: s.enum(["a", "b", "c", "d", "e", "f", "g"]), value: "g", mode: "strict", want: "ok" },
  {
    name: "long enum rejects",
    schema: s.enum(["a", "b", "c", "d", "e", "f", "g"]),
    value: "h",
    mode: "strict",
    want: [["", /one of "a"/]],
  },
  // nullability
  { name: "nullable accepts null", schema: s.string({ nullable: true, pattern: "^US" }), value: null, want: "ok" },
  { name: "nullable says so", schema: s.string({ nullable: true }), value: 1, want: [["", "string or null"]] },
  { name: "not nullable rejects null", schema: s.string(), value: null, want: [["", "string"]] },
  // arrays
  { name: "items with pointers", schema: s.array(e164), value: ["+15555555555", "bad"], want: [["/1", /string matching/]] },
  {
    name: "to with two numbers",
    schema: s.array(e164, { minItems: 1, maxItems: 1 }),
    value: ["+15555555555", "+15555555556"],
    want: [["", "array of exactly 1 item"]],
  },
  { name: "minItems", schema: s.array(s.string(), { minItems: 1 }), value: [], want: [["", "array of at least 1 item"]] },
  {
    name: "uniqueItems",
    schema: s.array(s.unknown(), { uniqueItems: true }),
    value: [{ a: [1] }, { a: [1] }],
    want: [["", "array of unique items"]],
  },
  { name: "array wrong type", schema: s.array(s.string()), value: { 0: "a" }, want: [["", "array"]] },
  // objects
  { name: "object ok", schema: point, value: { x: 1, y: 2 }, want: "ok" },
  { name: "missing required", schema: point, value: { x: 1 }, want: [["/y", "number (required)"]] },
  { name: "optional absent", schema: s.object({ a: [s.string(), false] }), value: {}, want: "ok" },
  { name: "extra property: compatible accepts", schema: point, value: { x: 1, y: 2, z: 3 }, want: "ok" },
  {
    name: "extra property: strict rejects",
    schema: point,
    value: { x: 1, y: 2, "a/b": 3 },
    mode: "strict",
    want: [["/a~1b", "no such property"]],
  },
  { name: "free-form object accepts anything, strict too", schema: s.object({}), value: { any: 1 }, mode: "strict", want: "ok" },
  {
    name: "additionalProperties schema checks extra values",
    schema: s.object({}, { additionalProperties: s.integer() }),
    value: { a: 1, "b~": "x" },
    want: [["/b~0", "integer"]],
  },
  { name: "object rejects array", schema: point, value: [1, 2], want: [["", "object"]] },
  {
    name: "prototype key is not found on Object.prototype",
    schema: s.object({ constructor: [s.string(), true] as [Schema, boolean] }),
    value: {},
    want: [["/constructor", /required/]],
  },
  {
    name: "property names are escaped",
    schema: s.object({ 'a"b\u2028*/': [s.string(), true] }),
    value: { 'a"b\u2028*/': 1 },
    want: [['/a"b\u2028*~1', "string"]],
  },
  {
    name: "nested pointer",
    schema: s.object({ data: [s.array(point), true] }),
    value: {
      data: [
        { x: 1, y: 2 },
        { x: "1", y: 2 },
      ],
    },
    want: [["/data/1/x", "number"]],
  },
  // unions
  { name: "anyOf scalar ok (from: PN…)", schema: s.anyOf([s.string({ pattern: "^PN(.*)$" }), e164]), value: "PN123", want: "ok" },
  {
    name: "anyOf scalar bad (from: bad)",
    schema: s.anyOf([s.string({ pattern: "^PN(.*)$" }), e164]),
    value: "bad",
    want: [["", /\^PN.* or string matching/]],
  },
  { name: "anyOf of objects", schema: s.anyOf([point, s.object({ r: [s.number(), true] })]), value: { r: 1 }, want: "ok" },
  {
    name: "anyOf of objects bad",
    schema: s.anyOf([point, s.object({ r: [s.number(), true] })]),
    value: { q: 1 },
    want: [["", /object with x, y or object with r/]],
  },
  {
    name: "anyOf strict: closed variants discriminate",
    schema: s.anyOf([s.object({ a: [s.string(), false] })]),
    value: { b: 1 },
    mode: "strict",
    want: [["", /object/]],
  },
  { name: "oneOf: exactly one", schema: s.oneOf([s.string(), s.number()]), value: 1, want: "ok" },
  { name: "oneOf: two match", schema: s.oneOf([s.number(), s.integer()]), value: 1, want: [["", /exactly one of/]] },
  { name: "oneOf: none", schema: s.oneOf([s.number(), s.integer()]), value: "x", want: [["", "number or integer"]] },
  // allOf
  {
    name: "allOf merges known keys for the strict scan",
    schema: s.allOf([
      s.object({ key: [s.string(), true] }),
      s.anyOf([s.object({ value: [s.string({ nullable: true }), true] }), s.object({ value: [s.array(s.string()), true] })]),
    ]),
    value: { key: "k", value: ["a"] },
    mode: "strict",
    want: "ok",
  },
  {
    name: "allOf strict rejects a key no member declares",
    schema: s.allOf([s.object({ key: [s.string(), true] }), s.object({ value: [s.string(), false] })]),
    value: { key: "k", other: 1 },
    mode: "strict",
    want: [["/other", "no such property"]],
  },
  {
    name: "allOf member fails",
    schema: s.allOf([s.object({ key: [s.string(), true] }), s.object({ value: [s.string(), true] })]),
    value: { key: "k" },
    want: [["/value", /required/]],
  },
  // refs and unknown
  { name: "ref ok", schema: s.object({ p: [s.ref("Point"), true] }), value: { p: { x: 1, y: 2 } }, want: "ok" },
  { name: "ref pointer", schema: s.object({ p: [s.ref("Point"), true] }), value: { p: { x: 1 } }, want: [["/p/y", /required/]] },
  { name: "nullable ref", schema: s.object({ p: [s.ref("Point", { nullable: true }), true] }), value: { p: null }, want: "ok" },
  {
    name: "allOf with a ref inlines the model's properties into the strict scan",
    schema: s.allOf([s.ref("Point"), s.object({ z: [s.number(), true] })]),
    value: { x: 1, y: 2, z: 3 },
    mode: "strict",
    want: "ok",
  },
  {
    name: "allOf with a ref still rejects undeclared keys",
    schema: s.allOf([s.ref("Point"), s.object({ z: [s.number(), true] })]),
    value: { x: 1, y: 2, z: 3, w: 4 },
    mode: "strict",
    want: [["/w", "no such property"]],
  },
  {
    name: "a recursive model validates",
    schema: s.ref("Tree"),
    value: { name: "a", children: [{ name: "b", children: [] }] },
    mode: "strict",
    want: "ok",
  },
  {
    name: "self-referencing model reports deep pointers",
    schema: s.ref("Tree"),
    value: { name: "a", children: [{ name: 1, children: [] }] },
    want: [["/children/0/name", "string"]],
  },
  { name: "unknown accepts anything", schema: s.unknown(), value: [{ a: null }], want: "ok" },
];

const MODELS = [
  named("Point", point),
  named("Tree", s.allOf([s.object({ name: [s.string(), true] }), s.object({ children: [s.array(s.ref("Tree")), true] })])),
];
const model = apiModel(
  CASES.map((c, i) => operation(`case${i}`, [], [response(200, c.schema)])),
  MODELS,
);
const files = emitValidators(model);
let loaded: LoadedValidators;
beforeAll(async () => {
  loaded = await loadValidators(files);
});

describe("printers: given schema and value, want issues", () => {
  CASES.forEach((c, i) => {
    it(c.name, () => {
      const result = loaded[`case${i}Response200`].validate(c.value, c.mode === undefined ? undefined : { mode: c.mode });
      if (c.want === "ok") {
        expect(result).toEqual({ ok: true, value: c.value });
        return;
      }
      expect(result.ok).toBe(false);
      const got = result.issues.map((issue: { pointer: string; expected: string }) => [issue.pointer, issue.expected]);
      expect(got).toHaveLength(c.want.length);
      c.want.forEach(([pointer, expected], j) => {
        expect(got[j][0]).toBe(pointer);
        if (typeof expected === "string") expect(got[j][1]).toBe(expected);
        else expect(got[j][1]).toMatch(expected);
      });
    });
  });
});

describe("scalar rules are worded at run time as the generator words them", () => {
  // Scalars are explained by the runtime's ruleText (from the rule constant); properties and
  // unions holding objects use the generator's summary (expected.ts). The two must agree.
  const leaves: Schema[] = [
    ...CASES.map((c) => c.schema).filter((schema) => isLeaf(schema)),
    s.string({ minLength: 3, maxLength: 3 }),
    s.string({ minLength: 1, format: "date", nullable: true }),
    s.string({ pattern: "a/b" }),
    s.number({ minimum: 0, exclusiveMinimum: 0, maximum: 9, exclusiveMaximum: 10, multipleOf: 0.5, nullable: true }),
    s.enum(["a", "b", "c", "d", "e", "f", "g", "h", "i"]),
    s.enum([1, true, "x"]),
    s.literal(false),
    s.anyOf([s.string({ format: "email" }), s.null()]),
  ];
  const wrapped = apiModel(leaves.map((leaf, i) => operation(`leaf${i}`, [], [response(200, s.object({ a: [leaf, true] }))])));
  let checks: LoadedValidators;
  beforeAll(async () => {
    checks = await loadValidators(emitValidators(wrapped));
  });
  it("covers every scalar kind", () => {
    expect(new Set(leaves.map((leaf) => leaf.kind))).toEqual(new Set(["string", "number", "boolean", "null", "literal", "enum", "union"]));
  });
  leaves.forEach((leaf, i) => {
    it(`${summary(leaf)}`, () => {
      const result = checks[`leaf${i}Response200`].validate({});
      expect(result.issues.map((issue: { expected: string }) => issue.expected)).toEqual([`${summary(leaf)} (required)`]);
    });
  });
});

describe("generated sources", () => {
  it("type-check under strict + isolatedDeclarations + verbatimModuleSyntax + noUncheckedIndexedAccess", () => {
    expect(typecheck(files, model)).toEqual([]);
  });

  it("compile file by file as the package build does (esbuild transform + own or TypeScript declarations)", async () => {
    const out = await compileSources(files);
    expect(out.map((f) => f.path)).toContain("dist/validators/models.d.ts");
    const dts = out.find((f) => f.path === "dist/validators/case0.d.ts")!.contents;
    expect(dts).toContain("export declare const case0Response200: Validator<Case0Result>;");
  });

  it("contain no eval, no new Function, no runtime schema compilation", () => {
    for (const file of files) {
      expect(file.contents).not.toMatch(/\beval\(|new Function|Function\(/);
    }
  });

  it("hoist each pattern once for the whole package, in constants.ts, imported where used", () => {
    const withPattern = files.filter((f) => f.contents.includes('new RegExp("^\\\\+[1-9]'));
    expect(withPattern.map((f) => f.path)).toEqual(["src/validators/constants.ts"]);
    const name = /export const (pattern\$\d+): RegExp = \/\* @__PURE__ \*\/ new RegExp\("\^\\\\\+\[1-9\]/.exec(
      withPattern[0]!.contents,
    )?.[1];
    expect(name).toMatch(/^pattern\$\d+$/);
    const users = files.filter((f) => new RegExp(`\\b${name!.replace("$", "\\$")}\\.test\\(`).test(f.contents));
    expect(users.length).toBeGreaterThan(1);
    for (const user of users)
      expect(user.contents).toMatch(new RegExp(`import \\{[^}]*\\b${name!.replace("$", "\\$")}\\b[^}]*\\} from "\\./constants\\.js"`));
  });

  it("are the same bytes for the same model (deterministic)", () => {
    expect(emitValidators(model)).toEqual(files);
  });

  it("import only the model checks they use", () => {
    const refCase = files.find((f) => f.path === `src/validators/case${CASES.findIndex((c) => c.name === "ref ok")}.ts`)!;
    expect(refCase.contents).toContain('import { checkPoint } from "./models.js";');
    expect(files.find((f) => f.path === "src/validators/case0.ts")!.contents).not.toContain('from "./models.js"');
  });
});

describe("modes and reports", () => {
  const message = s.object({ id: [s.string(), true], status: [s.enum(["queued", "sent"]), true] });
  const m = apiModel([
    operation("send", [field("to", s.array(e164, { maxItems: 1 }), true), field("note", s.string(), false)], [response(202, message)]),
  ]);
  let v: LoadedValidators;
  beforeAll(async () => {
    v = await loadValidators(emitValidators(m));
  });

  it("compatible mode accepts an extra property and a new enum value and reports both", () => {
    const seen: unknown[] = [];
    const value = { id: "AC1", status: "read", extra: { nested: true } };
    expect(v.sendResponse202.validate(value, { onUnknown: (info: unknown) => seen.push(info) })).toEqual({ ok: true, value });
    expect(seen).toEqual([
      { pointer: "/status", kind: "enum", value: "read" },
      { pointer: "/extra", kind: "property", value: { nested: true } },
    ]);
  });

  it("strict mode rejects both, reports nothing", () => {
    const seen: unknown[] = [];
    const result = v.sendResponse202.validate(
      { id: "AC1", status: "read", extra: 1 },
      { mode: "strict", onUnknown: (i: unknown) => seen.push(i) },
    );
    expect(result.issues.map((i: { pointer: string }) => i.pointer)).toEqual(["/status", "/extra"]);
    expect(seen).toEqual([]);
  });

  it("requests are always strict, whatever mode is passed", () => {
    const result = v.sendRequest.validate({ to: ["+15555555555"], oops: 1 }, { mode: "compatible" });
    expect(result.ok).toBe(false);
    expect(result.issues[0].pointer).toBe("/oops");
  });

  it("an input with no required field may be omitted", async () => {
    const none = await loadValidators(emitValidators(apiModel([operation("ping", [field("q", s.string(), false, "query")], [])])));
    expect(none.pingRequest.validate(undefined).ok).toBe(true);
    expect(none.pingRequest.validate({ q: 1 }).ok).toBe(false);
    expect(none.pingResponses).toEqual({});
  });

  it("issues say what was found, briefly, never the whole payload", () => {
    const long = "x".repeat(500);
    const result = v.sendResponse202.validate({ id: 7, status: long.length, extra: long }, { mode: "strict" });
    const found = result.issues.map((i: { found: string }) => i.found);
    expect(found).toEqual(["number 7", "number 500", `string ${JSON.stringify("x".repeat(40))}… (500 characters)`]);
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(200);
  });

  it("never shows a value whose name suggests a secret", async () => {
    const webhook = await loadValidators(
      emitValidators(apiModel([operation("hook", [], [response(201, s.object({ key: [s.integer(), true] }))])])),
    );
    const result = webhook.hookResponse201.validate({ key: "whsec_abcdefghijklmnop" });
    expect(result.issues[0].found).toBe("string of 22 characters (hidden: the name suggests a secret)");
    expect(JSON.stringify(result)).not.toContain("whsec_");
  });

  it("exposes Standard Schema v1", () => {
    const standard = v.sendResponse202["~standard"];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe("openphone-codegen");
    expect(standard.validate({ id: "AC1", status: "sent" })).toEqual({ value: { id: "AC1", status: "sent" } });
    const bad = standard.validate({ status: "sent" });
    expect(bad.issues).toEqual([{ message: "/id: expected string (required), found nothing (missing)", path: ["id"] }]);
  });

  it("the responses map is keyed by status", () => {
    expect(Object.keys(v.sendResponses)).toEqual(["202"]);
    expect(v.sendResponses[202]).toBe(v.sendResponse202);
  });
});

describe("generation-time errors", () => {
  it("a model that contains itself through allOf is generated (called, not inlined forever)", () => {
    const loop = apiModel(
      [operation("x", [], [response(200, s.ref("Loop"))])],
      [named("Loop", s.allOf([s.object({ a: [s.string(), true] }), s.ref("Loop")]))],
    );
    const out = emitValidators(loop).find((f) => f.path === "src/validators/models.ts")!.contents;
    expect(out).toContain("if (!checkLoop(v, p, c)) ok = false;");
  });

  it("a pattern that does not compile stops generation, naming the pointer", () => {
    const bad = s.string({ pattern: "([a-z]" });
    (bad as { pointer: string }).pointer = "/paths/~1v1~1x/get/responses/200/content/application~1json/schema";
    const m = apiModel([operation("x", [], [response(200, bad)])]);
    expect(() => emitValidators(m)).toThrow(InputError);
    expect(() => emitValidators(m)).toThrow(/\/paths\/~1v1~1x\/get\/responses\/200.*openphone\.overlay\.json/);
  });
});
