/**
 * The report's opening section, "What changes in your code": the surface
 * changes grouped by client function and model, most severe first, in
 * markdown or plain text. It is a `leading` section (title, items, priority)
 * for the report renderer; `renderWithSurface` puts it in front of the contract
 * report (and `surface: [...]` into the JSON one) until the renderer takes
 * leading sections itself.
 *
 * Kept short on purpose: an operation that came or went is one line (its
 * Input/Result/Error types, validators and entry points are counted, not
 * listed), and one edit repeated across many models (a vendor-wide link in every
 * error body) is one line with the models counted.
 */
import { type ReportContext, type ReportExtras, type ReportFormat, renderReport } from "../diff/index.js";
import { type Change, SEVERITIES, type Severity } from "../diff/types.js";
import type { SurfaceDiff } from "./index.js";
import { SURFACE_RULES, type SurfaceRuleId } from "./rules.js";
import type { SurfaceChange } from "./types.js";

export const SURFACE_TITLE = "What changes in your code";

export interface SurfaceSection {
  title: string;
  items: string[];
  /** Lower comes first: the surface opens the report. */
  priority: number;
}

type Style = "markdown" | "text";

/** An edit seen in at least this many models is one line. */
const REPEATED_ACROSS = 3;
/** Type texts longer than this are cut in the report (the JSON keeps them whole). */
const MAX_TYPE = 120;

export function surfaceSection(diff: SurfaceDiff, style: Style): SurfaceSection {
  const items: string[] = [];
  const counts = SEVERITIES.map((severity) => [severity, diff.changes.filter((c) => c.severity === severity).length] as const).filter(
    ([, n]) => n > 0,
  );
  items.push(
    diff.changes.length === 0
      ? "The package's TypeScript API does not change: code that compiles today still compiles."
      : `${counts.map(([severity, n]) => `${n} ${severity}`).join(", ")} (compiled against the old package, code ${diff.highest === "breaking" ? "may not compile any more" : "still compiles"}).`,
  );
  if (diff.note) items.push(diff.note);
  const { repeated, rest } = foldRepeated(diff.changes);
  for (const group of groups(rest)) {
    items.push("", heading(group.title, style, group.kind !== "package"));
    items.push(...group.lines.map((line) => bullet(line, style)));
  }
  if (repeated.length > 0) {
    items.push("", heading("Across models", style, false));
    items.push(...repeated.map((line) => bullet(line, style)));
  }
  return { title: SURFACE_TITLE, items, priority: 0 };
}

/** The surface as the report renderer's extras: its leading section (in `style`) and the JSON `surface` array. */
export function surfaceExtras(surface: SurfaceDiff | undefined, style: Style): ReportExtras {
  if (!surface) return {};
  const { title, items } = surfaceSection(surface, style);
  return { leading: [{ title, items }], surface: surface.changes };
}

/** The report for `format`, opening with "What changes in your code" when there is a surface (diff command). */
export function renderWithSurface(format: ReportFormat, changes: Change[], ctx: ReportContext, surface: SurfaceDiff | undefined): string {
  return renderReport(format, changes, ctx, surfaceExtras(surface, format === "text" ? "text" : "markdown"));
}

interface Group {
  title: string;
  kind: SurfaceChange["group"]["kind"];
  severity: Severity;
  lines: string[];
}

function groups(changes: SurfaceChange[]): Group[] {
  const byKey = new Map<string, SurfaceChange[]>();
  for (const change of changes) {
    const key = `${change.group.kind}\0${change.group.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), change]);
  }
  const out: Group[] = [];
  for (const list of byKey.values()) {
    const group = list[0]!.group;
    const title = group.kind === "function" ? `${group.name}()` : group.kind === "model" ? group.name : "Other exports";
    out.push({ title, kind: group.kind, severity: worst(list), lines: groupLines(list) });
  }
  const kindOrder = { function: 0, model: 1, package: 2 };
  return out.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.title < b.title ? -1 : 1),
  );
}

/** A whole function or model that came or went is one line; otherwise one line per change. */
function groupLines(list: SurfaceChange[]): string[] {
  const { name } = list[0]!.group;
  const whole = list.find((c) => (c.rule === "export-removed" || c.rule === "export-added") && c.subject === name);
  if (!whole) return foldValidators(list);
  const verb = whole.rule === "export-removed" ? "removed" : "added";
  const sameWay = list.filter((c) => c.rule.endsWith(verb === "removed" ? "-removed" : "-added"));
  const others = list.filter((c) => !sameWay.includes(c));
  // The client method first, then the types a caller names, then the rest (validators, entry points).
  const rank = (n: string): number => (n.startsWith("client.") ? 0 : /^[A-Z]/.test(n) ? 1 : n.startsWith("./") ? 3 : 2);
  const names = sameWay
    .filter((c) => c !== whole)
    .map((c) => (c.rule.startsWith("client-method-") ? `client.${name}` : c.subject))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const shown = names.slice(0, 4).map((n) => `\`${n}\``);
  const more = names.length > shown.length ? `, +${names.length - shown.length} more` : "";
  const withAll = names.length > 0 ? ` (with ${shown.join(", ")}${more})` : "";
  const head = `${label(whole.severity)} \`${name}\` ${verb}${withAll}${causes(whole)}`;
  return [head, ...others.map(changeLine)];
}

