/**
 * Property-based (fast-check, seeded and bounded):
 *  - random valid OpenAPI documents, within the constructs the OpenPhone API uses
 *    (path/query parameters, JSON bodies of objects with string/number/boolean/
 *    enum/const/array/nullable properties), always generate a package that
 *    type-checks (one tsc run for the batch);
 *  - the generated response validators (strict mode) agree with Ajv on random
 *    values, some valid, some corrupted;
 *  - diff(a, a) is empty and diff(a, b) / diff(b, a) mirror each other on the
 *    two real upstream copies (the engine's own properties over random schemas
 *    live in test/diff/properties.test.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { diffSpecs, RULES_BY_ID } from "../../generator/diff/index.js";
import { SPEC_DECEMBER, SPEC_JUNE, tempDir } from "../helpers/paths.js";
import { breakouts, generateInto, type Outcome, typecheckGenerated } from "./harness.js";

const RUNS = 4;
const WORDS = ["id", "name", "status", "createdAt", "a-b", "class", "type", "phone_number", "x y"];

type S = Record<string, unknown>;
const leaf: fc.Arbitrary<S> = fc.oneof(
  fc.constant<S>({ type: "string" }),
  fc.record({ type: fc.constant("string"), maxLength: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ type: fc.constant("string"), pattern: fc.constantFrom("^PN", "^[a-z]+$", "^\\+[1-9]\\d{1,14}$") }),
  fc.constant<S>({ type: "number" }),
  fc.record({ type: fc.constant("integer"), minimum: fc.integer({ min: -5, max: 0 }), maximum: fc.integer({ min: 1, max: 100 }) }),
  fc.constant<S>({ type: "boolean" }),
  fc
    .uniqueArray(fc.constantFrom("a", "b", "in-progress", 'q"uote', "back\\slash"), { minLength: 1, maxLength: 4 })
    .map((e): S => ({ type: "string", enum: e })),
  fc.constantFrom("fixed", "x`${y}`").map((c): S => ({ type: "string", const: c })),
  fc.constant<S>({ type: ["string", "null"] }),
);
const schema: fc.Arbitrary<S> = fc.letrec<{ s: S }>((tie) => ({
  s: fc.oneof(
    { depthSize: "small" },
    leaf,
    tie("s").map((items): S => ({ type: "array", items })),
    fc
      .dictionary(fc.constantFrom(...WORDS), tie("s"), { minKeys: 1, maxKeys: 4 })
      .chain((properties) =>
        fc.subarray(Object.keys(properties)).map((required): S => ({ type: "object", properties, required, additionalProperties: false })),
      ),
  ),
})).s;
const objectSchema = fc
  .dictionary(fc.constantFrom(...WORDS), schema, { minKeys: 1, maxKeys: 4 })
  .chain((properties) =>
    fc.subarray(Object.keys(properties)).map((required): S => ({ type: "object", properties, required, additionalProperties: false })),
  );

const operation = fc.record({
  name: fc.constantFrom("thing", "message", "call", "contact"),
  response: objectSchema,
  body: fc.option(objectSchema, { nil: undefined }),
});
const document = fc.uniqueArray(operation, { minLength: 1, maxLength: 3, selector: (o) => o.name }).map((ops) => {
  const paths: S = {};
  for (const op of ops) {
    const get = {
      operationId: `get${op.name[0]!.toUpperCase()}${op.name.slice(1)}_v1`,
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "maxResults", in: "query", schema: { type: "integer", minimum: 1, maximum: 50 } },
      ],
      responses: { "200": { description: "ok", content: { "application/json": { schema: op.response } } } },
    };
    const entry: S = { get };
    if (op.body)
      entry.post = {
        operationId: `update${op.name[0]!.toUpperCase()}${op.name.slice(1)}_v1`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: op.body } } },
        responses: { "200": { description: "ok", content: { "application/json": { schema: op.response } } } },
      };
    paths[`/v1/${op.name}s/{id}`] = entry;
  }
  return { openapi: "3.1.0", info: { title: "Random", version: "1.0.0" }, servers: [{ url: "https://api.example.test" }], paths };
});

/** Values near a schema: valid ones, with a chance of corruption at each level. */
function valueFor(s: S): fc.Arbitrary<unknown> {
  const corrupt = fc.constantFrom<unknown>(null, 7, "x", true, [], {});
  let valid: fc.Arbitrary<unknown>;
  const type = s.type;
  if (s.const !== undefined) valid = fc.constant(s.const);
  else if (Array.isArray(s.enum)) valid = fc.constantFrom(...(s.enum as unknown[]));
  else if (Array.isArray(type)) valid = fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null));
  else if (type === "string") valid = fc.oneof(fc.string({ maxLength: 25 }), fc.constantFrom("PN123", "abc", "+14155550100"));
  else if (type === "number") valid = fc.double({ noNaN: true, noDefaultInfinity: true });
  else if (type === "integer") valid = fc.integer({ min: -10, max: 120 });
  else if (type === "boolean") valid = fc.boolean();
  else if (type === "array") valid = fc.array(valueFor(s.items as S), { maxLength: 3 });
  else {
    const properties = (s.properties ?? {}) as Record<string, S>;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(properties)) record[k] = valueFor(v);
    valid = fc
      .tuple(fc.record(record, { requiredKeys: [] }), fc.option(fc.constantFrom("extra", "id"), { nil: undefined }))
      .map(([o, extra]) => (extra ? { ...o, [extra]: 1 } : o));
  }
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: corrupt, weight: 1 });
}

