import { describe, expect, it } from "vitest";
import type { RawSpec } from "../../generator/core.js";
import { InputError } from "../../generator/errors.js";
import { sha256Hex } from "../../generator/json.js";
import { MAX_DEPTH, parseSpec } from "../../generator/load/parse.js";

const raw = (text: string): RawSpec => {
  const bytes = new TextEncoder().encode(text);
  return { bytes, source: "upstream.json", sha256: sha256Hex(bytes) };
};
const minimal = (extra: object = {}) =>
  JSON.stringify({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/a": {
        get: {
          operationId: "a",
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } } },
        },
      },
    },
    components: { schemas: { A: { type: "object" } } },
    ...extra,
  });

describe("parseSpec: says what the body is when it is not an OpenAPI JSON document", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["an HTML error page", "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", /is an HTML page.*first bytes: "<!DOCTYPE html>/],
    ["an XML error (S3 style)", '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', /is an XML document/],
    ["an empty body", "   ", /is empty/],
    ["a truncated body", minimal().slice(0, 120), /is truncated/],
    ["invalid JSON", "{ openapi: 3 }", /is not valid JSON/],
    ["a JSON array", "[1,2]", /not an object/],
    ["JSON that is not OpenAPI", JSON.stringify({ swagger: "2.0", paths: {} }), /not an OpenAPI 3\.0\/3\.1 document \(no "openapi" field/],
    ["OpenAPI without paths", JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" } }), /has no "paths" object/],
  ];
  it.each(cases)("%s", async (_name, text, message) => {
    const error = await parseSpec(raw(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain("upstream.json");
  });
});

describe("parseSpec: references", () => {
  it.each([
    ["a remote $ref", "http://127.0.0.1:9/evil.json"],
    ["a file $ref", "file:///etc/passwd"],
    ["a relative file $ref", "./other.json#/A"],
  ])("refuses %s, naming it and where it is", async (_name, ref) => {
    const text = minimal({ components: { schemas: { A: { $ref: ref } } } });
    const error = await parseSpec(raw(text)).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`external $ref ${JSON.stringify(ref)} at /components/schemas/A/$ref`);
  });

  it("refuses a dangling internal $ref", async () => {
    const text = minimal({ components: { schemas: {} } });
    await expect(parseSpec(raw(text))).rejects.toThrow(/"#\/components\/schemas\/A" at \/paths\/~1a\/get.*points at nothing/);
  });

  it("accepts a valid document and does not mutate it (validation runs on a copy)", async () => {
    const document = await parseSpec(raw(minimal()));
    expect(JSON.stringify(document)).toBe(minimal());
  });

  it("bounds nesting depth with a clear error instead of overflowing the stack", async () => {
    let deep = "{}";
    for (let i = 0; i < MAX_DEPTH + 10; i++) deep = `{"a":${deep}}`;
    await expect(parseSpec(raw(minimal({ "x-deep": JSON.parse(deep) })))).rejects.toThrow(/nests deeper than 256 levels/);
  });

  it("reports a structurally invalid OpenAPI document", async () => {
    const text = JSON.stringify({ openapi: "3.1.0", info: { title: "t" }, paths: {} });
    await expect(parseSpec(raw(text))).rejects.toThrow(/is not a valid OpenAPI document/);
  });
});