/**
 * An operation's validators (`createContactRequest`, `createContactResponse409`,
 * `createContactResponses`, `createContactChecks`) follow its types: one line for them.
 */
const VALIDATOR_EXPORT = /^[a-z]\w*?(?:Request|Response\d{3}|Responses|Checks)$/;

function foldValidators(list: SurfaceChange[]): string[] {
  const validators = list.filter((c) => c.group.kind === "function" && VALIDATOR_EXPORT.test(c.subject.split(".")[0]!));
  const rest = list.filter((c) => !validators.includes(c)).map(changeLine);
  if (validators.length === 0) return rest;
  const shown = validators
    .slice(0, 3)
    .map((c) => `\`${c.subject}\` ${c.after === null ? "removed" : c.before === null ? "added" : "changed"}`);
  const more = validators.length > shown.length ? `, +${validators.length - shown.length} more` : "";
  return [...rest, `${label(worst(validators))} its validators follow: ${shown.join(", ")}${more}`];
}

function changeLine(change: SurfaceChange): string {
  return `${label(change.severity)} ${cut(change.message)}: ${SURFACE_RULES[change.rule as SurfaceRuleId].why}${causes(change)}`;
}

/** Identical edits (same rule, member, before and after) in many models: one line each. */
function foldRepeated(changes: SurfaceChange[]): { repeated: string[]; rest: SurfaceChange[] } {
  const byEdit = new Map<string, SurfaceChange[]>();
  for (const change of changes) {
    if (change.group.kind !== "model" || change.before === null || change.after === null) continue;
    const member = change.subject.slice(change.subject.indexOf(".") + 1);
    const key = JSON.stringify([change.rule, member, change.before, change.after]);
    byEdit.set(key, [...(byEdit.get(key) ?? []), change]);
  }
  const folded = new Set<SurfaceChange>();
  const repeated: string[] = [];
  for (const list of byEdit.values()) {
    if (list.length < REPEATED_ACROSS) continue;
    for (const change of list) folded.add(change);
    const first = list[0]!;
    const member = first.subject.slice(first.subject.indexOf(".") + 1);
    const models = list.map((c) => c.group.name);
    const shown = models.slice(0, 5).join(", ");
    repeated.push(
      `${label(first.severity)} \`*.${member}\`: \`${clip(first.before!)}\` → \`${clip(first.after!)}\` in ${list.length} models (${shown}${models.length > 5 ? ", …" : ""}): ${SURFACE_RULES[first.rule as SurfaceRuleId].why}`,
    );
  }
  return { repeated, rest: changes.filter((c) => !folded.has(c)) };
}

function causes(change: SurfaceChange): string {
  if (change.causeCount === 0) return "";
  const ids = [...new Set(change.causes.map((c) => c.id))];
  return ` ← ${ids.join(", ")}${change.causeCount > change.causes.length ? ` (${change.causeCount} contract changes)` : ""}`;
}

function worst(list: SurfaceChange[]): Severity {
  return SEVERITIES.find((severity) => list.some((c) => c.severity === severity)) ?? "info";
}

function label(severity: Severity): string {
  return `[${severity}]`;
}

function heading(title: string, style: Style, code: boolean): string {
  return style === "markdown" ? `#### ${code ? `\`${title}\`` : title}` : title;
}

function bullet(line: string, style: Style): string {
  return style === "markdown" ? `- ${line}` : `  - ${line.replace(/`/g, "")}`;
}

function clip(text: string): string {
  return text.length > MAX_TYPE ? `${text.slice(0, MAX_TYPE)}…` : text;
}

function cut(text: string): string {
  return text.replace(/`([^`]{121,})`/g, (_, inner: string) => `\`${inner.slice(0, MAX_TYPE)}…\``).slice(0, 400);
}
