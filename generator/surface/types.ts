/**
 * The vocabulary of the surface diff: what a consumer of the generated package
 * can name (read.ts), and what changed in it (compare.ts). Everything here is
 * plain data, so the JSON report can carry it as is.
 */
import type { Severity } from "../diff/types.js";

/** A printed type: the text, and its top-level union members (sorted, so reordering is no change). */
export interface TypeText {
  text: string;
  parts: string[];
}

/** A property of an object shape; nested inline object types are flattened to dotted paths (`defaultFields.emails`). */
export interface Member {
  path: string;
  optional: boolean;
  type: TypeText;
}

export interface Param {
  name: string;
  optional: boolean;
  type: TypeText;
}

export type DeclarationKind = "function" | "interface" | "type" | "variable" | "class" | "enum";

/** One exported name, as a consumer sees it. */
export interface Declaration {
  name: string;
  kind: DeclarationKind;
  /** Functions only. */
  params?: Param[];
  returns?: TypeText;
  /** Object shapes (interfaces, type literals, classes). */
  members?: Member[];
  /** Everything else: the alias's or the variable's printed type. */
  type?: TypeText;
  /** Exported type names this declaration's parameters mention (functions), or all it mentions (others). */
  inputRefs: string[];
  /** Exported type names a function's return type mentions. */
  outputRefs: string[];
}

export interface ApiSurface {
  /** Exports-map subpath ("." , "./models", "./operations/listContacts") → exported names, sorted. */
  entries: Record<string, string[]>;
  /** Every exported name of any entry point → its declaration. */
  declarations: Record<string, Declaration>;
}

/** How a consumer's code meets a type: it builds inputs, reads outputs; some types are both. */
export type Usage = "input" | "output" | "both";

/** Where a surface change belongs in the report: an operation's client function, a model, or the package itself. */
export interface SurfaceGroup {
  kind: "function" | "model" | "package";
  name: string;
}

/** A contract change (diff engine) that caused a surface change. */
export interface SurfaceCause {
  id: string;
  severity: Severity;
  operationId: string | null;
  location: string;
}

export interface SurfaceChange {
  /** A SURFACE_RULES id: stable, public (never renamed). */
  rule: string;
  severity: Severity;
  /** True when the rule can stop a consumer's code from compiling. */
  breaksCompile: boolean;
  group: SurfaceGroup;
  /** What a consumer names: `listContacts`, `Contact.externalId`, `ListContactsError`, `./operations/listContacts`. */
  subject: string;
  usage: Usage;
  before: string | null;
  after: string | null;
  message: string;
  /** The contract changes behind it (at most MAX_CAUSES), and how many there were in all. */
  causes: SurfaceCause[];
  causeCount: number;
}
