/**
 * Two surfaces → their differences, each named by a SURFACE_RULES id.
 * Which rule applies depends on how a consumer's code meets the name
 * (usage.ts): the same edit breaks an input and not an output.
 */
import { SURFACE_RULES, type SurfaceRuleId } from "./rules.js";
import type { ApiSurface, Declaration, Member, TypeText, Usage } from "./types.js";
import type { Ownership } from "./usage.js";

export interface Difference {
  rule: SurfaceRuleId;
  /** The exported name it is about (for the entry-point rules, the subpath). */
  exportName: string;
  /** `Contact.externalId`, `listContacts(input)`, `ListContactsError`. */
  subject: string;
  /** Inside the export: the member path (`defaultFields.emails`), a parameter name, or an error variant. */
  detail?: string;
  usage: Usage;
  before: string | null;
  after: string | null;
  message: string;
}

export function compareSurfaces(before: ApiSurface, after: ApiSurface, owners: Ownership): Difference[] {
  const out: Difference[] = [];
  for (const subpath of union(Object.keys(before.entries), Object.keys(after.entries))) {
    const inBefore = subpath in before.entries;
    const inAfter = subpath in after.entries;
    if (inBefore === inAfter) continue;
    out.push({
      rule: inBefore ? "entry-point-removed" : "entry-point-added",
      exportName: subpath,
      subject: subpath,
      usage: "output",
      before: inBefore ? subpath : null,
      after: inAfter ? subpath : null,
      message: `entry point \`${subpath}\` ${inBefore ? "removed" : "added"}`,
    });
  }
  for (const name of union(Object.keys(before.declarations), Object.keys(after.declarations))) {
    const b = before.declarations[name];
    const a = after.declarations[name];
    const usage = owners.usageOf(name);
    if (b && a) out.push(...compareDeclarations(b, a, usage, owners));
    else if (b) out.push(exportChange("export-removed", b, usage, "removed"));
    else if (a) out.push(exportChange("export-added", a, usage, "added"));
  }
  return out;
}

function exportChange(rule: SurfaceRuleId, declaration: Declaration, usage: Usage, verb: string): Difference {
  const shape = summary(declaration);
  return {
    rule,
    exportName: declaration.name,
    subject: declaration.name,
    usage,
    before: rule === "export-removed" ? shape : null,
    after: rule === "export-added" ? shape : null,
    message: `${declaration.kind} \`${declaration.name}\` ${verb}`,
  };
}

const VALUE_KINDS = new Set(["function", "variable", "class", "enum"]);

function compareDeclarations(b: Declaration, a: Declaration, usage: Usage, owners: Ownership): Difference[] {
  const name = a.name;
  if (VALUE_KINDS.has(b.kind) !== VALUE_KINDS.has(a.kind)) {
    return [
      {
        rule: "export-kind-changed",
        exportName: name,
        subject: name,
        usage,
        before: b.kind,
        after: a.kind,
        message: `\`${name}\` was a ${b.kind}, is now a ${a.kind}`,
      },
    ];
  }
  if (b.kind === "function" && a.kind === "function") return compareFunctions(b, a);
  if (b.members && a.members) return compareMembers(name, b.members, a.members, usage, owners.isClient(name));
  const beforeType = b.type ?? { text: summary(b), parts: [summary(b)] };
  const afterType = a.type ?? { text: summary(a), parts: [summary(a)] };
  if (owners.isErrorUnion(name)) return compareErrorUnion(name, beforeType, afterType);
  const rule = typeRule(beforeType, afterType, usage, "alias");
  if (!rule) return [];
  return [
    {
      rule,
      exportName: name,
      subject: name,
      usage,
      before: beforeType.text,
      after: afterType.text,
      message: typeMessage(name, beforeType, afterType),
    },
  ];
}

function compareFunctions(b: Declaration, a: Declaration): Difference[] {
  const out: Difference[] = [];
  const name = a.name;
  const beforeParams = b.params ?? [];
  const afterParams = a.params ?? [];
  // By position: renaming a parameter changes nothing for a caller.
  for (let i = 0; i < Math.max(beforeParams.length, afterParams.length); i++) {
    const bp = beforeParams[i];
    const ap = afterParams[i];
    const subject = `${name}(${(ap ?? bp)!.name})`;
    const base = { exportName: name, subject, detail: (ap ?? bp)!.name, usage: "input" as const };
    if (!ap) {
      out.push({
        ...base,
        rule: "parameter-removed",
        before: bp!.type.text,
        after: null,
        message: `parameter \`${bp!.name}\` of \`${name}\` removed`,
      });
    } else if (!bp) {
      out.push({
        ...base,
        rule: ap.optional ? "parameter-added-optional" : "parameter-added-required",
        before: null,
        after: ap.type.text,
        message: `${ap.optional ? "optional" : "required"} parameter \`${ap.name}\` added to \`${name}\``,
      });
    } else {
      if (bp.optional !== ap.optional) {
        out.push({
          ...base,
          rule: ap.optional ? "parameter-became-optional" : "parameter-became-required",
          before: bp.optional ? "optional" : "required",
          after: ap.optional ? "optional" : "required",
          message: `parameter \`${ap.name}\` of \`${name}\` became ${ap.optional ? "optional" : "required"}`,
        });
      }
      const rule = typeRule(bp.type, ap.type, "input", "parameter");
      if (rule) out.push({ ...base, rule, before: bp.type.text, after: ap.type.text, message: typeMessage(subject, bp.type, ap.type) });
    }
  }
  if (b.returns && a.returns) {
    const rule = typeRule(b.returns, a.returns, "output", "return");
    if (rule)
      out.push({
        rule,
        exportName: name,
        subject: `${name}()`,
        usage: "output",
        before: b.returns.text,
        after: a.returns.text,
        message: typeMessage(`${name}() result`, b.returns, a.returns),
      });
  }
  return out;
}

