/**
 * Issue 5: runtime validators, generated at build time as plain functions.
 *
 * Output (paths relative to generated/):
 *   src/validators/models.ts           one check + one Validator per named model
 *   src/validators/<functionName>.ts   per operation:
 *       `${functionName}Request`              Validator<${typeName}Input> (the whole input object; always strict)
 *       `${functionName}Response${status}`    Validator of each documented response body, errors included
 *       `${functionName}Responses`            the same keyed by status
 *       `${functionName}Checks`               the bare checks the client runs: input, success bodies
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
  const operations = [...model.operations].sort((a, b) => compare(a.functionName, b.functionName));
  checkNames(models, operations);
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

/** Export names of one operation's module, decided here from the names model/names.ts chose. */
export function validatorNames(operation: Operation): {
  request: string;
  responses: string;
  response: (status: number | "default") => string;
  checks: string;
} {
  return {
    request: `${operation.functionName}Request`,
    responses: `${operation.functionName}Responses`,
    checks: `${operation.functionName}Checks`,
    response: (status) => `${operation.functionName}Response${status === "default" ? "Default" : status}`,
  };
}

export function modelValidatorName(model: string): string {
  return `${model}Validator`;
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
    code: printCheckFunction(`check${m.name}`, m.schema, cx, { exported: true, allowUndefined: false }),
    declaration: `export declare function check${m.name}${CHECK_SIGNATURE};`,
  }));
  const validators: Block[] = models.map((m) => {
    const doc = `/** Validates a ${m.name} (response data: compatible mode by default). */\n`;
    return {
      code: `${doc}export const ${modelValidatorName(m.name)}: Validator<${m.name}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${m.name}>(check${m.name}, false);`,
      declaration: `${doc}export declare const ${modelValidatorName(m.name)}: Validator<${m.name}>;`,
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
  const names = validatorNames(operation);
  const where = commentText(`${operation.method.toUpperCase()} ${operation.path}`);
  const blocks: Block[] = [];
  const types = new Set<string>();
  const validator = (doc: string, name: string, type: string, check: string, strict: boolean): Block => ({
    code: `${doc}\nexport const ${name}: Validator<${type}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${type}>(${check}, ${strict});`,
    declaration: `${doc}\nexport declare const ${name}: Validator<${type}>;`,
  });

  const input = inputSchema(operation);
  const inputType = `${operation.typeName}Input`;
  types.add(inputType);
  blocks.push({
    code: printCheckFunction("request$", input, cx, { exported: false, allowUndefined: !operation.input.some((f) => f.required) }),
  });
  blocks.push(
    validator(
      `/** Validates the input of ${operation.functionName} (${where}); requests are always checked strictly. */`,
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
    const name = names.response(response.status);
    blocks.push(
      validator(`/** Validates the ${response.status} response body of ${operation.functionName} (${where}). */`, name, type, fn, false),
    );
    entries.push({ key: response.status === "default" ? "default" : String(response.status), name, type });
  }
  const members = [
    "readonly [status: number]: Validator<unknown> | undefined;",
    ...entries.map((e) => `readonly ${e.key}: Validator<${e.type}>;`),
  ];
  const doc = `/** Response body validators of ${operation.functionName} by status; absent statuses have no documented body. */`;
  blocks.push({
    code: `${doc}\nexport const ${names.responses}: {\n${members.map((m) => `  ${m}`).join("\n")}\n} = {\n${entries.map((e) => `  ${e.key}: ${e.name},`).join("\n")}\n};`,
    // TypeScript's printer indents type literal members by four spaces.
    declaration: `${doc}\nexport declare const ${names.responses}: {\n${members.map((m) => `    ${m}`).join("\n")}\n};`,
  });
  // Success bodies only: the client never validates error bodies (a malformed one must not hide the
  // error), and leaving them out keeps every error-body check out of a one-operation bundle.
  const success = entries.filter((e) => e.key !== "default" && Number(e.key) < 400);
  const checksDoc = `/** The bare checks the client runs for ${operation.functionName}: the input (strict) and the success bodies by status. */`;
  blocks.push({
    code: `${checksDoc}\nexport const ${names.checks}: OperationChecks = {\n  request: request$,\n  responses: { ${success.map((e) => `${e.key}: response$${e.key}`).join(", ")} },\n};`,
    declaration: `${checksDoc}\nexport declare const ${names.checks}: OperationChecks;`,
  });
  return moduleFile(`src/validators/${operation.functionName}.ts`, cx, [...types].sort(), blocks, {
    source: ["Ctx", "OperationChecks", "Validator"],
    declaration: ["OperationChecks", "Validator"],
  });
}

/** The type a response validator promises, from the names emit/types.ts exports. */
function responseType(operation: Operation, response: Response, types: Set<string>): string {
  if (response.status === "default") return "unknown";
  if (response.isError) {
    types.add(`${operation.typeName}ErrorBodies`);
    return `${operation.typeName}ErrorBodies[${response.status}]`;
  }
  types.add(`${operation.typeName}Result`);
  return `${operation.typeName}Result`;
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
  const lines = operations.map((op) => `export * from "./${op.functionName}.js";`);
  if (models.length > 0) lines.push(`export { ${models.map((m) => modelValidatorName(m.name)).join(", ")} } from "./models.js";`);
  lines.push(
    `export type { StandardSchemaV1Props, UnknownInfo, ValidateOptions, ValidationIssue, ValidationMode, ValidationResult, Validator } from "${RUNTIME}";`,
  );
  // Re-exports only: the declaration file is the same lines.
  return { path: "src/validators/index.ts", contents: `${GENERATED_HEADER}${lines.join("\n")}\n`, declaration: `${lines.join("\n")}\n` };
}

const RESERVED_MODULES = new Set(["constants", "index", "models"]);

/** Every export of src/validators/index.ts must be unique; names come from model/names.ts plus fixed suffixes. */
function checkNames(models: NamedModel[], operations: Operation[]): void {
  const seen = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new Error(
        `Internal error: validator export ${name} is produced by both ${previous} and ${owner}; adjust model/names.ts so the names differ.`,
      );
    }
    seen.set(name, owner);
  };
  for (const op of operations) {
    if (RESERVED_MODULES.has(op.functionName)) {
      throw new Error(
        `Internal error: operation ${op.operationId} would write src/validators/${op.functionName}.ts, a module the validators need for themselves; model/names.ts should have renamed it.`,
      );
    }
  }
  for (const m of models) claim(modelValidatorName(m.name), `model ${m.name}`);
  for (const op of operations) {
    const names = validatorNames(op);
    claim(names.request, op.operationId);
    claim(names.responses, op.operationId);
    claim(names.checks, op.operationId);
    for (const r of op.responses) if (r.schema !== undefined) claim(names.response(r.status), op.operationId);
  }
}
