/**
 * Turn emitted validator sources into modules the tests can call: transpile
 * each file alone (as the package build does), write them with the runtime
 * into a fresh temp dir, import. Also a type-check of the same sources under
 * the package's compiler options plus noUncheckedIndexedAccess.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { GeneratedFile } from "../../generator/core.js";
import { PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/compile.js";
import type { ApiModel } from "../../generator/model/types.js";

export const RUNTIME_SOURCE = readFileSync(path.resolve(process.cwd(), "templates/runtime/validation.ts"), "utf8");
/** Every runtime file, as the package carries them: the validators' imports reach some of them through types.ts. */
const RUNTIME_DIR = path.resolve(process.cwd(), "templates/runtime");
const RUNTIME_FILES = readdirSync(RUNTIME_DIR)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(path.join(RUNTIME_DIR, name), "utf8") }));

/** A stand-in for src/models.ts (emit/types.ts): every name validators import, as `unknown`-based types. */
export function modelsStub(model: ApiModel): string {
  const lines = ["export {};"];
  for (const m of model.models) lines.push(`export type ${m.name} = unknown;`);
  for (const op of model.operations) {
    lines.push(`export type ${op.typeName}Input = Record<string, unknown>;`);
    lines.push(`export type ${op.typeName}Result = unknown;`);
    lines.push(`export type ${op.typeName}ErrorBodies = Record<number, unknown>;`);
  }
  return `${lines.join("\n")}\n`;
}

function writeTree(root: string, files: Array<{ path: string; contents: string }>): void {
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}

function transpile(source: string, fileName: string): string {
  return ts.transpileModule(source, { compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, declaration: false }, fileName }).outputText;
}

// biome-ignore lint/suspicious/noExplicitAny: modules loaded at run time
export type LoadedValidators = Record<string, any>;

/** Transpile emitted sources and the runtime into a fresh temp dir; returns its root. No `sideEffects: false`: tree-shaking must not depend on it. */
export function writeSources(files: GeneratedFile[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "validators-"));
  const js = files.map((f) => ({ path: f.path.replace(/\.ts$/, ".js"), contents: transpile(f.contents, f.path) }));
  js.push({ path: "src/runtime/validation.js", contents: transpile(RUNTIME_SOURCE, "validation.ts") });
  js.push({ path: "src/models.js", contents: "export {};\n" });
  js.push({ path: "package.json", contents: '{"type":"module"}\n' });
  writeTree(root, js);
  return root;
}

/** Emit → transpile → import `src/validators/index.js`. */
export async function loadValidators(files: GeneratedFile[]): Promise<LoadedValidators> {
  const root = writeSources(files);
  return (await import(pathToFileURL(path.join(root, "src/validators/index.js")).href)) as LoadedValidators;
}

/** Type-check emitted sources as the package does (strict, isolatedDeclarations, verbatimModuleSyntax) plus noUncheckedIndexedAccess. */
export function typecheck(files: GeneratedFile[], model: ApiModel): string[] {
  const root = mkdtempSync(path.join(tmpdir(), "validators-tsc-"));
  writeTree(root, [...files, ...RUNTIME_FILES, { path: "src/models.ts", contents: modelsStub(model) }]);
  const names = [...files.map((f) => f.path), ...RUNTIME_FILES.map((f) => f.path), "src/models.ts"].map((p) => path.join(root, p));
  const options: ts.CompilerOptions = {
    ...PACKAGE_COMPILER_OPTIONS,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const program = ts.createProgram(names, options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? path.relative(root, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}
