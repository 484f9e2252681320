/**
 * Runtime validators, generated at build time as plain functions. Every export
 * name comes from the model (NamedModel.names, Operation.names).
 *
 * Output (paths relative to generated/):
 *   src/validators/models.ts           one check + one Validator per named model
 *   src/validators/<function>.ts       per operation:
 *       names.request              Validator of the input (the whole input object; always strict)
 *       names.response[status]     Validator of each documented response body, errors included
 *       names.responses            the same keyed by status
 *       names.checks               the bare checks the client runs: input, success bodies
 *   src/validators/constants.ts        patterns, enum sets and scalar rules shared by all modules
 *   src/validators/index.ts            re-exports
 *
 * Why own printers rather than Ajv standalone: Ajv's output imports its runtime
 * (ucs2length, formats, equal) and walks no IR we control; printing from the
 * closed ApiModel gives straight-line checks, pointers, compatible mode and
 * Standard Schema in one small dependency-free runtime (templates/runtime/validation.ts).
 * Ajv is still used, in the tests only, as an oracle.
 */
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits as compare, escapePointer } from "../json.js";
import type { ApiModel, NamedModel, ObjectSchema, Operation, Response } from "../model/types.js";
import { GENERATED_HEADER } from "./header.js";
import { printCheckFunction } from "./validators/checks.js";
import {
  createModuleContext,
  createSharedConstants,
  type ModuleContext,
  printSharedConstants,
  printSharedDeclarations,
  type SharedConstants,
} from "./validators/context.js";
import { commentText } from "./validators/literal.js";

const RUNTIME = "../runtime/validation.js";

export function emitValidators(model: ApiModel): GeneratedFile[] {
  const models = [...model.models].sort((a, b) => compare(a.name, b.name));
  const operations = [...model.operations].sort((a, b) => compare(a.names.function, b.names.function));
  const shared = createSharedConstants();
  const files: GeneratedFile[] = [emitModelsModule(models, shared)];
  for (const operation of operations) files.push(emitOperationModule(operation, models, shared));
  files.push(emitIndex(models, operations));
  files.push({
    path: "src/validators/constants.ts",
    contents: `${GENERATED_HEADER}${printSharedConstants(shared, RUNTIME)}`,
    declaration: printSharedDeclarations(shared, RUNTIME),
  });
  return files.sort((a, b) => compare(a.path, b.path));
}

/**
 * One top-level piece of a module: its code, and for exports the line(s) the
 * declaration file gets (JSDoc included), written here rather than derived by
 * TypeScript's declaration emit (see GeneratedFile.declaration).
 */
interface Block {
  code: string;
  declaration?: string;
}

const CHECK_SIGNATURE = "(v: unknown, p: string, c: Ctx): boolean";

function emitModelsModule(models: NamedModel[], shared: SharedConstants): GeneratedFile {
  const cx = createModuleContext(models, true, shared);
  const functions: Block[] = models.map((m) => ({
    code: printCheckFunction(m.names.check, m.schema, cx, { exported: true, allowUndefined: false }),
    declaration: `export declare function ${m.names.check}${CHECK_SIGNATURE};`,
  }));
  const validators: Block[] = models.map((m) => {
    const doc = `/** Validates a ${m.name} (response data: compatible mode by default). */\n`;
    return {
      code: `${doc}export const ${m.names.validator}: Validator<${m.name}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${m.name}>(${m.names.check}, false);`,
      declaration: `${doc}export declare const ${m.names.validator}: Validator<${m.name}>;`,
    };
  });
  const typeImports = models.map((m) => m.name);
  return moduleFile("src/validators/models.ts", cx, typeImports, [...functions, ...validators], {
    source: ["Ctx", "Validator"],
    declaration: ["Ctx", "Validator"],
  });
}

