/**
 * The vocabulary of the diff engine: what a change is, and the aligned pairs the
 * structural walk hands to the rules. A rule never sees array positions: it sees
 * two things the walk has already matched by identity (method + path, in + name,
 * status, media type, property name, union branch by content).
 */
import type { JsonObject, JsonValue } from "../core.js";
import type { SchemaView } from "./schema-view.js";

export type Severity = "breaking" | "warning" | "info" | "docs";
export const SEVERITIES: readonly Severity[] = ["breaking", "warning", "info", "docs"];

/** Where a rule applies: what the client sends, what it receives, or the document as a whole. */
export type Direction = "request" | "response" | "both";

export interface Change {
  /** The rule id: stable kebab-case, public API (never renamed). */
  id: string;
  severity: Severity;
  direction: "request" | "response" | "both";
  operationId: string | null;
  method: string | null;
  path: string | null;
  /** JSON pointer into the revision document; into the base for removals. */
  location: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  message: string;
  /**
   * Set when the table's severity was lowered to the rule's `unbranched` one
   * because no generated code branches on this location (diff/branching.ts):
   * the reason, for the report to print.
   */
  unbranched?: string;
}

/** Where in the contract the walk currently is. */
export interface WalkContext {
  direction: Direction;
  operationId: string | null;
  method: string | null;
  path: string | null;
  /** Response status ("200", "4XX", "default") when direction is response. */
  status: string | null;
  /** Readable place for messages: "query parameter `limit`", "request body", "response 200". */
  place: string;
  /** Dotted property path inside the schema ("data.items[].from"), "" at the root. */
  propertyPath: string;
}

/** The kinds of aligned pairs; each rule subscribes to exactly one. */
export interface PairKinds {
  document: { before: JsonObject; after: JsonObject };
  operation: {
    before: JsonObject | undefined;
    after: JsonObject | undefined;
    basePtr: string;
    revPtr: string;
    beforeSecurity: JsonValue;
    afterSecurity: JsonValue;
  };
  parameter: { name: string; in: string; before: JsonObject | undefined; after: JsonObject | undefined; basePtr: string; revPtr: string };
  requestBody: { before: JsonObject | undefined; after: JsonObject | undefined; basePtr: string; revPtr: string };
  response: { status: string; before: JsonObject | undefined; after: JsonObject | undefined; basePtr: string; revPtr: string };
  /** A response header by name (case-insensitive, RFC 9110 §5.1). */
  header: { name: string; before: JsonObject | undefined; after: JsonObject | undefined; basePtr: string; revPtr: string };
  mediaType: { name: string; before: JsonObject | undefined; after: JsonObject | undefined; basePtr: string; revPtr: string };
  /** Two schemas matched at the same place (both present). */
  schema: { before: SchemaView; after: SchemaView; propertyName: string | null; compare: "all" | "nullability" | "keywords" };
  /** A property by name under two matched object schemas (at least one side present). */
  property: {
    name: string;
    before: SchemaView | undefined;
    after: SchemaView | undefined;
    requiredBefore: boolean;
    requiredAfter: boolean;
  };
  /** A union branch present on one side only (anyOf/oneOf, after looking through nesting and null). */
  branch: { before: SchemaView | undefined; after: SchemaView | undefined; siblingsBefore: number; siblingsAfter: number };
  /** A documentation keyword (description, summary, title, example, examples) that differs. */
  documentation: { keyword: string; before: JsonValue | undefined; after: JsonValue | undefined; basePtr: string; revPtr: string };
  /** A specification extension (x-*) that differs. */
  extension: { key: string; before: JsonValue | undefined; after: JsonValue | undefined; basePtr: string; revPtr: string };
}
export type PairKind = keyof PairKinds;

/** What a rule reports; the table adds the severity, the walk adds the operation. */
export interface Finding {
  message: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  /** JSON pointer into the revision document; into the base for removals. */
  location: string;
}

export interface RuleCheck<K extends PairKind = PairKind> {
  id: string;
  on: K;
  /** `at` is the pair's own pointer: in the revision, or in the base when the revision lacks it. */
  check(pair: PairKinds[K], ctx: WalkContext, at: string): Finding[];
}

export interface RuleEntry {
  rule: RuleCheck;
  severity: Severity;
  direction: Direction;
  /** For request rules: the id of the response rule that is its mirror image... */
  twin?: string;
  /** ...or why there is none. */
  noTwin?: string;
  /**
   * The severity to use instead when no generated code branches on the changed
   * location (diff/branching.ts): a value that is only carried, never compared.
   */
  unbranched?: Severity;
}
