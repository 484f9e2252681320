/**
 * templates/runtime/*.ts are copied into the generated package, where every file is compiled
 * alone (ts.transpileDeclaration, isolatedDeclarations + verbatimModuleSyntax) and must run on
 * browsers and edge runtimes: no Node built-ins.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIR = resolve("templates/runtime");
// validation*.ts belongs to the validators' runtime and is tested with it.
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".ts") && !f.startsWith("validation"))
  .sort();

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  declaration: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  strict: true,
};

describe("runtime files compile alone", () => {
  it("finds the runtime modules", () => {
    expect(FILES).toEqual([
      "bind.ts",
      "deep-object.ts",
      "errors.ts",
      "http.ts",
      "issues.ts",
      "pagination.ts",
      "rate-limit.ts",
      "retry.ts",
      "serialize.ts",
      "types.ts",
      "webhook-shapes.ts",
      "webhooks.ts",
    ]);
  });

  for (const file of FILES) {
    const text = readFileSync(join(DIR, file), "utf8");
    it(`${file}: transpileDeclaration without diagnostics`, () => {
      const out = ts.transpileDeclaration(text, { compilerOptions: OPTIONS, fileName: file, reportDiagnostics: true });
      const messages = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(messages).toEqual([]);
      expect(out.outputText.length).toBeGreaterThan(0);
    });

    it(`${file}: no Node built-ins, relative imports end in .js`, () => {
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
      const specifiers: string[] = [];
      const identifiers = new Set<string>();
      const visit = (node: ts.Node): void => {
        if (
          (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
          node.moduleSpecifier &&
          ts.isStringLiteral(node.moduleSpecifier)
        ) {
          specifiers.push(node.moduleSpecifier.text);
        }
        if (ts.isIdentifier(node)) identifiers.add(node.text);
        ts.forEachChild(node, visit);
      };
      visit(source);
      for (const specifier of specifiers) expect(specifier).toMatch(/^\.\/[a-z-]+\.js$/);
      expect([...identifiers].filter((name) => name === "process" || name === "Buffer" || name === "require")).toEqual([]);
      expect(text).not.toMatch(/["']node:/);
    });
  }
});
