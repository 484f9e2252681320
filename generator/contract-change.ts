/**
 * What `generate` says and does when the upstream differs from the snapshot:
 * the report (text for the terminal, markdown for a PR), whether it fails the
 * run, and — on --accept — the next package version and CHANGELOG entry.
 */
import type { CanonicalSpec, JsonObject } from "./core.js";
import type { PackageState } from "./load/snapshot.js";
import type { FailOn } from "./pipeline.js";

type Severity = "breaking" | "warning" | "info" | "docs";
const ORDER: Severity[] = ["breaking", "warning", "info", "docs"];

interface Finding {
  severity: Severity;
  message: string;
}

export interface ContractChange {
  text: string;
  markdown: string;
  counts: Record<Severity, number>;
  reaches(failOn: FailOn): boolean;
  nextState(state: PackageState, now: Date): PackageState;
}

export interface ReportContext {
  base: { source: string; sha256: string };
  revision: { source: string; sha256: string };
}

export function describeContractChange(base: CanonicalSpec | undefined, revision: CanonicalSpec, context: ReportContext): ContractChange {
  const findings = base ? compareOperations(base.document, revision.document) : [{ severity: "info" as const, message: "first snapshot" }];
  const counts: Record<Severity, number> = { breaking: 0, warning: 0, info: 0, docs: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const countLine = ORDER.map((s) => `${counts[s]} ${s}`).join(", ");
  const lines = findings.map((f) => `- **${f.severity}** ${f.message}`);
  const markdown = `## OpenPhone API contract change\n\n${countLine}\n\nbase: \`${context.base.sha256}\` (${context.base.source})  \nrevision: \`${context.revision.sha256}\` (${context.revision.source})\n\n${lines.join("\n")}\n`;
  const text = `Contract change: ${countLine}\n${findings.map((f) => `  ${f.severity.padEnd(8)} ${f.message}`).join("\n")}`;
  const highest = ORDER.find((s) => counts[s] > 0) ?? "docs";
  return {
    text,
    markdown,
    counts,
    reaches: (failOn) => failOn !== "never" && ORDER.slice(0, ORDER.indexOf(failOn) + 1).some((s) => counts[s] > 0),
    nextState: (state, now) => {
      const version = base ? bumpVersion(state.version, highest) : state.version;
      const entry = `## ${version} (${now.toISOString().slice(0, 10)})\n\nUpstream sha256 \`${context.revision.sha256}\`. ${countLine}.\n\n${lines.join("\n")}\n`;
      const heading = "# Changelog\n\n";
      const rest = state.changelog.startsWith(heading) ? state.changelog.slice(heading.length) : state.changelog;
      return { version, changelog: `${heading}${entry}${rest ? `\n${rest}` : ""}` };
    },
  };
}

export function bumpVersion(version: string, highest: Severity): string {
  const [major = 1, minor = 0, patch = 0] = version.split(".").map(Number);
  if (highest === "breaking") return `${major + 1}.0.0`;
  if (highest === "docs") return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor + 1}.0`;
}

/** Interim comparison (operations only) until the diff engine is wired in. */
function compareOperations(base: JsonObject, revision: JsonObject): Finding[] {
  const ops = (doc: JsonObject) => {
    const out = new Map<string, string>();
    for (const [path, item] of Object.entries((doc.paths ?? {}) as JsonObject)) {
      for (const [method, op] of Object.entries(item as JsonObject)) {
        if (op && typeof op === "object" && "responses" in (op as JsonObject)) {
          out.set(`${method.toUpperCase()} ${path}`, JSON.stringify(op));
        }
      }
    }
    return out;
  };
  const before = ops(base);
  const after = ops(revision);
  const findings: Finding[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (!after.has(key)) findings.push({ severity: "breaking", message: `${key} removed` });
    else if (!before.has(key)) findings.push({ severity: "info", message: `${key} added` });
    else if (before.get(key) !== after.get(key)) findings.push({ severity: "info", message: `${key} changed` });
  }
  if (findings.length === 0) findings.push({ severity: "info", message: "document-level fields changed" });
  return findings;
}
