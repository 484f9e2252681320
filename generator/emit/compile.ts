/**
 * Compile the generated TypeScript sources (`src/**.ts`) into what consumers
 * run, in two module formats so that both `import` and `require` work on every
 * Node version the package promises (18+; `require(esm)` only arrived in 20.19/22.12):
 *
 *   dist/<name>.js       + dist/<name>.d.ts        ESM (the package is "type": "module")
 *   dist/cjs/<name>.cjs  + dist/cjs/<name>.d.cts   CommonJS, explicit extensions so no tool
 *                                                  has to look for a nested package.json
 *
 * Each file is compiled alone (esbuild's transform for JS, TypeScript's
 * transpileDeclaration for declarations unless the emitter wrote them), which is
 * fast, needs no program or disk, and is deterministic. It requires every
 * source to satisfy `isolatedDeclarations`; the type-check in `npm test`
 * enforces that.
 */
import { transform } from "esbuild";
import ts from "typescript";
import type { GeneratedFile } from "../core.js";
import { type CompiledForms, compiledKey, readCompiled, rememberCompiled } from "./compile-cache.js";
import { distBase, isCompiledSource } from "./entry-points.js";

export { distBase, isCompiledSource } from "./entry-points.js";

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

export async function compileSources(sources: GeneratedFile[]): Promise<GeneratedFile[]> {
  const all = sources.filter((source) => isCompiledSource(source.path));
  // The runtime is the same in every package: compiled once, then reused (compile-cache.ts).
  // `keys[i]` is the cache key of `compiled[i]` ("" for a file that is not cached).
  const out: GeneratedFile[] = [];
  const compiled: GeneratedFile[] = [];
  const keys: string[] = [];
  for (const source of all) {
    const key = source.path.startsWith("src/runtime/") ? compiledKey(source.path, source.contents) : "";
    const known = key ? readCompiled(key) : undefined;
    if (known) out.push(...distFiles(source.path, known));
    else {
      compiled.push(source);
      keys.push(key);
    }
  }
  // esbuild works in its own process: every transform starts now and runs while this thread
  // emits the declarations. Settled into values, so a failure cannot go unhandled meanwhile.
  const scripts = compiled.map((source) => {
    if (source.typesOnly) return Promise.resolve({ esm: "export {};\n", cjs: CJS_EMPTY_MODULE });
    // The CommonJS files import each other as `./x.cjs` (x.cjs at run time, x.d.cts for types).
    // src/runtime/ is hand-written (templates/runtime, with regex literals); every other
    // source is printed by our emitters, which never print one (patterns are `new RegExp(string)`).
    const cjsSource = rewriteRelativeSpecifiers(source.contents, ".cjs", !source.path.startsWith("src/runtime/"));
    return Promise.all([transpile(source.path, source.contents, "esm"), transpile(source.path, cjsSource, "cjs")]).then(([esm, cjs]) => ({
      esm,
      cjs,
    }));
  });
  const settled = scripts.map((p) =>
    p.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
  );
  const declarations = compiled.map((source) =>
    source.typesOnly ? source.contents : (source.declaration ?? declare(source.path, source.contents, PACKAGE_COMPILER_OPTIONS)),
  );
  for (const [i, source] of compiled.entries()) {
    const script = (await settled[i]) as { value: { esm: string; cjs: string } } | { error: unknown };
    if ("error" in script) throw script.error;
    const dts = declarations[i] as string;
    const forms: CompiledForms = { ...script.value, dts, dcts: rewriteRelativeSpecifiers(dts, ".cjs", true) };
    if (keys[i]) rememberCompiled(keys[i] as string, forms);
    out.push(...distFiles(source.path, forms));
  }
  return out;
}

/** The four files one source becomes: ESM and CommonJS, each with its declarations. */
function distFiles(path: string, forms: CompiledForms): GeneratedFile[] {
  const base = distBase(path);
  return [
    { path: `dist/${base}.js`, contents: forms.esm },
    { path: `dist/${base}.d.ts`, contents: forms.dts },
    { path: `dist/cjs/${base}.cjs`, contents: forms.cjs },
    { path: `dist/cjs/${base}.d.cts`, contents: forms.dcts },
  ];
}

const CJS_EMPTY_MODULE = '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n';

