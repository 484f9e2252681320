/**
 * Who owns each exported name, and how a consumer's code meets it.
 *
 * Owner: the operation whose client function it belongs to (`listContacts`,
 * `listContactsSafe`, `ListContactsInput`, `ListContactsError`, the validators
 * `listContactsRequest`…), else the named model (`Contact`), else the package
 * (runtime helpers). Names come from the ApiModel, decided once in model/names.ts.
 *
 * Usage: an operation's Input (and whatever a function takes) is built by the
 * consumer: input. Results, errors and whatever a function returns are read:
 * output. A model reached from both is both. Anything else (the client object,
 * runtime types) is read: output.
 */
import type { ApiModel } from "../model/types.js";
import type { ApiSurface, SurfaceGroup, Usage } from "./types.js";

export interface Ownership {
  groupOf(name: string): SurfaceGroup;
  usageOf(name: string): Usage;
  /** The operation's error union (`ListContactsError`): its members are error variants. */
  isErrorUnion(name: string): boolean;
  /** The bound client interface, whose members are the client methods. */
  isClient(name: string): boolean;
}

export const CLIENT_INTERFACE = "OpenPhoneClient";

export function ownership(surface: ApiSurface, model: ApiModel): Ownership {
  const prefixes = model.operations
    .flatMap((op) => [
      { prefix: op.functionName, fn: op.functionName },
      { prefix: op.typeName, fn: op.functionName },
    ])
    // Longest first: `getContactById` must win over a shorter `getContact`.
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const models = new Set([...model.models.map((m) => m.name), ...model.idAliases.map((a) => a.name)]);
  const errorUnions = new Set(model.operations.map((op) => `${op.typeName}Error`));
  const usage = usages(surface, model);
  return {
    groupOf(name) {
      const owner = prefixes.find(
        ({ prefix }) => name === prefix || (name.startsWith(prefix) && /^[A-Z0-9]/.test(name.slice(prefix.length))),
      );
      if (owner && !models.has(name)) return { kind: "function", name: owner.fn };
      if (models.has(name)) return { kind: "model", name };
      // Validators of a model (`checkContact`, `ContactValidator`) belong with the model.
      const checked = /^check([A-Z]\w*)$/.exec(name)?.[1] ?? /^([A-Z]\w*)Validator$/.exec(name)?.[1];
      if (checked && models.has(checked)) return { kind: "model", name: checked };
      return { kind: "package", name: "package" };
    },
    usageOf: (name) => usage.get(name) ?? "output",
    isErrorUnion: (name) => errorUnions.has(name),
    isClient: (name) => name === CLIENT_INTERFACE,
  };
}

function usages(surface: ApiSurface, model: ApiModel): Map<string, Usage> {
  const inputs: string[] = [];
  const outputs: string[] = [];
  for (const op of model.operations) {
    inputs.push(`${op.typeName}Input`);
    outputs.push(`${op.typeName}Result`, `${op.typeName}Error`, `${op.typeName}ErrorBodies`);
  }
  for (const declaration of Object.values(surface.declarations)) {
    if (declaration.kind !== "function") continue;
    inputs.push(...declaration.inputRefs);
    outputs.push(...declaration.outputRefs);
  }
  const reachedFromInput = reach(surface, inputs);
  const reachedFromOutput = reach(surface, outputs);
  const usage = new Map<string, Usage>();
  for (const name of Object.keys(surface.declarations)) {
    const input = reachedFromInput.has(name);
    const output = reachedFromOutput.has(name);
    if (input || output) usage.set(name, input && output ? "both" : input ? "input" : "output");
  }
  return usage;
}

/** Every exported type the roots mention, directly or through other exported types. */
function reach(surface: ApiSurface, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.filter((name) => name in surface.declarations);
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const declaration = surface.declarations[name]!;
    // A function's refs are roots already, and the client's members name each operation's
    // Input beside its Result (`OperationMethod<I, R, E>`): following either would mix directions.
    if (declaration.kind === "function" || name === CLIENT_INTERFACE) continue;
    stack.push(...declaration.inputRefs);
  }
  return seen;
}
