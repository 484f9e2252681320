/**
 * Everything the bench knows about OUR side, in one place. When a part lands with a
 * different shape than assumed here, adapt the function below that touches it; the
 * rows themselves do not change. A missing part throws NotBuilt, which a row prints
 * as "n/a (not built yet)".
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { readUpstreams as readUpstreamsFile, UPSTREAMS_FILE, type Upstream } from "../../generator/upstreams.js";
import { GENERATED, GENERATED_2026_03_30, ROOT } from "./paths.js";

export class NotBuilt extends Error {}

const CLI = join(ROOT, "generator", "cli.ts");
/** What `npm run generate` / `npm run diff` run (esbuild-bundled CLI, see scripts/launch.mjs). */
const LAUNCH = join(ROOT, "scripts", "launch.mjs");

function requireCli(): void {
  if (!existsSync(CLI)) throw new NotBuilt("not built yet: generator/cli.ts");
}

/**
 * `npm run generate -- --spec <file> --accept --out <dir>` on an empty folder: the scale runs.
 * `--max-size` lifts the 25 MiB download cap: the ×64 spec is about that size.
 */
export function oursGenerateSpec(spec: string, outDir: string): { command: string; args: string[] } {
  requireCli();
  return {
    command: process.execPath,
    args: [LAUNCH, "generate", "--upstream", "v1", "--spec", spec, "--accept", "--out", outDir, "--max-size", "512"],
  };
}

/** The repository's upstreams, read as `npm run generate` reads them (v1 alone without the file). */
function readUpstreams(): Upstream[] {
  return readUpstreamsFile(join(ROOT, UPSTREAMS_FILE));
}

/** Each upstream's snapshot in the order `generate` runs them (v1's, then the dated API's), for the peer to read the same documents. */
export function oursUpstreamSnapshots(): Array<{ name: string; spec: string }> {
  return readUpstreams().map((upstream) => {
    const spec = join(ROOT, upstream.out, "openapi.json");
    if (!existsSync(spec)) throw new NotBuilt(`not built yet: no snapshot at ${upstream.out}/openapi.json`);
    return { name: upstream.name, spec };
  });
}

/**
 * `npm run generate -- --offline` for every upstream, run with cwd = `dir`; `seed()` copies
 * there what that run reads: the upstreams file, the correction files it names and each
 * package folder's snapshot and meta (so the repository's packages are never touched and
 * every run writes both packages in full).
 */
export function oursGenerateAllOffline(dir: string): {
  command: string;
  args: string[];
  seed: () => Promise<void>;
  /** Where the run writes each upstream's package, by upstream name. */
  outOf: (name: string) => string;
} {
  requireCli();
  const upstreams = readUpstreams();
  const files = [UPSTREAMS_FILE];
  for (const upstream of upstreams) {
    for (const file of [upstream.overlay, upstream.names, upstream.webhooks]) if (file) files.push(file);
    for (const file of ["openapi.json", "openapi.meta.json"]) files.push(join(upstream.out, file));
  }
  const missing = files.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) throw new NotBuilt(`not built yet: ${missing.join(", ")}`);
  return {
    command: process.execPath,
    args: [LAUNCH, "generate", "--offline"],
    seed: async () => {
      for (const file of files) {
        await mkdir(dirname(join(dir, file)), { recursive: true });
        await copyFile(join(ROOT, file), join(dir, file));
      }
    },
    outOf: (name) => join(dir, upstreams.find((upstream) => upstream.name === name)?.out ?? name),
  };
}

/** `npm run diff -- <base> <rev>`. */
export function oursDiff(base: string, revision: string): { command: string; args: string[] } {
  requireCli();
  return { command: process.execPath, args: [LAUNCH, "diff", base, revision] };
}

/** Exit codes of a diff that ran: 0 no change, 1 contract changed. */
export const DIFF_OK_EXIT_CODES = [0, 1] as const;

/**
 * A module of a generated package (v1's by default), preferring the compiled dist/ (what users
 * run), else src/ through tsx.
 */
function generatedModule(relativeSrc: string, packageDir: string = GENERATED): string {
  const dist = join(packageDir, "dist", relativeSrc.replace(/\.ts$/, ".js"));
  if (existsSync(dist)) return dist;
  const src = join(packageDir, "src", relativeSrc);
  if (existsSync(src)) return src;
  throw new NotBuilt(`not built yet: ${relative(ROOT, src)}`);
}

