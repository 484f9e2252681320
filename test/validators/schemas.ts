/** Small constructors for hand-written Schema nodes and operations (tests only). */
import { modelExportNames, operationExportNames } from "../../generator/model/exports.js";
import type { ApiModel, InputField, NamedModel, Operation, Property, Response, Schema } from "../../generator/model/types.js";

type Extra<K extends Schema["kind"]> = Omit<Extract<Schema, { kind: K }>, "kind" | "nullable" | "pointer"> & { nullable?: boolean };

function node<K extends Schema["kind"]>(kind: K, extra: object): Extract<Schema, { kind: K }> {
  return { nullable: false, pointer: "/test", ...extra, kind } as unknown as Extract<Schema, { kind: K }>;
}

export const s = {
  string: (extra: Partial<Extra<"string">> = {}) => node("string", extra),
  number: (extra: Partial<Extra<"number">> = {}) => node("number", { integer: false, ...extra }),
  integer: (extra: Partial<Extra<"number">> = {}) => node("number", { ...extra, integer: true }),
  boolean: (extra: { nullable?: boolean } = {}) => node("boolean", extra),
  null: () => node("null", {}),
  literal: (value: string | number | boolean, extra: { nullable?: boolean } = {}) => node("literal", { ...extra, value }),
  enum: (values: Array<string | number | boolean>, extra: { nullable?: boolean } = {}) => node("enum", { ...extra, values }),
  array: (items: Schema, extra: Partial<Omit<Extra<"array">, "items">> = {}) => node("array", { ...extra, items }),
  object: (properties: Record<string, [Schema, boolean]>, extra: Partial<Omit<Extra<"object">, "properties">> = {}) =>
    node("object", {
      additionalProperties: true,
      ...extra,
      properties: Object.entries(properties).map(([name, [schema, required]]): Property => ({ name, schema, required })),
    }),
  anyOf: (variants: Schema[], extra: { nullable?: boolean } = {}) => node("union", { ...extra, operator: "anyOf", variants }),
  oneOf: (variants: Schema[], extra: { nullable?: boolean } = {}) => node("union", { ...extra, operator: "oneOf", variants }),
  allOf: (members: Schema[], extra: { nullable?: boolean } = {}) => node("intersection", { ...extra, members }),
  ref: (name: string, extra: { nullable?: boolean } = {}) => node("ref", { ...extra, name }),
  unknown: () => node("unknown", {}),
};

export function field(name: string, schema: Schema, required: boolean, where: InputField["in"] = "body"): InputField {
  return { name, in: where, required, deprecated: false, schema, explode: false };
}

export function response(status: number | "default", schema?: Schema): Response {
  return { status, isError: typeof status === "number" && status >= 400, ...(schema ? { contentType: "application/json", schema } : {}) };
}

export function operation(functionName: string, input: InputField[], responses: Response[]): Operation {
  const typeName = functionName[0]!.toUpperCase() + functionName.slice(1);
  return {
    operationId: `${functionName}_v1`,
    functionName,
    typeName,
    method: "post",
    path: `/v1/${functionName}`,
    deprecated: false,
    tags: [],
    parameters: [],
    responses,
    input,
    bodyStyle: input.some((f) => f.in === "body") ? "flat" : "none",
    names: operationExportNames({ functionName, typeName, responses }),
  };
}

export function apiModel(operations: Operation[], models: NamedModel[] = []): ApiModel {
  return { title: "t", version: "1", servers: [], models, idAliases: [], operations };
}

export function named(name: string, schema: Schema): NamedModel {
  return { name, schema, occurrences: [], names: modelExportNames(name) };
}