function emitOperationModule(operation: Operation, models: NamedModel[], shared: SharedConstants): GeneratedFile {
  const cx = createModuleContext(models, false, shared);
  const { names } = operation;
  const where = commentText(`${operation.method.toUpperCase()} ${operation.path}`);
  const blocks: Block[] = [];
  const types = new Set<string>();
  const validator = (doc: string, name: string, type: string, check: string, strict: boolean): Block => ({
    code: `${doc}\nexport const ${name}: Validator<${type}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${type}>(${check}, ${strict});`,
    declaration: `${doc}\nexport declare const ${name}: Validator<${type}>;`,
  });

  const input = inputSchema(operation);
  const inputType = names.input;
  types.add(inputType);
  blocks.push({
    code: printCheckFunction("request$", input, cx, { exported: false, allowUndefined: !operation.input.some((f) => f.required) }),
  });
  blocks.push(
    validator(
      `/** Validates the input of ${operation.names.function} (${where}); requests are always checked strictly. */`,
      names.request,
      inputType,
      "request$",
      true,
    ),
  );

  const entries: Array<{ key: string; name: string; type: string }> = [];
  for (const response of operation.responses) {
    if (response.schema === undefined) continue;
    const type = responseType(operation, response, types);
    const fn = `response$${response.status}`;
    blocks.push({ code: printCheckFunction(fn, response.schema, cx, { exported: false, allowUndefined: false }) });
    const name = names.response[String(response.status)]!;
    blocks.push(
      validator(`/** Validates the ${response.status} response body of ${operation.names.function} (${where}). */`, name, type, fn, false),
    );
    entries.push({ key: response.status === "default" ? "default" : String(response.status), name, type });
  }
  const members = [
    "readonly [status: number]: Validator<unknown> | undefined;",
    ...entries.map((e) => `readonly ${e.key}: Validator<${e.type}>;`),
  ];
  const doc = `/** Response body validators of ${operation.names.function} by status; absent statuses have no documented body. */`;
  blocks.push({
    code: `${doc}\nexport const ${names.responses}: {\n${members.map((m) => `  ${m}`).join("\n")}\n} = {\n${entries.map((e) => `  ${e.key}: ${e.name},`).join("\n")}\n};`,
    // TypeScript's printer indents type literal members by four spaces.
    declaration: `${doc}\nexport declare const ${names.responses}: {\n${members.map((m) => `    ${m}`).join("\n")}\n};`,
  });
  // Success bodies only: the client never validates error bodies (a malformed one must not hide the
  // error), and leaving them out keeps every error-body check out of a one-operation bundle.
  const success = entries.filter((e) => e.key !== "default" && Number(e.key) < 400);
  const checksDoc = `/** The bare checks the client runs for ${operation.names.function}: the input (strict) and the success bodies by status. */`;
  blocks.push({
    code: `${checksDoc}\nexport const ${names.checks}: OperationChecks = {\n  request: request$,\n  responses: { ${success.map((e) => `${e.key}: response$${e.key}`).join(", ")} },\n};`,
    declaration: `${checksDoc}\nexport declare const ${names.checks}: OperationChecks;`,
  });
  return moduleFile(`src/validators/${names.function}.ts`, cx, [...types].sort(), blocks, {
    source: ["Ctx", "OperationChecks", "Validator"],
    declaration: ["OperationChecks", "Validator"],
  });
}

/** The type a response validator promises, from the names emit/types.ts exports. */
function responseType(operation: Operation, response: Response, types: Set<string>): string {
  if (response.status === "default") return "unknown";
  if (response.isError) {
    types.add(operation.names.errorBodies);
    return `${operation.names.errorBodies}[${response.status}]`;
  }
  types.add(operation.names.result);
  return operation.names.result;
}

/** The input object as the client takes it (Operation.input decides flat/nested); closed: extra keys are mistakes. */
export function inputSchema(operation: Operation): ObjectSchema {
  return {
    kind: "object",
    nullable: false,
    pointer: `/paths/${escapePointer(operation.path)}/${operation.method}`,
    properties: operation.input.map((field) => ({ name: field.name, required: field.required, schema: field.schema })),
    additionalProperties: false,
  };
}

function useRuntime(cx: ModuleContext, name: string): string {
  cx.runtime.add(name);
  return name;
}

/**
 * The module's source, and its declaration file: the type imports the exports use
 * (`runtimeTypes.declaration`, from the validation runtime), then each export's declaration.
 */
function moduleFile(
  path: string,
  cx: ModuleContext,
  typeImports: string[],
  blocks: Block[],
  runtimeTypes: { source: string[]; declaration: string[] },
): GeneratedFile {
  const modelTypes = typeImports.length > 0 ? [`import type { ${typeImports.join(", ")} } from "../models.js";`] : [];
  const lines = [...modelTypes, `import type { ${runtimeTypes.source.join(", ")} } from "${RUNTIME}";`];
  const runtime = [...cx.runtime].sort(compare);
  if (runtime.length > 0) lines.push(`import { ${runtime.join(", ")} } from "${RUNTIME}";`);
  const constants = [...cx.constants].sort(compare);
  if (constants.length > 0) lines.push(`import { ${constants.join(", ")} } from "./constants.js";`);
  const checks = [...cx.modelChecks].sort(compare);
  if (checks.length > 0) lines.push(`import { ${checks.join(", ")} } from "./models.js";`);
  const parts = [lines.join("\n"), ...cx.helpers, ...blocks.map((b) => b.code)];
  const declarations = blocks.flatMap((b) => (b.declaration === undefined ? [] : [b.declaration]));
  const file: GeneratedFile = { path, contents: `${GENERATED_HEADER}${parts.join("\n\n")}\n` };
  if (declarations.length > 0) {
    const imports = [...modelTypes, `import type { ${runtimeTypes.declaration.join(", ")} } from "${RUNTIME}";`];
    file.declaration = `${[...imports, ...declarations].join("\n")}\n`;
  }
  return file;
}

function emitIndex(models: NamedModel[], operations: Operation[]): GeneratedFile {
  const lines = operations.map((op) => `export * from "./${op.names.function}.js";`);
  if (models.length > 0) lines.push(`export { ${models.map((m) => m.names.validator).join(", ")} } from "./models.js";`);
  lines.push(
    `export type { StandardSchemaV1Props, UnknownInfo, ValidateOptions, ValidationIssue, ValidationMode, ValidationResult, Validator } from "${RUNTIME}";`,
  );
  // Re-exports only: the declaration file is the same lines.
  return { path: "src/validators/index.ts", contents: `${GENERATED_HEADER}${lines.join("\n")}\n`, declaration: `${lines.join("\n")}\n` };
}
