/** templates/runtime/validation.ts: format checks and issue helpers, as tables. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSources } from "../../generator/emit/compile.js";
import {
  codePoints,
  describe as describeValue,
  escapePointer,
  hasDuplicates,
  isDate,
  isDateTime,
  isEmail,
  isUri,
  isUriReference,
  pointerPath,
  secretName,
} from "../../templates/runtime/validation.js";

function table(name: string, fn: (text: string) => boolean, rows: Array<[string, boolean]>): void {
  describe(name, () => {
    for (const [given, want] of rows) it(`${JSON.stringify(given)} → ${want}`, () => expect(fn(given)).toBe(want));
  });
}

table("isDateTime (RFC 3339 §5.6)", isDateTime, [
  ["2022-01-01T00:00:00Z", true],
  ["2022-01-01T00:00:00.123456Z", true],
  ["2022-01-01t00:00:00z", true],
  ["2022-01-01 00:00:00+05:30", true],
  ["2024-02-29T12:00:00-08:00", true],
  ["2023-02-29T12:00:00Z", false],
  ["1900-02-29T12:00:00Z", false],
  ["2000-02-29T12:00:00Z", true],
  ["2022-04-31T00:00:00Z", false],
  ["2022-13-01T00:00:00Z", false],
  ["2022-00-01T00:00:00Z", false],
  ["2022-01-00T00:00:00Z", false],
  ["2022-01-01T24:00:00Z", false],
  ["2022-01-01T23:60:00Z", false],
  ["2022-01-01T23:59:60Z", true],
  ["2022-01-01T22:59:60Z", false],
  ["2022-01-01T15:59:60-08:00", true],
  ["2022-01-01T00:00:00+24:00", false],
  ["2022-01-01T00:00:00", false],
  ["2022-01-01", false],
  ["bad", false],
  ["2022-01-01T00:00:00Z\n", false],
  ["2022-01-01T00:00:00.Z", false],
]);

table("isDate", isDate, [
  ["2022-01-31", true],
  ["2022-02-29", false],
  ["2022-1-01", false],
]);

table("isEmail", isEmail, [
  ["a@example.com", true],
  ["first.last+tag@sub.example.co", true],
  ["a@b", false],
  ["a..b@example.com", false],
  ["@example.com", false],
  ["a b@example.com", false],
  ["a@-example.com", false],
]);

table("isUri (absolute)", isUri, [
  ["https://openphone.com/docs", true],
  ["mailto:a@b.c", true],
  ["urn:isbn:0451450523", true],
  ["https://x.test/a%20b?q=1#f", true],
  ["/relative/path", false],
  ["https://x.test/a b", false],
  ["https://x.test/%zz", false],
  ["1http://x", false],
  ["", false],
]);

table("isUriReference", isUriReference, [
  ["/relative/path?x=1", true],
  ["https://x.test", true],
  ["", true],
  ["has space", false],
]);

describe("helpers", () => {
  const rows: Array<[string, () => unknown, unknown]> = [
    ["codePoints counts a surrogate pair once", () => codePoints("a😀b"), 3],
    ["codePoints counts a lone surrogate", () => codePoints("\ud800x"), 2],
    ["escapePointer", () => escapePointer("a/b~c"), "a~1b~0c"],
    ["pointerPath unescapes", () => pointerPath("/data/0/a~1b~0c"), ["data", "0", "a/b~c"]],
    ["pointerPath of the root", () => pointerPath(""), []],
    ["hasDuplicates deep", () => hasDuplicates([{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }]), true],
    ["hasDuplicates distinguishes", () => hasDuplicates([{ a: 1 }, { a: 2 }, [1], [1, 2], "1", 1]), false],
    ["describe string", () => describeValue("bad"), 'string "bad"'],
    ["describe long string is cut", () => describeValue("y".repeat(100)), `string "${"y".repeat(40)}"… (100 characters)`],
    ["describe object shows a few keys", () => describeValue({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }), "object {a, b, c, d, e, …}"],
    ["describe array", () => describeValue([1, 2]), "array of 2 items"],
    ["describe null", () => describeValue(null), "null"],
    [
      "secretName: webhook key",
      () => ["/data/key", "/apiKey", "/nextPageToken", "/x/client_secret", "/data/keyword", "/monkey"].map(secretName),
      [true, true, true, true, false, true],
    ],
    ["describe undefined", () => describeValue(undefined), "nothing (undefined)"],
  ];
  for (const [name, run, want] of rows) it(name, () => expect(run()).toEqual(want));
});

describe("the runtime file itself", () => {
  const source = readFileSync("templates/runtime/validation.ts", "utf8");
  it("compiles alone under the package's options (isolatedDeclarations, verbatimModuleSyntax)", async () => {
    const out = await compileSources([{ path: "src/runtime/validation.ts", contents: source }]);
    expect(out.find((f) => f.path === "dist/runtime/validation.d.ts")!.contents).toContain(
      "export declare function createValidator<T>(check: Check, alwaysStrict: boolean): Validator<T>;",
    );
  });
  it("uses no Node built-ins, eval or Function", () => {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    expect(code).not.toMatch(/from "node:|require\(|\bBuffer\b|\bprocess\.|\beval\(|new Function/);
  });
});
