/**
 * The names an operation or a named model exports from the generated package,
 * derived once from the names model/names.ts chose, and the check that no two
 * exports (nor one of the package's own) share a name. Emitters read
 * Operation.names and NamedModel.names; none spells a suffix itself.
 */
import { InputError } from "../errors.js";
import type { IdAlias, ModelNames, NamedModel, Operation, OperationNames } from "./types.js";

/** Every name the package exports for one operation, from its function and type names. */
export function operationExportNames(op: {
  functionName: string;
  typeName: string;
  responses: Operation["responses"];
  maxPageSize?: number | undefined;
}): OperationNames {
  const fn = op.functionName;
  const type = op.typeName;
  const response: Record<string, string> = {};
  for (const r of op.responses) {
    if (r.schema !== undefined) response[String(r.status)] = `${fn}Response${r.status === "default" ? "Default" : r.status}`;
  }
  return {
    function: fn,
    safe: `${fn}Safe`,
    ...(op.maxPageSize === undefined ? {} : { maxPageSize: `${fn}MaxPageSize` }),
    input: `${type}Input`,
    result: `${type}Result`,
    errorBodies: `${type}ErrorBodies`,
    error: `${type}Error`,
    request: `${fn}Request`,
    responses: `${fn}Responses`,
    checks: `${fn}Checks`,
    response,
  };
}

export function modelExportNames(name: string): ModelNames {
  return { type: name, check: `check${name}`, validator: `${name}Validator` };
}

/**
 * Names the generated package already uses for itself: the runtime's exports
 * re-exported by the entry points, openapi-typescript's `paths`/`operations`/`components`,
 * the `Page` helper type, and the validation types every validator module imports.
 */
export const PACKAGE_OWN_EXPORTS: ReadonlySet<string> = new Set([
  ...["createClient", "DEFAULT_BASE_URL", "OpenPhoneClient", "OpenPhoneError", "ErrorKind", "InvalidResponseReason"],
  ...["AbortedError", "ApiError", "CommonError", "InvalidRequestError", "InvalidResponseError", "NetworkError"],
  ...["RateLimitError", "TimeoutError", "UnexpectedStatusError", "ClientCore", "createClientCore", "pages", "paginate"],
  ...["PageFunction", "PageOptions", "PageParams", "OperationMethod", "OptionalInputOperationMethod", "CallOptions"],
  ...["ClientOptions", "Clock", "RequestEvent", "ResponseEvent", "ResponseInfo", "ResponseValidation", "SafeResult"],
  ...["UnknownInfo", "ValidationIssue", "components", "operations", "paths", "Page"],
  ...["isOpenPhoneError", "createRateLimiter", "RateLimiter", "RateLimiterOptions"],
  ...["ClientFor", "createClientFor", "OperationErrors", "BoundMethod"],
  ...["StandardSchemaV1Props", "ValidateOptions", "ValidationMode", "ValidationResult", "Validator", "Ctx", "OperationChecks"],
]);

type Owner =
  | { kind: "operation"; operation: Pick<Operation, "operationId" | "method" | "path"> }
  | { kind: "model"; name: string }
  | { kind: "idAlias"; prefix: string };

/**
 * One package, one namespace: no two exports (types, functions, validators, across the
 * entry points) may share a name, or one would shadow the other. Refused here, before
 * anything is emitted, naming both owners and the fix.
 */
export function refuseExportCollisions(models: NamedModel[], idAliases: IdAlias[], operations: Operation[]): void {
  const owners = new Map<string, { owner: Owner; what: string }>();
  const claim = (name: string, owner: Owner, what: string): void => {
    if (PACKAGE_OWN_EXPORTS.has(name)) {
      throw new InputError(
        `OpenAPI document: ${describeOwner(owner)} would export the ${what} ${name}, a name the generated package uses for itself. ${fixFor(owner, name)}`,
      );
    }
    const first = owners.get(name);
    if (first) {
      const both =
        first.owner.kind === "operation" && owner.kind === "operation"
          ? `operations ${describeOwner(first.owner).replace(/^operation /, "")} and ${describeOwner(owner).replace(/^operation /, "")}`
          : `${describeOwner(first.owner)} and ${describeOwner(owner)}`;
      const fix = first.owner.kind === "operation" ? fixFor(owner, name) : fixFor(first.owner, name);
      throw new InputError(`OpenAPI document: ${both} both become the ${what} ${name}. ${fix}`);
    }
    owners.set(name, { owner, what });
  };
  for (const operation of operations) {
    const owner: Owner = { kind: "operation", operation };
    const n = operation.names;
    claim(n.function, owner, "function");
    for (const name of [n.safe, ...(n.maxPageSize ? [n.maxPageSize] : [])]) claim(name, owner, "function");
    for (const name of [n.input, n.result, n.errorBodies, n.error]) claim(name, owner, "type");
    for (const name of [n.request, n.responses, n.checks, ...Object.values(n.response)]) claim(name, owner, "validator");
  }
  for (const model of models) {
    const owner: Owner = { kind: "model", name: model.name };
    claim(model.names.type, owner, "type");
    claim(model.names.check, owner, "check function");
    claim(model.names.validator, owner, "validator");
  }
  for (const alias of idAliases) claim(alias.name, { kind: "idAlias", prefix: alias.prefix }, "type");
}

function describeOwner(owner: Owner): string {
  switch (owner.kind) {
    case "operation":
      return `operation ${JSON.stringify(owner.operation.operationId)} (${owner.operation.method.toUpperCase()} ${owner.operation.path})`;
    case "model":
      return `the model ${owner.name}`;
    case "idAlias":
      return `the ID alias for prefix ${owner.prefix}`;
  }
}

function fixFor(owner: Owner, name: string): string {
  switch (owner.kind) {
    case "operation":
      return "Give one of them a distinct operationId with an action in openphone.overlay.json.";
    case "model":
      return `Rename the model in openphone.names.json, e.g. { "rename": { ${JSON.stringify(owner.name)}: "Other${owner.name}" } } (see generator/model/NAMES.md).`;
    case "idAlias":
      return `Name the alias in openphone.names.json, e.g. { "idAliases": { ${JSON.stringify(owner.prefix)}: "Other${name}" } } (see generator/model/NAMES.md).`;
  }
}
