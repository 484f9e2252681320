/**
 * The issue and report shapes shared by the validators (validation.ts) and the client
 * (types.ts, errors.ts, serialize.ts). In a file of their own so neither of those two imports
 * the other for them. Type-only: this module emits no JavaScript.
 */

/** One problem found in a value (RFC 6901 pointer, what was expected, what was found). */
export interface ValidationIssue {
  pointer: string;
  expected: string;
  found: string;
  message: string;
}

/** Reported in compatible mode for what the contract does not (yet) know. */
export interface UnknownInfo {
  pointer: string;
  kind: "property" | "enum";
  value: unknown;
}
