/** The inertness check must be able to fail: given → want over hand-written snippets. */
import { describe, expect, it } from "vitest";
import { breakouts } from "./harness.js";

const rows: Array<[string, string, string, boolean]> = [
  ["payload inside a JSDoc comment", "src/a.ts", "/** *\\/ pwnedComment(); /* */\nexport const a = 1;\n", false],
  ["payload inside a string literal", "src/a.ts", 'export const a = "\\"; pwnedString(); \\"";\n', false],
  ["payload inside a template literal without substitution", "dist/a.js", "export const a = `\\${pwnedTemplate()}`;\n", false],
  ["comment closed early by the payload", "src/a.ts", "/** */ pwnedComment(); /* */\nexport const a = 1;\n", true],
  ["string closed early by the payload", "dist/a.cjs", 'exports.a = ""; pwnedString(); "";\n', true],
  ["template substitution evaluated", "src/a.ts", "export const a = `${pwnedTemplate()}`;\n", true],
  ["property key made an identifier", "src/a.ts", "export interface A { pwnedKey: string }\n", true],
  ["syntax broken by a newline in a string", "src/a.ts", 'export const a = "line1\nline2";\n', true],
  ["JSON and markdown files are not code", "README.md", "*/ pwnedComment(); /*", false],
];

describe("breakouts", () => {
  for (const [name, path, text, broken] of rows) {
    it(`${name} → ${broken ? "flagged" : "inert"}`, () => {
      expect(breakouts(new Map([[path, text]])).length > 0).toBe(broken);
    });
  }
});
