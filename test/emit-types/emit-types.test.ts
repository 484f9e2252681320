import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../../generator/core.js";
import { commentSafe, jsDoc, propertyKey, stringLiteral, templatePart } from "../../generator/emit/escape.js";
import { emitModels } from "../../generator/emit/types.js";
import { buildApiModel } from "../../generator/model/build.js";
import { loadSpec } from "../model/spec.js";

const ROOT = process.cwd();
const SPEC_OLD = path.resolve(ROOT, "test/fixtures/upstream/openphone-v1.2025-06-16.json");
const FIXTURE = path.resolve(ROOT, "test/fixtures/model/small.json");
const TMP = path.resolve(ROOT, "test/emit-types/.tmp", `run-${process.pid}`);
const TSC = path.resolve(ROOT, "node_modules/typescript/bin/tsc");

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("escape helpers", () => {
  it.each([
    ["id", "id"],
    ["x-weird key", '"x-weird key"'],
    ["1abc", '"1abc"'],
    ['a"b', '"a\\"b"'],
    ["$ok_1", "$ok_1"],
  ])("propertyKey(%j) = %s", (name, want) => expect(propertyKey(name)).toBe(want));

  it.each([
    ["end */ here", "end *\\/ here"],
    ["a\r\nb", "a\nb"],
    ["x\u2028y", "x\ny"],
  ])("commentSafe(%j)", (text, want) => expect(commentSafe(text)).toBe(want));

  it("stringLiteral and templatePart never let text escape", () => {
    expect(stringLiteral('a"\n\u2028')).toBe('"a\\"\\n\\u2028"');
    expect(templatePart("a`${b}\\")).toBe("a\\`\\${b}\\\\");
    expect(jsDoc(["one */ two", "@default 1"], "  ")).toBe("  /**\n   * one *\\/ two\n   * @default 1\n   */\n");
    expect(jsDoc([])).toBe("");
  });
});

describe("emitModels on the small fixture", () => {
  const files = emitModels(buildApiModel(JSON.parse(readFileSync(FIXTURE, "utf8")) as JsonObject));

  it("matches the snapshot", async () => {
    expect(files.map((f) => f.path)).toEqual(["src/models.ts"]);
    await expect(files[0]?.contents).toMatchFileSnapshot("./__snapshots__/small-models.ts.snap");
  });

  it("escapes a description that tries to end the comment", () => {
    const text = files[0]?.contents ?? "";
    expect(text).toContain("Widget ID. *\\/ alert(1) /*");
    expect(text).not.toMatch(/\*\/ alert/);
    expect(text).toContain('"x-weird key"?: boolean;');
  });
});

