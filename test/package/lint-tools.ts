/**
 * publint and @arethetypeswrong/cli, run the way a maintainer runs them before
 * publishing: on the tarball `npm pack` makes (offline; packed into a temp
 * folder so the package folder is never written to).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { publint } from "publint";
import { tempDir } from "../helpers/paths.js";

export interface LintFinding {
  tool: "publint" | "attw";
  code: string;
  detail: string;
}

export function packTarball(packageDir: string): string {
  const destination = tempDir("opgen-pack-");
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], { cwd: packageDir, encoding: "utf8" });
  const [packed] = JSON.parse(out) as Array<{ filename: string }>;
  if (!packed) throw new Error(`npm pack printed no file for ${packageDir}`);
  return join(destination, packed.filename);
}

export async function publintFindings(packageDir: string): Promise<LintFinding[]> {
  const { messages } = await publint({ pkgDir: packageDir, pack: "npm", level: "suggestion", strict: true });
  return messages.map((m) => ({ tool: "publint", code: m.code, detail: `${m.type} at ${m.path.join(".")} ${JSON.stringify(m.args)}` }));
}

const ATTW = resolve("node_modules/@arethetypeswrong/cli/dist/index.js");

/** attw with its default (strict) profile: every resolution mode, node10 included. */
export function attwFindings(tarball: string): LintFinding[] {
  // The JSON carries every resolution trace (megabytes for a package with many entries), and attw exits
  // before a pipe drains: its stdout goes to a file, which is written synchronously.
  const outFile = join(mkdtempSync(join(tmpdir(), "attw-")), "out.json");
  const fd = openSync(outFile, "w");
  const run = spawnSync(process.execPath, [ATTW, tarball, "--format", "json"], { encoding: "utf8", stdio: ["ignore", fd, "pipe"] });
  closeSync(fd);
  const stdout = readFileSync(outFile, "utf8");
  if (stdout.trim() === "") throw new Error(`attw printed nothing (exit ${run.status}): ${run.stderr}`);
  const result = JSON.parse(stdout) as {
    analysis: { problems: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }> };
  };
  const findings = result.analysis.problems.map((p) => ({
    tool: "attw" as const,
    code: p.kind,
    detail: `${p.entrypoint ?? ""} ${p.resolutionKind ?? ""}`.trim(),
  }));
  // attw's exit code is the other half of its verdict: a package it cannot analyse must not pass silently.
  if (findings.length === 0 && run.status !== 0) throw new Error(`attw exited ${run.status} without problems: ${run.stderr}`);
  return findings;
}
