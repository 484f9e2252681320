/**
 * Everything the bench knows about OUR side, in one place. When a part lands with a
 * different shape than assumed here, adapt the function below that touches it; the
 * rows themselves do not change. A missing part throws NotBuilt, which a row prints
 * as "n/a (not built yet)".
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { GENERATED, ROOT } from "./paths.js";

export class NotBuilt extends Error {}

const CLI = join(ROOT, "generator", "cli.ts");
/** What `npm run generate` / `npm run diff` run (esbuild-bundled CLI, see scripts/launch.mjs). */
const LAUNCH = join(ROOT, "scripts", "launch.mjs");

function requireCli(): void {
  if (!existsSync(CLI)) throw new NotBuilt("not built yet: generator/cli.ts");
}

/** `npm run generate -- --upstream v1 --offline`, writing to `outDir` (which must hold a copy of the snapshot). */
export function oursGenerateOffline(outDir: string): { command: string; args: string[] } {
  requireCli();
  return { command: process.execPath, args: [LAUNCH, "generate", "--upstream", "v1", "--offline", "--out", outDir] };
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

/** `npm run diff -- <base> <rev>`. */
export function oursDiff(base: string, revision: string): { command: string; args: string[] } {
  requireCli();
  return { command: process.execPath, args: [LAUNCH, "diff", base, revision] };
}

/** Exit codes of a diff that ran: 0 no change, 1 contract changed. */
export const DIFF_OK_EXIT_CODES = [0, 1] as const;

/** A module of the generated package, preferring the compiled dist/ (what users run), else src/ through tsx. */
function generatedModule(relativeSrc: string): string {
  const dist = join(GENERATED, "dist", relativeSrc.replace(/\.ts$/, ".js"));
  if (existsSync(dist)) return dist;
  const src = join(GENERATED, "src", relativeSrc);
  if (existsSync(src)) return src;
  throw new NotBuilt(`not built yet: generated/src/${relativeSrc}`);
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
