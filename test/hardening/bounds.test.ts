/**
 * Resource bounds: a size cap, a depth limit and a bound on the work
 * per schema, each stopping with a clear error (exit 2) instead of exhausting
 * the machine. The big inputs are built here at run time.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DEPTH } from "../../generator/load/parse.js";
import { tempDir } from "../helpers/paths.js";
import { generateInto, runCli } from "./harness.js";

const dir = tempDir("opgen-bounds-");

function specFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function documentText(responseSchema: string, components = "{}"): string {
  return `{"openapi":"3.1.0","info":{"title":"Bounds","version":"1.0.0"},"servers":[{"url":"https://api.example.test"}],"paths":{"/v1/x":{"get":{"operationId":"getX_v1","responses":{"200":{"description":"ok","content":{"application/json":{"schema":${responseSchema}}}}}}}},"components":{"schemas":${components}}}`;
}

/** Object schemas nested `levels` deep: each level adds two JSON levels (schema, properties). */
function nested(levels: number): string {
  return `${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}`;
}

describe("size cap", () => {
  const big = specFile("big.json", documentText(`{"type":"string","description":${JSON.stringify("x".repeat(2 * 2 ** 20))}}`));

  it("a file over the cap is refused before it is read, with the cap and the flag to raise it", async () => {
    const outcome = await generateInto(big, { fetch: { timeoutMs: 5000, maxBytes: 2 ** 20, retries: 0, backoffMs: 1 } });
    expect(outcome.code).toBe(2);
    expect(outcome.error?.message).toMatch(/larger than the size cap of 1048576 bytes.*--max-size/);
    expect([...outcome.tree.keys()]).toEqual([]);
  });

  it("the CLI's --max-size 1 refuses it with exit 2; without it the same file generates", async () => {
    const refused = await runCli(["generate", "--spec", big, "--accept", "--out", join(tempDir(), "generated"), "--max-size", "1"]);
    expect(refused.stderr).toMatch(/^error: The spec at .*big\.json is larger than the size cap/m);
    expect(refused.code).toBe(2);
    expect((await generateInto(big)).code).toBe(0);
  });
});

describe("depth limit", () => {
  it(`nesting just inside MAX_DEPTH (${MAX_DEPTH}) generates`, async () => {
    // The response schema sits 8 JSON levels down; each object level adds 2.
    const outcome = await generateInto(specFile("inside.json", documentText(nested(Math.floor((MAX_DEPTH - 12) / 2)))));
    expect(outcome.error?.message ?? "").toBe("");
    expect(outcome.code).toBe(0);
  });

  it("nesting past MAX_DEPTH is refused with the limit and the place", async () => {
    const outcome = await generateInto(specFile("outside.json", documentText(nested(MAX_DEPTH))));
    expect(outcome.code).toBe(2);
    expect(outcome.error?.message).toMatch(new RegExp(`nests deeper than ${MAX_DEPTH} levels \\(at /paths/~1v1~1x/get/responses/200/`));
  });

  it("100,000 levels of arrays (no schema keywords at all) are refused the same way, without a stack overflow", async () => {
    const outcome = await generateInto(
      specFile("arrays.json", documentText(`{"type":"string","example":${"[".repeat(100_000)}${"]".repeat(100_000)}}`)),
    );
    expect(outcome.code).toBe(2);
    expect(outcome.error?.message).toMatch(/nests deeper than/);
  });
});

describe("work per schema", () => {
  /**
   * A "billion laughs" of $refs: S0 = {allOf:[S1,S1]}, S1 = {allOf:[S2,S2]} …
   * 40 levels is a small document (about 4 KB) whose full expansion has 2^40
   * nodes. A generator that inlines references must stop with a clear error
   * (a bound on the work per schema); one that keeps them as names is linear.
   * Either way the run must end quickly: the test's own timeout is the bound.
   */
  // Runs in a child with a kill timer: a synchronous walk blocks the event loop, so an in-process
  // timeout could not fire. The model's bound on schema nodes (MAX_SCHEMA_NODES) stops it.
  it("2^40 expansion through $ref: generates (references kept by name) or is refused with exit 2, within 20 s", async () => {
    const levels = 40;
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < levels; i++)
      schemas[`S${i}`] = { allOf: [{ $ref: `#/components/schemas/S${i + 1}` }, { $ref: `#/components/schemas/S${i + 1}` }] };
    schemas[`S${levels}`] = { type: "object", properties: { leaf: { type: "string" } } };
    const spec = specFile("laughs.json", documentText(`{"$ref":"#/components/schemas/S0"}`, JSON.stringify(schemas)));
    const result = await runCli(["generate", "--spec", spec, "--accept", "--out", join(tempDir(), "generated")], 20_000);
    expect([0, 2]).toContain(result.code);
    if (result.code === 2) expect(result.stderr).toMatch(/^error: .*S\d+/m);
  }, 30_000);

  it("a wide schema (5,000 properties, 5,000 enum values) generates in bounded output", async () => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) properties[`p${i}`] = { type: "string" };
    const values = Array.from({ length: 5000 }, (_, i) => `v${i}`);
    const schema = JSON.stringify({ type: "object", properties: { ...properties, e: { type: "string", enum: values } } });
    const outcome = await generateInto(specFile("wide.json", documentText(schema)));
    expect(outcome.error?.message ?? "").toBe("");
    expect(outcome.code).toBe(0);
  }, 60_000);
});
