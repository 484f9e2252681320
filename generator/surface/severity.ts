import { SEVERITIES, type Severity } from "../diff/types.js";

/** The more severe of two (undefined = nothing to report): the version bump takes the larger of contract and surface. */
export function largerSeverity(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}
