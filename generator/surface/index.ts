/**
 * The surface diff: what an upstream change does to code that uses the
 * generated package. Both packages are generated in memory (sources.ts), their
 * public API read with ts-morph (read.ts), compared and classified
 * (compare.ts, rules.ts), and each difference linked to the contract changes
 * behind it (link.ts).
 *
 * Callers load this module only when the contract diff found something: ts-morph
 * is imported here, lazily, so a run without a change never pays for it.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { JsonObject } from "../core.js";
import { type Change, SEVERITIES, type Severity } from "../diff/types.js";
import { InputError } from "../errors.js";
import { compareSurfaces } from "./compare.js";
import { linkCauses, linkScope } from "./link.js";
import { readSurfaces } from "./read.js";
import { SURFACE_RULES } from "./rules.js";
import type { EmittedSources } from "./sources.js";
import { type Corrections, packageSources } from "./sources.js";
import type { ApiSurface, SurfaceChange } from "./types.js";
import { ownership } from "./usage.js";

export { largerSeverity } from "./severity.js";
export type { SurfaceChange } from "./types.js";

export interface SurfaceDiff {
  changes: SurfaceChange[];
  /** The most severe surface change, or undefined when the API a consumer sees did not change. */
  highest: Severity | undefined;
  /** Set when the corrections could not be applied to both documents (they were left out, on both sides). */
  note?: string;
}

/**
 * ts-morph is CommonJS: `import()` of it first has Node scan its 1 MB for named exports
 * (cjs-module-lexer, about 0.09 s of every diff with a change); `require` skips the scan.
 * Loaded here, at the first surface, never at start-up.
 */
function loadTsMorph(): typeof TsMorph {
  return createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
}

export interface SurfaceInput {
  base: JsonObject;
  revision: JsonObject;
  /** The contract changes the report lists (after ignores): the causes to link. */
  changes: readonly Change[];
  corrections?: Corrections;
}

export async function describeSurface(input: SurfaceInput): Promise<SurfaceDiff> {
  let note: string | undefined;
  let sides: [EmittedSources, EmittedSources];
  try {
    sides = [packageSources(input.base, input.corrections), packageSources(input.revision, input.corrections)];
  } catch (error) {
    // The overlay corrects the snapshot; a new upstream may have moved what it targets.
    // That is for `generate --accept` to refuse, not for the report: compare uncorrected.
    if (!(error instanceof InputError) || !input.corrections?.overlay) throw error;
    note = `The overlay was not applied to compare the packages (${error.message})`;
    const names = input.corrections.nameOverrides ? { nameOverrides: input.corrections.nameOverrides } : {};
    sides = [packageSources(input.base, names), packageSources(input.revision, names)];
  }
  const [beforeSide, afterSide] = sides;
  const [before, after] = readSurfaces(loadTsMorph(), [beforeSide.sources, afterSide.sources]) as [ApiSurface, ApiSurface];
  const beforeOwners = ownership(before, beforeSide.model);
  const afterOwners = ownership(after, afterSide.model);
  // A name is judged by the side that has it; for names on both sides, the revision's view (usage can only widen).
  const owners = {
    groupOf: (name: string) => (name in after.declarations ? afterOwners : beforeOwners).groupOf(name),
    usageOf: (name: string) => {
      const a = name in after.declarations ? afterOwners.usageOf(name) : undefined;
      const b = name in before.declarations ? beforeOwners.usageOf(name) : undefined;
      return a && b && a !== b ? "both" : (a ?? b ?? "output");
    },
    isErrorUnion: (name: string) => afterOwners.isErrorUnion(name) || beforeOwners.isErrorUnion(name),
    isClient: (name: string) => afterOwners.isClient(name),
  };
  const scope = linkScope([beforeSide.model, afterSide.model]);
  const changes = compareSurfaces(before, after, owners).map((difference): SurfaceChange => {
    const rule = SURFACE_RULES[difference.rule];
    const group = groupFor(difference.rule, difference.exportName, difference.detail, owners.groupOf);
    return {
      rule: difference.rule,
      severity: rule.severity,
      breaksCompile: rule.breaksCompile,
      group,
      subject: difference.subject,
      usage: difference.usage,
      before: difference.before,
      after: difference.after,
      message: difference.message,
      ...linkCauses(difference, group, input.changes, scope),
    };
  });
  changes.sort(bySeverityThenGroup);
  const highest = SEVERITIES.find((severity) => changes.some((change) => change.severity === severity));
  return { changes, highest, ...(note ? { note } : {}) };
}

/** Client methods and per-operation entry points belong with their operation's function. */
function groupFor(
  rule: string,
  exportName: string,
  detail: string | undefined,
  groupOf: (name: string) => SurfaceChange["group"],
): SurfaceChange["group"] {
  if (rule.startsWith("client-method-") && detail) return groupOf(detail);
  if (rule.startsWith("entry-point-")) {
    const last = exportName.split("/").pop() ?? "";
    const group = groupOf(last);
    return group.kind === "package" ? { kind: "package", name: "package" } : group;
  }
  return groupOf(exportName);
}

function bySeverityThenGroup(a: SurfaceChange, b: SurfaceChange): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compare(a.group.kind, b.group.kind) ||
    compare(a.group.name, b.group.name) ||
    compare(a.subject, b.subject) ||
    compare(a.rule, b.rule)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