interface OurValidator {
  validate(value: unknown): { ok: boolean };
}

function isValidator(value: unknown): value is OurValidator {
  return typeof value === "object" && value !== null && typeof (value as { validate?: unknown }).validate === "function";
}

/**
 * The generated validator of one response body: `${fn}Responses[status]`, else
 * `${fn}Response${status}` (generator/emit/validators.ts names), from
 * generated/{dist,src}/validators/<fn>.{js,ts}. Returns a boolean check.
 */
export async function oursResponseValidator(functionName: string, status: string): Promise<(value: unknown) => boolean> {
  const file = generatedModule(join("validators", `${functionName}.ts`));
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const byStatus = module[`${functionName}Responses`] as Record<string, unknown> | undefined;
  const validator = byStatus?.[status] ?? module[`${functionName}Response${status}`];
  if (!isValidator(validator)) throw new NotBuilt(`no ${functionName}Response${status} validator exported by ${relative(ROOT, file)}`);
  return (value) => validator.validate(value).ok;
}

/** The generated package's webhooks entry (`openphone-api/webhooks`), for the receiver's bundle lines. */
export function oursWebhooksEntry(): string {
  return generatedModule("webhooks.ts");
}

/** True when the generated client is there to measure: the root entry to import it from. */
export function oursClientEntry(): string {
  generatedModule("client.ts");
  return generatedModule("index.ts");
}