function compareMembers(owner: string, before: Member[], after: Member[], usage: Usage, isClient: boolean): Difference[] {
  const out: Difference[] = [];
  const beforeByPath = new Map(before.map((m) => [m.path, m]));
  const afterByPath = new Map(after.map((m) => [m.path, m]));
  for (const path of union([...beforeByPath.keys()], [...afterByPath.keys()])) {
    const bm = beforeByPath.get(path);
    const am = afterByPath.get(path);
    // Under an inline object that came or went, the parent's line says it all.
    const parent = parentPath(path);
    if (parent && (!beforeByPath.has(parent) || !afterByPath.has(parent))) continue;
    const subject = `${owner}.${path}`;
    const base = { exportName: owner, subject, detail: path, usage };
    if (isClient) {
      if (!am || !bm) {
        out.push({
          ...base,
          rule: am ? "client-method-added" : "client-method-removed",
          before: bm?.type.text ?? null,
          after: am?.type.text ?? null,
          message: `client method \`client.${path}\` ${am ? "added" : "removed"}`,
        });
      } else if (bm.type.text !== am.type.text || bm.optional !== am.optional) {
        out.push({
          ...base,
          rule: "client-method-changed",
          before: bm.type.text,
          after: am.type.text,
          message: typeMessage(`client.${path}`, bm.type, am.type),
        });
      }
      continue;
    }
    if (!am) {
      const rule = worst(usage, { input: "input-property-removed", output: "output-property-removed" });
      out.push({
        ...base,
        rule,
        before: describeMember(bm!),
        after: null,
        message: `property \`${subject}\` removed (was \`${describeMember(bm!)}\`)`,
      });
      continue;
    }
    if (!bm) {
      const rule = worst(usage, {
        input: am.optional ? "input-property-added-optional" : "input-property-added-required",
        output: "output-property-added",
      });
      out.push({
        ...base,
        rule,
        before: null,
        after: describeMember(am),
        message: `property \`${subject}\` added (\`${describeMember(am)}\`)`,
      });
      continue;
    }
    if (bm.optional !== am.optional) {
      const rule = am.optional
        ? worst(usage, { input: "input-property-became-optional", output: "output-property-became-optional" })
        : worst(usage, { input: "input-property-became-required", output: "output-property-became-required" });
      out.push({
        ...base,
        rule,
        before: describeMember(bm),
        after: describeMember(am),
        message: `property \`${subject}\` became ${am.optional ? "optional" : "required"}`,
      });
    }
    const rule = typeRule(bm.type, am.type, usage, "property");
    if (rule) out.push({ ...base, rule, before: bm.type.text, after: am.type.text, message: typeMessage(subject, bm.type, am.type) });
  }
  return out;
}

function compareErrorUnion(name: string, before: TypeText, after: TypeText): Difference[] {
  const out: Difference[] = [];
  for (const part of after.parts.filter((p) => !before.parts.includes(p))) {
    out.push({
      rule: "error-variant-added",
      exportName: name,
      subject: name,
      detail: part,
      usage: "output",
      before: null,
      after: part,
      message: `\`${name}\` gains \`${part}\``,
    });
  }
  for (const part of before.parts.filter((p) => !after.parts.includes(p))) {
    out.push({
      rule: "error-variant-removed",
      exportName: name,
      subject: name,
      detail: part,
      usage: "output",
      before: part,
      after: null,
      message: `\`${name}\` loses \`${part}\``,
    });
  }
  return out;
}

/** How a type changed, independent of who uses it. */
export type TypeShift =
  | "same"
  | "nullable-added"
  | "nullable-removed"
  | "literal-changed"
  | "literals-added"
  | "literals-removed"
  | "narrowed"
  | "widened"
  | "changed";