/**
 * JavaScript is produced by esbuild's transform (types stripped, nothing
 * bundled): it gives the same module per file as TypeScript's transpileModule
 * at a small fraction of the cost. Declarations come from the emitter when it
 * wrote them (GeneratedFile.declaration), else from TypeScript (`declare`).
 */
async function transpile(path: string, contents: string, format: "esm" | "cjs"): Promise<string> {
  try {
    const result = await transform(contents, {
      loader: "ts",
      format,
      target: "es2020",
      sourcefile: path,
      legalComments: "inline",
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    });
    return result.code;
  } catch (error) {
    // A generator bug, not bad input: the emitter wrote code that does not parse.
    throw new Error(`Internal error: generated ${path} does not compile on its own: ${(error as Error).message}`);
  }
}

export function declare(path: string, contents: string, options: ts.CompilerOptions): string {
  const result = ts.transpileDeclaration(contents, { compilerOptions: options, fileName: path, reportDiagnostics: true });
  throwOnDiagnostics(path, result.diagnostics);
  return result.outputText;
}

/**
 * Replace the `.js` extension of every relative module specifier (import and
 * export declarations, `import("…")` types and calls) with `extension`.
 * Edits exact string-literal spans, never a regex over the text, so a string
 * that merely looks like a path is left alone.
 */
export function rewriteRelativeSpecifiers(contents: string, extension: string, noRegexLiterals = false): string {
  // Cheap exit: most declaration files import nothing relative.
  if (!/['"]\.\.?\//.test(contents)) return contents;
  // TypeScript's import scanner reads tokens only: a tenth of the cost of a parse on the
  // largest files. A regex literal holding a quote misleads it, so it is used only on text
  // the caller knows has none (what our emitters print, declaration files), and only when
  // its finds are exactly the places that look like specifiers: it misses `export * as ns
  // from`, and a comment quoting an import differs too. Otherwise the file is parsed.
  let quotes = noRegexLiterals ? scannedSpecifiers(contents) : undefined;
  if (quotes !== undefined) {
    const plausible = [...contents.matchAll(SPECIFIER_LIKE)].map((m) => (m.index ?? 0) + m[0].length - (m[2] ?? "").length - 2);
    if (quotes.length !== plausible.length || quotes.some((at, i) => at !== plausible[i])) quotes = undefined;
  }
  quotes ??= parsedSpecifiers(contents);
  let text = contents;
  // From the end backwards, so earlier offsets stay valid.
  for (const at of [...quotes].sort((x, y) => y - x)) {
    const quote = text.charAt(at);
    const end = text.indexOf(quote, at + 1);
    const name = text.slice(at + 1, end);
    text = text.slice(0, at) + JSON.stringify(`${name.slice(0, -".js".length)}${extension}`) + text.slice(end + 1);
  }
  return text;
}

/** `from "./x.js"`, `import "./x.js"`, `import("./x.js")`: group 2 is the specifier. */
const SPECIFIER_LIKE = /\b(?:from|import)\s*\(?\s*(["'])(\.\.?\/[^"'\r\n\\]*\.js)\1/g;
const RELATIVE_JS = /^\.\.?\/[^"'\r\n\\]*\.js$/;

/** Opening-quote offsets of relative `.js` specifiers, from TypeScript's import scanner, ascending. */
function scannedSpecifiers(contents: string): number[] {
  const { importedFiles } = ts.preProcessFile(contents, true, true);
  return importedFiles
    .filter(
      (reference) =>
        RELATIVE_JS.test(reference.fileName) &&
        contents.slice(reference.pos + 1, reference.pos + 1 + reference.fileName.length) === reference.fileName,
    )
    .map((reference) => reference.pos)
    .sort((x, y) => x - y);
}

/** The same from a full parse: exact, and slower. */
function parsedSpecifiers(contents: string): number[] {
  const file = ts.createSourceFile("file.ts", contents, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const found: number[] = [];
  const visit = (node: ts.Node): void => {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) specifier = node.moduleSpecifier;
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) specifier = node.argument.literal;
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) specifier = node.arguments[0];
    // Only literals written plainly (no escapes): their text between the quotes is the specifier.
    if (specifier && ts.isStringLiteral(specifier) && RELATIVE_JS.test(specifier.text)) {
      const at = specifier.getStart(file);
      if (contents.slice(at + 1, at + 1 + specifier.text.length + 1) === `${specifier.text}${contents.charAt(at)}`) found.push(at);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.sort((x, y) => x - y);
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