const docs = fc.sample(document, { numRuns: RUNS, seed: 20261126 });
const outcomes: Outcome[] = [];

beforeAll(async () => {
  const dir = tempDir("opgen-prop-");
  for (const [i, doc] of docs.entries()) {
    const file = join(dir, `random-${i}.json`);
    writeFileSync(file, JSON.stringify(doc));
    outcomes.push(await generateInto(file));
  }
}, 120_000);

describe("random valid documents", () => {
  it(`${RUNS} seeded random documents generate (exit 0) with no identifier from the spec leaking into code`, () => {
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome.error?.message ?? "", JSON.stringify(docs[i])).toBe("");
      expect(outcome.code).toBe(0);
      expect(breakouts(outcome.tree)).toEqual([]);
    }
  });

  it("and every generated package type-checks (one tsc run)", async () => {
    expect(await typecheckGenerated(outcomes.map((o) => o.out))).toBe("");
  }, 120_000);

  it("generated response validators (strict) agree with Ajv on random values", async () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: false });
    let compared = 0;
    for (const [i, doc] of docs.entries()) {
      for (const [path, entry] of Object.entries(
        doc.paths as Record<
          string,
          { get: { operationId: string; responses: Record<string, { content: Record<string, { schema: S }> }> } }
        >,
      )) {
        const op = entry.get;
        const fn = op.operationId.replace(/_v\d+$/, "").replace(/^./, (c) => c.toLowerCase());
        const file = join(outcomes[i]!.out, `dist/validators/${fn}.js`);
        const module = (await import(pathToFileURL(file).href)) as Record<
          string,
          { validate(v: unknown, o?: { mode: string }): { ok: boolean } }
        >;
        const validator = module[`${fn}Response200`];
        expect(validator, `${path}: ${fn}Response200 in ${file}`).toBeDefined();
        const responseSchema = op.responses["200"]!.content["application/json"]!.schema;
        const check = ajv.compile(responseSchema);
        for (const value of fc.sample(valueFor(responseSchema), { numRuns: 60, seed: i })) {
          expect(validator!.validate(value, { mode: "strict" }).ok, `${JSON.stringify(responseSchema)} on ${JSON.stringify(value)}`).toBe(
            check(value),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);
});

describe("diff on the real upstream copies", () => {
  const june = JSON.parse(readFileSync(SPEC_JUNE, "utf8")) as JsonObject;
  const december = JSON.parse(readFileSync(SPEC_DECEMBER, "utf8")) as JsonObject;

  it("diff(a, a) is empty for both", () => {
    expect(diffSpecs(june, june)).toEqual([]);
    expect(diffSpecs(december, december)).toEqual([]);
  });

  it("diff(a, b) and diff(b, a) mirror each other: every *-added has its *-removed and back", () => {
    const forward = diffSpecs(june, december);
    const backward = diffSpecs(december, june);
    expect(forward.length).toBeGreaterThan(0);
    const count = (changes: typeof forward, id: string) => changes.filter((c) => c.id === id).length;
    const ids = new Set([...forward, ...backward].map((c) => c.id).filter((id) => /-(added|removed)$/.test(id)));
    let pairs = 0;
    for (const id of ids) {
      const mirror = id.endsWith("-added") ? id.replace(/-added$/, "-removed") : id.replace(/-removed$/, "-added");
      if (!ids.has(mirror) && count(forward, mirror) + count(backward, mirror) === 0 && !isKnownRule(mirror)) continue;
      expect(count(forward, id), `${id} forward vs ${mirror} backward`).toBe(count(backward, mirror));
      pairs++;
    }
    expect(pairs).toBeGreaterThan(0);
  });
});

function isKnownRule(id: string): boolean {
  return RULES_BY_ID.has(id);
}
