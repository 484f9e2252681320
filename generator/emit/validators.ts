/**
 * Issue 5: runtime validators, generated at build time as plain functions.
 *
 * Output (paths relative to generated/):
 *   src/validators/models.ts           one check + one Validator per named model
 *   src/validators/<functionName>.ts   per operation:
 *       `${functionName}Request`              Validator<${typeName}Input> (the whole input object; always strict)
 *       `${functionName}Response${status}`    Validator of each documented response body, errors included
 *       `${functionName}Responses`            the same keyed by status, for the client to look up
 *   src/validators/index.ts            re-exports
 *
 * Why own printers rather than Ajv standalone: Ajv's output imports its runtime
 * (ucs2length, formats, equal) and walks no IR we control; printing from the
 * closed ApiModel gives straight-line checks, pointers, compatible mode and
 * Standard Schema in one small dependency-free runtime (templates/runtime/validation.ts).
 * Ajv is still used, in the tests only, as an oracle.
 */
import type { GeneratedFile } from "../core.js";
import { compareCodeUnits as compare } from "../load/normalize.js";
import type { ApiModel, NamedModel, ObjectSchema, Operation, Response } from "../model/types.js";
import { GENERATED_HEADER } from "./header.js";
import { printCheckFunction } from "./validators/checks.js";
import { createModuleContext, type ModuleContext, printConstants } from "./validators/context.js";
import { commentText } from "./validators/literal.js";

const RUNTIME = "../runtime/validation.js";

export function emitValidators(model: ApiModel): GeneratedFile[] {
  const models = [...model.models].sort((a, b) => compare(a.name, b.name));
  const operations = [...model.operations].sort((a, b) => compare(a.functionName, b.functionName));
  checkNames(models, operations);
  const files: GeneratedFile[] = [emitModelsModule(models)];
  for (const operation of operations) files.push(emitOperationModule(operation, models));
  files.push(emitIndex(models, operations));
  return files.sort((a, b) => compare(a.path, b.path));
}

/** Export names of one operation's module, decided here from the names model/names.ts chose. */
export function validatorNames(operation: Operation): {
  request: string;
  responses: string;
  response: (status: number | "default") => string;
} {
  return {
    request: `${operation.functionName}Request`,
    responses: `${operation.functionName}Responses`,
    response: (status) => `${operation.functionName}Response${status === "default" ? "Default" : status}`,
  };
}

export function modelValidatorName(model: string): string {
  return `${model}Validator`;
}

function emitModelsModule(models: NamedModel[]): GeneratedFile {
  const cx = createModuleContext(models, true);
  const functions = models.map((m) => printCheckFunction(`check${m.name}`, m.schema, cx, { exported: true, allowUndefined: false }));
  const validators = models.map(
    (m) =>
      `/** Validates a ${m.name} (response data: compatible mode by default). */\n` +
      `export const ${modelValidatorName(m.name)}: Validator<${m.name}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${m.name}>(check${m.name}, false);`,
  );
  const typeImports = models.map((m) => m.name);
  return moduleFile("src/validators/models.ts", cx, typeImports, [...functions, ...validators]);
}

function emitOperationModule(operation: Operation, models: NamedModel[]): GeneratedFile {
  const cx = createModuleContext(models, false);
  const names = validatorNames(operation);
  const where = commentText(`${operation.method.toUpperCase()} ${operation.path}`);
  const blocks: string[] = [];
  const types = new Set<string>();

  const input = inputSchema(operation);
  const inputType = `${operation.typeName}Input`;
  types.add(inputType);
  blocks.push(printCheckFunction("request$", input, cx, { exported: false, allowUndefined: !operation.input.some((f) => f.required) }));
  blocks.push(
    `/** Validates the input of ${operation.functionName} (${where}); requests are always checked strictly. */\n` +
      `export const ${names.request}: Validator<${inputType}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${inputType}>(request$, true);`,
  );

  const entries: Array<{ key: string; name: string; type: string }> = [];
  for (const response of operation.responses) {
    if (response.schema === undefined) continue;
    const type = responseType(operation, response, types);
    const fn = `response$${response.status}`;
    blocks.push(printCheckFunction(fn, response.schema, cx, { exported: false, allowUndefined: false }));
    const name = names.response(response.status);
    blocks.push(
      `/** Validates the ${response.status} response body of ${operation.functionName} (${where}). */\n` +
        `export const ${name}: Validator<${type}> = /* @__PURE__ */ ${useRuntime(cx, "createValidator")}<${type}>(${fn}, false);`,
    );
    entries.push({ key: response.status === "default" ? "default" : String(response.status), name, type });
  }
  const mapType = [
    "{",
    "  readonly [status: number]: Validator<unknown> | undefined;",
    ...entries.map((e) => `  readonly ${e.key}: Validator<${e.type}>;`),
    "}",
  ].join("\n");
  blocks.push(
    `/** Response body validators of ${operation.functionName} by status; absent statuses have no documented body. */\n` +
      `export const ${names.responses}: ${mapType} = {\n${entries.map((e) => `  ${e.key}: ${e.name},`).join("\n")}\n};`,
  );
  return moduleFile(`src/validators/${operation.functionName}.ts`, cx, [...types].sort(), blocks);
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
    pointer: `/paths/${operation.path.replace(/~/g, "~0").replace(/\//g, "~1")}/${operation.method}`,
    properties: operation.input.map((field) => ({ name: field.name, required: field.required, schema: field.schema })),
    additionalProperties: false,
  };
}

function useRuntime(cx: ModuleContext, name: string): string {
  cx.runtime.add(name);
  return name;
}

function moduleFile(path: string, cx: ModuleContext, typeImports: string[], blocks: string[]): GeneratedFile {
  const lines: string[] = [];
  if (typeImports.length > 0) lines.push(`import type { ${typeImports.join(", ")} } from "../models.js";`);
  lines.push(`import type { Ctx, Validator } from "${RUNTIME}";`);
  const runtime = [...cx.runtime].sort(compare);
  if (runtime.length > 0) lines.push(`import { ${runtime.join(", ")} } from "${RUNTIME}";`);
  const checks = [...cx.modelChecks].sort(compare);
  if (checks.length > 0) lines.push(`import { ${checks.join(", ")} } from "./models.js";`);
  const constants = printConstants(cx);
  const parts = [lines.join("\n")];
  if (constants.length > 0) parts.push(constants.join("\n"));
  parts.push(...cx.helpers, ...blocks);
  return { path, contents: `${GENERATED_HEADER}${parts.join("\n\n")}\n` };
}

function emitIndex(models: NamedModel[], operations: Operation[]): GeneratedFile {
  const lines = operations.map((op) => `export * from "./${op.functionName}.js";`);
  if (models.length > 0) lines.push(`export { ${models.map((m) => modelValidatorName(m.name)).join(", ")} } from "./models.js";`);
  lines.push(
    `export type { StandardSchemaV1Props, UnknownInfo, ValidateOptions, ValidationIssue, ValidationMode, ValidationResult, Validator } from "${RUNTIME}";`,
  );
  return { path: "src/validators/index.ts", contents: `${GENERATED_HEADER}${lines.join("\n")}\n` };
}

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
  for (const m of models) claim(modelValidatorName(m.name), `model ${m.name}`);
  for (const op of operations) {
    const names = validatorNames(op);
    claim(names.request, op.operationId);
    claim(names.responses, op.operationId);
    for (const r of op.responses) if (r.schema !== undefined) claim(names.response(r.status), op.operationId);
  }
}