/** Writes files into a fresh dir under .tmp and runs tsc there; returns exit code and output. */
function tsc(name: string, files: Record<string, string>): { status: number | null; output: string } {
  const dir = path.join(TMP, name);
  mkdirSync(dir, { recursive: true });
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      declaration: true,
      isolatedDeclarations: true,
      verbatimModuleSyntax: true,
      target: "ES2020",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      skipLibCheck: true,
      types: [],
    },
    files: Object.keys(files),
  };
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(config));
  for (const [file, contents] of Object.entries(files)) writeFileSync(path.join(dir, file), contents);
  const run = spawnSync(process.execPath, [TSC, "-p", path.join(dir, "tsconfig.json")], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("emitModels on the real 2025-06-16 spec", () => {
  const models = emitModels(buildApiModel(loadSpec(SPEC_OLD)))[0]?.contents ?? "";

  it("is deterministic", () => {
    expect(emitModels(buildApiModel(loadSpec(SPEC_OLD)))[0]?.contents).toBe(models);
  });

  it("compiles under strict + isolatedDeclarations + verbatimModuleSyntax with the type assertions", () => {
    const usage = `import { expectTypeOf } from "vitest";
import type { GetMessageByIdResult, ListMessagesResult, ListMessagesInput, Message, MessageNotFoundError, Page, PhoneNumberId, SendMessageErrorBodies, SendMessageInput, SendMessageResult, DeleteContactResult } from "./models.js";

// One Message type across the three message operations.
expectTypeOf<SendMessageResult["data"]>().toEqualTypeOf<Message>();
expectTypeOf<GetMessageByIdResult["data"]>().toEqualTypeOf<Message>();
expectTypeOf<ListMessagesResult>().toEqualTypeOf<Page<Message>>();
expectTypeOf<ListMessagesResult["data"][number]>().toEqualTypeOf<Message>();

// Nullable fields are | null.
expectTypeOf<Message["phoneNumberId"]>().toEqualTypeOf<PhoneNumberId | null>();
expectTypeOf<ListMessagesResult["nextPageToken"]>().toEqualTypeOf<string | null>();

// 204 is void; error bodies are keyed by status.
expectTypeOf<DeleteContactResult>().toEqualTypeOf<void>();
expectTypeOf<SendMessageErrorBodies[404]>().toEqualTypeOf<MessageNotFoundError>();
expectTypeOf<MessageNotFoundError["status"]>().toEqualTypeOf<404>();

// required + default -> optional in the input.
const list: ListMessagesInput = { phoneNumberId: "PN1", participants: ["+15555555555"] };

const ok: SendMessageInput = { content: "hi", from: "PN123", to: ["+15555555555"] };
// @ts-expect-error 'to' is required
const missingTo: SendMessageInput = { content: "hi", from: "PN123" };

const id: PhoneNumberId = "PN123";
// @ts-expect-error a user ID is not a phone number ID
const wrong: PhoneNumberId = "US123";

export {};
void list; void ok; void missingTo; void id; void wrong;
`;
    const result = tsc("real", { "models.ts": models, "usage.ts": usage });
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);

  it("rejects what must not compile, with the expected errors", () => {
    const bad = `import type { PhoneNumberId, SendMessageInput } from "./models.js";
export const wrong: PhoneNumberId = "US123";
export const missingTo: SendMessageInput = { content: "hi", from: "PN123" };
`;
    const result = tsc("bad", { "models.ts": models, "bad.ts": bad });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/bad\.ts\(2,14\): error TS2322: Type '"US123"' is not assignable to type '`PN\$\{string\}`'/);
    expect(result.output).toMatch(/bad\.ts\(3,14\): error TS2741: Property 'to' is missing/);
  }, 60_000);

  it("carries @deprecated on a deprecated parameter and @default on a defaulted one", () => {
    const input = /export interface ListMessagesInput \{[\s\S]*?\n\}/.exec(models)?.[0] ?? "";
    expect(input).toMatch(/@deprecated\s*\n\s*\*\/\n\s*since\?: string;/);
    expect(input).toMatch(/@default 10\s*\n\s*\*\/\n\s*maxResults\?: number;/);
  });

  it("names ID aliases as template literal types", () => {
    expect(models).toContain("export type PhoneNumberId = `PN${string}`;");
    expect(models).toContain("export type UserId = `US${string}`;");
  });
});

describe("printer edge cases", () => {
  const doc = (schema: unknown): JsonObject =>
    ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/x": {
          get: {
            operationId: "getX_v1",
            responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
          },
        },
      },
    }) as JsonObject;
  const result = (schema: unknown): string => {
    const text = emitModels(buildApiModel(doc(schema)))[0]?.contents ?? "";
    return /export type GetXResult = ([\s\S]*?);\n\/\*\*/.exec(text)?.[1] ?? "";
  };
  it.each([
    [{ type: "string", const: "a`b" }, '"a`b"'],
    [{ const: 3, type: "number" }, "3"],
    [{ enum: ["a", "b", null] }, '"a" | "b" | null'],
    [{ type: ["integer", "null"] }, "number | null"],
    [{ type: "array", items: { anyOf: [{ type: "string" }, { type: "null" }] } }, "Array<string | null>"],
    [{ type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 }, "string[]"],
    [{ anyOf: [{ type: "string", pattern: "^PN(.*)$" }, { type: "string" }] }, "PNId | string"],
    [{ allOf: [{ anyOf: [{ type: "string" }, { type: "number" }] }, { type: "string" }] }, "(string | number) & string"],
    [{ type: "object", additionalProperties: { type: "integer" } }, "{\n  [key: string]: number | undefined;\n}"],
    [{}, "unknown"],
  ])("%j -> %s", (schema, want) => expect(result(schema)).toBe(want));
});
