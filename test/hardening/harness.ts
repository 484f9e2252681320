/**
 * Shared machinery of the hardening tests: run the whole `generate` into a temp
 * folder, type-check whatever sources it wrote, prove that hostile strings stay
 * inert (only inside comments and string literals), and load the compiled JS in
 * a child process with traps armed.
 *
 * Nothing here knows which emitters exist: every check walks the generated tree,
 * so models, validators and the client are exercised as soon as they are wired
 * into generator/emit/index.ts.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { exitCodeOf } from "../../generator/errors.js";
import { defaultGenerateOptions, type GenerateOptions, type Logger, runGenerate } from "../../generator/pipeline.js";
import { readTree } from "../../generator/write.js";
import { tempDir } from "../helpers/paths.js";

export const ROOT = process.cwd();
export const HOSTILE = resolve(ROOT, "test/fixtures/hostile");
/**
 * The repository's openphone.overlay.json patches the real OpenPhone document and
 * refuses any other (its targets select nothing); hostile documents get this
 * overlay, which changes nothing.
 */
export const NEUTRAL_OVERLAY = resolve(HOSTILE, "neutral.overlay.json");
const TSC = resolve(ROOT, "node_modules/typescript/bin/tsc");

export interface Outcome {
  /** The exit code the CLI would give: 0..3 returned, or errors.ts exitCodeOf for what was thrown. */
  code: number;
  error?: Error;
  out: string;
  tree: Map<string, string>;
  log: string;
}

export function quietLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warning: ${m}`), out: (m) => lines.push(m) };
}

/** The whole pipeline in-process, mapping a throw to the CLI's exit code (generator/cli.ts main). */
export async function generateInto(
  source: string,
  extra: Partial<GenerateOptions> = {},
  out = tempDir("opgen-hostile-"),
): Promise<Outcome> {
  const log = quietLogger();
  const options = defaultGenerateOptions({
    source,
    outDir: out,
    accept: true,
    overlayFile: NEUTRAL_OVERLAY,
    log,
    now: () => new Date("2026-01-02T03:04:05.000Z"),
    fetch: { timeoutMs: 5000, maxBytes: 25 * 2 ** 20, retries: 0, backoffMs: 1 },
    ...extra,
  });
  let code: number;
  let error: Error | undefined;
  try {
    code = await runGenerate(options);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown : new Error(String(thrown));
    code = exitCodeOf(thrown);
  }
  return { code, ...(error ? { error } : {}), out, tree: await readTree(out), log: log.lines.join("\n") };
}

/** The real CLI, for exit codes and stderr. */
export function runCli(args: string[], timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      // Run from the repository, which lists two upstreams: these runs are v1's, with a neutral overlay.
      [
        "--import",
        "tsx",
        "generator/cli.ts",
        ...args,
        ...(args[0] === "generate" ? ["--upstream", "v1", "--overlay", NEUTRAL_OVERLAY] : []),
      ],
      { cwd: ROOT, timeout: timeoutMs, maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/**
 * `tsc --noEmit` over the `src/` of every given output folder at once (one
 * program: tsc start-up dominates), with tsconfig.generated.json's options.
 * Returns tsc's diagnostics text ("" when clean).
 */
export function typecheckGenerated(outDirs: string[]): Promise<string> {
  const generated = JSON.parse(readFileSync(resolve(ROOT, "tsconfig.generated.json"), "utf8").replace(/^\s*\/\/.*$/gm, "")) as {
    compilerOptions: Record<string, unknown>;
  };
  const dir = tempDir("opgen-tsc-");
  const config = join(dir, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: generated.compilerOptions, include: outDirs.map((d) => join(d, "src/**/*.ts")) }),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      [TSC, "-p", config, "--pretty", "false"],
      { cwd: dir, timeout: 120_000, maxBuffer: 64 * 2 ** 20 },
      (_error, stdout, stderr) => done(`${stdout}${stderr}`.trim()),
    );
  });
}

const CODE_FILE = /\.(ts|js|cjs|d\.cts)$/;

/**
 * Every generated code file parses without diagnostics and no identifier in it
 * contains `marker`: a hostile string that broke out of its comment or literal
 * would turn `pwnedX()` into a call of an identifier. Returns the offending
 * places (file: reason), empty when all is inert.
 */
export function breakouts(tree: Map<string, string>, marker = /pwned/i): string[] {
  const found: string[] = [];
  for (const [path, text] of tree) {
    if (!CODE_FILE.test(path)) continue;
    const kind = path.endsWith(".js") || path.endsWith(".cjs") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, kind);
    const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    for (const d of diagnostics.slice(0, 3))
      found.push(`${path}: parse error ${ts.flattenDiagnosticMessageText(d.messageText, " ")} at ${d.start}`);
    const visit = (node: ts.Node): void => {
      if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && marker.test(node.text))
        found.push(`${path}: identifier ${node.text} at ${node.getStart(file)}`);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/**
 * Import every compiled ESM file (dist/**.js) and require every CommonJS one of
 * the given folders in a fresh Node with traps: any `pwned*` global, a write to
 * `globalThis.__pwned`, or process.exit(7) is detected. Resolves with the
 * child's exit code and whether the marker file appeared.
 */
export async function loadCompiled(outDirs: string[]): Promise<{ code: number | null; marker: boolean; output: string }> {
  const dir = tempDir("opgen-load-");
  const marker = join(dir, "PWNED");
  const files: string[] = [];
  for (const out of outDirs)
    for (const path of (await readTree(out)).keys()) if (/^dist\/.*\.(js|cjs)$/.test(path)) files.push(join(out, path));
  const script = `
const { writeFileSync } = require("node:fs");
const { pathToFileURL } = require("node:url");
const marker = ${JSON.stringify(marker)};
const hit = (name) => { writeFileSync(marker, name); return name; };
const trap = new Proxy(function () {}, { apply: () => hit("call"), get: () => hit("get") });
for (const name of ["pwnedComment","pwnedHtml","pwnedString","pwnedSingle","pwnedTick","pwnedTemplate","pwnedLines","pwnedKey","pwnedKeyTpl","pwnedSlash","x"]) globalThis[name] = trap;
Object.defineProperty(globalThis, "__pwned", { set: () => hit("__pwned"), get: () => undefined, configurable: false });
(async () => {
  for (const file of ${JSON.stringify(files)}) {
    if (file.endsWith(".cjs")) require(file); else await import(pathToFileURL(file).href);
  }
  process.stdout.write("loaded " + ${files.length} + " files\\n");
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(3); });
`;
  const scriptFile = join(dir, "load.cjs");
  writeFileSync(scriptFile, script);
  return new Promise((done) => {
    const child = spawn(process.execPath, [scriptFile], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => done({ code, marker: existsSync(marker), output }));
  });
}
