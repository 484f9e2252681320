/**
 * `--report a.md` also writes `a.json` next to it: what the run found upstream
 * (`upstream.status`: changed, unchanged or unreachable) and, when it changed,
 * the JSON diff report. CI reads it to tell "matches the snapshot" from "could
 * not compare". A name without a markdown extension gets `.json` appended.
 */
export function jsonReportPath(reportFile: string): string {
  const stem = reportFile.replace(/\.(md|markdown|txt)$/i, "");
  return stem === reportFile ? `${reportFile}.json` : `${stem}.json`;
}