/** A relative ESM specifier; `.ts` sources are named `.js`, as tsc (Bundler), tsx and esbuild all resolve. */
function importPath(fromDir: string, file: string): string {
  const path = relative(fromDir, file).replace(/\\/g, "/").replace(/\.ts$/, ".js");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Body of the sendMessage call every client row makes (the spec's required fields; bodyStyle "flat"). */
export const SEND_MESSAGE_INPUT = { content: "Hello, world!", from: "+15555555555", to: ["+15555555555"] } as const;

/**
 * Client options of every ours row. The rate limiter (10 requests/s per key by
 * default, the API's limit) is off: it is a deliberate wait, not overhead.
 * Response validation stays at its default, as users get it.
 */
const CLIENT_OPTIONS = `{ apiKey: "test-key", baseUrl, rateLimit: false }`;

/**
 * - "createClient": `createClient(options).sendMessage(input)` from the root entry (every operation bound);
 * - "createClientFor": `createClientFor(options, { sendMessage }).sendMessage(input)` from the root
 *   entry, the client that binds only the operations given (the README's first choice for an app);
 * - "single operation": `sendMessage(createClientCore(options, url), input)` from the operation's own
 *   module, the form the generated docs give for the smallest bundle.
 */
export type OursCallStyle = "createClient" | "createClientFor" | "single operation";

/**
 * Source (TS/ESM) written into `fromDir` that exports `makeSend(baseUrl)`, a function
 * calling sendMessage once. Shared by the bundle and overhead rows.
 */
export function oursSendModuleSource(fromDir: string, style: OursCallStyle): string {
  if (style === "createClient") {
    return [
      `import { createClient } from ${JSON.stringify(importPath(fromDir, oursClientEntry()))};`,
      `export function makeSend(baseUrl: string): () => Promise<unknown> {`,
      `  const client = createClient(${CLIENT_OPTIONS});`,
      `  return () => client.sendMessage(${JSON.stringify(SEND_MESSAGE_INPUT)});`,
      `}`,
      ``,
    ].join("\n");
  }
  if (style === "createClientFor") {
    return [
      `import { createClientFor, sendMessage } from ${JSON.stringify(importPath(fromDir, oursClientEntry()))};`,
      `export function makeSend(baseUrl: string): () => Promise<unknown> {`,
      `  const client = createClientFor(${CLIENT_OPTIONS}, { sendMessage });`,
      `  return () => client.sendMessage(${JSON.stringify(SEND_MESSAGE_INPUT)});`,
      `}`,
      ``,
    ].join("\n");
  }
  const operation = generatedModule(join("operations", "sendMessage.ts"));
  const http = generatedModule(join("runtime", "http.ts"));
  return [
    `import { sendMessage } from ${JSON.stringify(importPath(fromDir, operation))};`,
    `import { createClientCore } from ${JSON.stringify(importPath(fromDir, http))};`,
    `export function makeSend(baseUrl: string): () => Promise<unknown> {`,
    `  const core = createClientCore(${CLIENT_OPTIONS}, baseUrl);`,
    `  return () => sendMessage(core, ${JSON.stringify(SEND_MESSAGE_INPUT)});`,
    `}`,
    ``,
  ].join("\n");
}

/** Type-check usage written into `fromDir`: three operations through createClient. */
export function oursUsageSource(fromDir: string): string {
  return [
    `import { createClient } from ${JSON.stringify(importPath(fromDir, oursClientEntry()))};`,
    `const client = createClient({ apiKey: "test-key" });`,
    `export async function use(): Promise<string[]> {`,
    `  const sent = await client.sendMessage(${JSON.stringify(SEND_MESSAGE_INPUT)});`,
    `  const list = await client.listMessages({ phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 });`,
    `  const contact = await client.getContactById({ id: "66d0d87e8dc1211467372303" });`,
    `  return [JSON.stringify(sent), JSON.stringify(list), JSON.stringify(contact)];`,
    `}`,
    ``,
  ].join("\n");
}

/** The dated API's root entry (`openphone-api-2026-03-30`). */
function datedClientEntry(): string {
  generatedModule("client.ts", GENERATED_2026_03_30);
  return generatedModule("index.ts", GENERATED_2026_03_30);
}

/** Query of the dated listTasks call every row makes (one page of 10). */
export const LIST_TASKS_INPUT = { limit: 10 } as const;
/** A task id of the dated API's shape (`TK…`), for getTask. */
export const TASK_ID = "TK123abc";

/**
 * Source written into `fromDir` that exports `makeListTasks(baseUrl)`, a function calling
 * the dated API's listTasks once (its Quo-Api-Version header is sent by the operation itself):
 * through `createClientFor(options, { listTasks })`, or the single operation module with
 * `createClientCore` (see OursCallStyle; "createClient" is not offered here).
 */
export function oursDatedListTasksModuleSource(fromDir: string, style: Exclude<OursCallStyle, "createClient">): string {
  if (style === "createClientFor") {
    return [
      `import { createClientFor, listTasks } from ${JSON.stringify(importPath(fromDir, datedClientEntry()))};`,
      `export function makeListTasks(baseUrl: string): () => Promise<unknown> {`,
      `  const client = createClientFor(${CLIENT_OPTIONS}, { listTasks });`,
      `  return () => client.listTasks(${JSON.stringify(LIST_TASKS_INPUT)});`,
      `}`,
      ``,
    ].join("\n");
  }
  const operation = generatedModule(join("operations", "listTasks.ts"), GENERATED_2026_03_30);
  const http = generatedModule(join("runtime", "http.ts"), GENERATED_2026_03_30);
  return [
    `import { listTasks } from ${JSON.stringify(importPath(fromDir, operation))};`,
    `import { createClientCore } from ${JSON.stringify(importPath(fromDir, http))};`,
    `export function makeListTasks(baseUrl: string): () => Promise<unknown> {`,
    `  const core = createClientCore(${CLIENT_OPTIONS}, baseUrl);`,
    `  return () => listTasks(core, ${JSON.stringify(LIST_TASKS_INPUT)});`,
    `}`,
    ``,
  ].join("\n");
}

/**
 * Type-check usage written into `fromDir` that calls both APIs, each through its package's
 * createClient: v1 sendMessage, then the dated listTasks and getTask.
 */
export function oursBothApisUsageSource(fromDir: string): string {
  return [
    `import { createClient } from ${JSON.stringify(importPath(fromDir, oursClientEntry()))};`,
    `import { createClient as createDatedClient } from ${JSON.stringify(importPath(fromDir, datedClientEntry()))};`,
    `const v1 = createClient({ apiKey: "test-key" });`,
    `const dated = createDatedClient({ apiKey: "test-key" });`,
    `export async function use(): Promise<string[]> {`,
    `  const sent = await v1.sendMessage(${JSON.stringify(SEND_MESSAGE_INPUT)});`,
    `  const tasks = await dated.listTasks(${JSON.stringify(LIST_TASKS_INPUT)});`,
    `  const task = await dated.getTask({ taskId: ${JSON.stringify(TASK_ID)} });`,
    `  return [JSON.stringify(sent), JSON.stringify(tasks), JSON.stringify(task)];`,
    `}`,
    ``,
  ].join("\n");
}
