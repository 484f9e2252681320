/**
 * Compile the generated TypeScript sources (`src/**.ts`) into what consumers
 * run: `dist/**.js` and `dist/**.d.ts`. Each file is compiled alone
 * (transpileModule + transpileDeclaration), which is fast, needs no program or
 * disk, and is deterministic. It requires every source to satisfy
 * `isolatedDeclarations`; the type-check in `npm test` enforces that.
 */
import ts from "typescript";
import type { GeneratedFile } from "../core.js";

export const PACKAGE_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  declaration: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  strict: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  sourceMap: false,
};

export function compileSources(sources: GeneratedFile[]): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (const source of sources) {
    if (!source.path.startsWith("src/") || !source.path.endsWith(".ts")) continue;
    const base = `dist/${source.path.slice("src/".length, -".ts".length)}`;
    const js = ts.transpileModule(source.contents, {
      compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, declaration: false, isolatedDeclarations: false },
      fileName: source.path,
      reportDiagnostics: true,
    });
    throwOnDiagnostics(source.path, js.diagnostics);
    out.push({ path: `${base}.js`, contents: js.outputText });
    const dts = ts.transpileDeclaration(source.contents, {
      compilerOptions: PACKAGE_COMPILER_OPTIONS,
      fileName: source.path,
      reportDiagnostics: true,
    });
    throwOnDiagnostics(source.path, dts.diagnostics);
    out.push({ path: `${base}.d.ts`, contents: dts.outputText });
  }
  return out;
}

function throwOnDiagnostics(path: string, diagnostics: readonly ts.Diagnostic[] | undefined): void {
  const errors = (diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length === 0) return;
  const text = errors
    .slice(0, 5)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
    .join("; ");
  // A generator bug, not bad input: the emitter wrote code that cannot be compiled alone.
  throw new Error(`Internal error: generated ${path} does not compile on its own: ${text}`);
}