export function typeShift(before: TypeText, after: TypeText): TypeShift {
  const added = after.parts.filter((p) => !before.parts.includes(p));
  const removed = before.parts.filter((p) => !after.parts.includes(p));
  if (added.length === 0 && removed.length === 0) return "same";
  if (removed.length === 0 && added.length === 1 && added[0] === "null") return "nullable-added";
  if (added.length === 0 && removed.length === 1 && removed[0] === "null") return "nullable-removed";
  if (before.parts.length === 1 && after.parts.length === 1 && isLiteral(before.parts[0]!) && isLiteral(after.parts[0]!))
    return "literal-changed";
  if (removed.length === 0) return added.every(isLiteral) && before.parts.some(isLiteral) ? "literals-added" : "widened";
  if (added.length === 0) return removed.every(isLiteral) && after.parts.some(isLiteral) ? "literals-removed" : "narrowed";
  return "changed";
}

/** A string, number or boolean literal type: what a `switch` or `===` can name. */
export function isLiteral(part: string): boolean {
  return /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|true|false)$/.test(part);
}

type Place = "property" | "alias" | "parameter" | "return";

const INPUT_RULES: Record<Exclude<TypeShift, "same">, SurfaceRuleId> = {
  "nullable-added": "input-type-widened",
  "nullable-removed": "input-type-narrowed",
  "literal-changed": "literal-changed",
  "literals-added": "input-type-widened",
  "literals-removed": "input-type-narrowed",
  narrowed: "input-type-narrowed",
  widened: "input-type-widened",
  changed: "input-type-changed",
};

const OUTPUT_RULES: Record<Exclude<TypeShift, "same">, SurfaceRuleId> = {
  "nullable-added": "output-property-became-nullable",
  "nullable-removed": "output-property-became-non-nullable",
  "literal-changed": "literal-changed",
  "literals-added": "output-literal-added",
  "literals-removed": "output-literal-removed",
  narrowed: "output-type-narrowed",
  widened: "output-type-widened",
  changed: "output-type-changed",
};

const PARAMETER_RULES: Record<Exclude<TypeShift, "same">, SurfaceRuleId> = {
  "nullable-added": "parameter-type-widened",
  "nullable-removed": "parameter-type-narrowed",
  "literal-changed": "literal-changed",
  "literals-added": "parameter-type-widened",
  "literals-removed": "parameter-type-narrowed",
  narrowed: "parameter-type-narrowed",
  widened: "parameter-type-widened",
  changed: "parameter-type-changed",
};

const RETURN_RULES: Record<Exclude<TypeShift, "same">, SurfaceRuleId> = {
  "nullable-added": "return-type-widened",
  "nullable-removed": "return-type-narrowed",
  "literal-changed": "literal-changed",
  "literals-added": "return-type-widened",
  "literals-removed": "return-type-narrowed",
  narrowed: "return-type-narrowed",
  widened: "return-type-widened",
  changed: "return-type-changed",
};

function typeRule(before: TypeText, after: TypeText, usage: Usage, place: Place): SurfaceRuleId | undefined {
  const shift = typeShift(before, after);
  if (shift === "same") return undefined;
  if (place === "parameter") return PARAMETER_RULES[shift];
  if (place === "return") return RETURN_RULES[shift];
  return worst(usage, { input: INPUT_RULES[shift], output: OUTPUT_RULES[shift] });
}

/** For a type used both ways, the more severe reading (the input one on a tie). */
function worst(usage: Usage, rules: { input: SurfaceRuleId; output: SurfaceRuleId }): SurfaceRuleId {
  if (usage === "input") return rules.input;
  if (usage === "output") return rules.output;
  const rank = (id: SurfaceRuleId): number => ["breaking", "warning", "info", "docs"].indexOf(SURFACE_RULES[id].severity);
  return rank(rules.output) < rank(rules.input) ? rules.output : rules.input;
}

function typeMessage(subject: string, before: TypeText, after: TypeText): string {
  return `\`${subject}\`: \`${before.text}\` → \`${after.text}\``;
}

function describeMember(member: Member): string {
  return `${member.optional ? "?: " : ""}${member.type.text}`;
}

function summary(declaration: Declaration): string {
  if (declaration.kind === "function") {
    const params = (declaration.params ?? []).map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type.text}`);
    return `(${params.join(", ")}) => ${declaration.returns?.text ?? "unknown"}`;
  }
  if (declaration.members)
    return `{ ${declaration.members
      .filter((m) => !m.path.includes("."))
      .map((m) => `${m.path}${m.optional ? "?" : ""}`)
      .join(", ")} }`;
  return declaration.type?.text ?? declaration.kind;
}

function parentPath(path: string): string | undefined {
  const at = path.lastIndexOf(".");
  if (at < 0) return undefined;
  const parent = path.slice(0, at);
  return parent.endsWith("[]") ? parent.slice(0, -2) : parent;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
