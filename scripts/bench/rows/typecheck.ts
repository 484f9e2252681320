/**
 * Row "typecheck": what a consumer's `tsc --noEmit` pays for using each package.
 * Each variant is a usage file calling sendMessage, listMessages and getContactById (and, on
 * the second line, v1 sendMessage with the dated API's listTasks and getTask);
 * cost = median whole-process time of `tsc --noEmit -p <usage>` minus the median of
 * an empty file under the same compiler options. skipLibCheck is on, as in a
 * default `tsc --init` project: .d.ts packages (ours, openapi-typescript) are used,
 * not re-checked; hey-api's output is .ts source in the user's project, so it is.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { BenchContext } from "../context.js";
import { processRepetitions } from "../context.js";
import { interleave, type ProcessRun, runProcess, type Task } from "../measure.js";
import { LIST_TASKS_INPUT, oursBothApisUsageSource, oursUsageSource, SEND_MESSAGE_INPUT, TASK_ID } from "../ours.js";
import { BIN, TMP } from "../paths.js";
import { ensureDatedPeerOutput, ensurePeerOutputs, PEER_OUTPUT } from "../peers.js";
import { type Cell, failed, type Line, ok } from "../table.js";
import { errorCell, medianCell, wall } from "./common.js";

const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  module: "ESNext",
  moduleResolution: "Bundler",
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

const LIST_QUERY = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 };
const CONTACT_ID = "66d0d87e8dc1211467372303";

function importPath(from: string, file: string): string {
  const path = relative(from, file).replace(/\\/g, "/");
  return path.startsWith(".") ? path : `./${path}`;
}

function openapiFetchUsage(dir: string): string {
  return [
    `import createClient from "openapi-fetch";`,
    `import type { paths } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.openapiTypescript, "schema.js")))};`,
    `const client = createClient<paths>({ baseUrl: "https://api.openphone.com", headers: { Authorization: "test-key" } });`,
    `export async function use(): Promise<string[]> {`,
    `  const sent = await client.POST("/v1/messages", { body: ${JSON.stringify(SEND_MESSAGE_INPUT)} });`,
    `  const list = await client.GET("/v1/messages", { params: { query: ${JSON.stringify(LIST_QUERY)} } });`,
    `  const contact = await client.GET("/v1/contacts/{id}", { params: { path: { id: ${JSON.stringify(CONTACT_ID)} } } });`,
    `  return [JSON.stringify(sent.data), JSON.stringify(list.data), JSON.stringify(contact.data)];`,
    `}`,
    ``,
  ].join("\n");
}

/** Both APIs through openapi-fetch: v1 sendMessage, the dated listTasks and getTask (version header given per call, as the types require). */
function openapiFetchBothApisUsage(dir: string): string {
  const version = `header: { "Quo-Api-Version": "2026-03-30" }`;
  return [
    `import createClient from "openapi-fetch";`,
    `import type { paths } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.openapiTypescript, "schema.js")))};`,
    `import type { paths as datedPaths } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.openapiTypescriptDated, "schema.js")))};`,
    `const v1 = createClient<paths>({ baseUrl: "https://api.openphone.com", headers: { Authorization: "test-key" } });`,
    `const dated = createClient<datedPaths>({ baseUrl: "https://api.quo.com", headers: { Authorization: "test-key" } });`,
    `export async function use(): Promise<string[]> {`,
    `  const sent = await v1.POST("/v1/messages", { body: ${JSON.stringify(SEND_MESSAGE_INPUT)} });`,
    `  const tasks = await dated.GET("/tasks", { params: { ${version}, query: ${JSON.stringify(LIST_TASKS_INPUT)} } });`,
    `  const task = await dated.GET("/tasks/{taskId}", { params: { ${version}, path: { taskId: ${JSON.stringify(TASK_ID)} } } });`,
    `  return [JSON.stringify(sent.data), JSON.stringify(tasks.data), JSON.stringify(task.data)];`,
    `}`,
    ``,
  ].join("\n");
}

function heyApiUsage(dir: string): string {
  return [
    `import { getContactByIdV1, listMessagesV1, sendMessageV1 } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.heyApi, "sdk.gen.js")))};`,
    `export async function use(): Promise<string[]> {`,
    `  const headers = { Authorization: "test-key" };`,
    `  const sent = await sendMessageV1({ body: ${JSON.stringify(SEND_MESSAGE_INPUT)}, headers });`,
    `  const list = await listMessagesV1({ query: ${JSON.stringify(LIST_QUERY)}, headers });`,
    `  const contact = await getContactByIdV1({ path: { id: ${JSON.stringify(CONTACT_ID)} }, headers });`,
    `  return [JSON.stringify(sent.data), JSON.stringify(list.data), JSON.stringify(contact.data)];`,
    `}`,
    ``,
  ].join("\n");
}

async function writeProject(dir: string, name: string, source: string): Promise<string> {
  await writeFile(join(dir, `${name}.ts`), source);
  const tsconfig = join(dir, `tsconfig.${name}.json`);
  await writeFile(tsconfig, `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${name}.ts`] }, null, 2)}\n`);
  return tsconfig;
}

export async function typecheckRow(context: BenchContext): Promise<Line[]> {
  await ensurePeerOutputs(context);
  // Without the dated package, the both-APIs line prints n/a; the v1 line is measured all the same.
  const datedPeerProblem = await ensureDatedPeerOutput(context).then(
    () => undefined,
    (error: unknown) => error,
  );
  const dir = join(TMP, "typecheck");
  await mkdir(dir, { recursive: true });
  const variants: Array<{ name: string; label: string; source: () => string }> = [
    { name: "baseline", label: "empty file", source: () => "export {};\n" },
    { name: "ours", label: "ours", source: () => oursUsageSource(dir) },
    { name: "openapi-typescript", label: "openapi-typescript + openapi-fetch", source: () => openapiFetchUsage(dir) },
    { name: "hey-api", label: "hey-api sdk", source: () => heyApiUsage(dir) },
    { name: "ours-both", label: "ours", source: () => oursBothApisUsageSource(dir) },
    {
      name: "openapi-typescript-both",
      label: "openapi-typescript + openapi-fetch",
      source: () => {
        if (datedPeerProblem !== undefined) throw datedPeerProblem;
        return openapiFetchBothApisUsage(dir);
      },
    },
  ];
  const tasks: Task<ProcessRun>[] = [];
  const problems = new Map<string, Cell>();
  for (const variant of variants) {
    try {
      const tsconfig = await writeProject(dir, variant.name, variant.source());
      tasks.push({
        name: variant.name,
        run: () => runProcess(process.execPath, [BIN.tsc, "--noEmit", "-p", tsconfig], { cwd: dir }),
        // A usage file that does not compile is reported with tsc's first error, not timed.
        check: (run) => (run.exitCode === 0 ? null : `does not type-check: ${firstTscError(run.stdout)}`),
      });
    } catch (error) {
      problems.set(variant.name, errorCell(error));
    }
  }
  const { warmups, runs } = processRepetitions(context);
  const outcomes = await interleave(tasks, warmups, runs, context.log);
  const baseline = medianCell(outcomes.get("baseline"), wall);
  const labelOf = (name: string): string => variants.find((v) => v.name === name)?.label ?? name;
  const cost = (name: string): Cell => {
    const problem = problems.get(name);
    if (problem) return problem;
    const cell = medianCell(outcomes.get(name), wall);
    if (cell.status !== "ok") return cell;
    if (baseline.status !== "ok") return failed("baseline did not run");
    return ok(cell.value - baseline.value, {
      samples: cell.samples ?? [],
      note: `${formatMs(cell.value)} − ${formatMs(baseline.value)} baseline`,
    });
  };
  return [
    {
      row: "typecheck",
      measured: "consumer tsc --noEmit cost: 3-call usage minus empty baseline",
      unit: "ms",
      better: "lower",
      ours: cost("ours"),
      peers: ["openapi-typescript", "hey-api"].map((name) => ({ name: labelOf(name), cell: cost(name) })),
    },
    {
      row: "typecheck",
      measured: "same, a usage of both APIs: v1 sendMessage + 2026-03-30 listTasks and getTask, minus empty baseline",
      unit: "ms",
      better: "lower",
      ours: cost("ours-both"),
      peers: [{ name: labelOf("openapi-typescript-both"), cell: cost("openapi-typescript-both") }],
    },
  ];
}

function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}

function firstTscError(output: string): string {
  const line = output.split("\n").find((l) => l.includes("error TS")) ?? output.split("\n")[0] ?? "";
  return line.trim().slice(0, 200);
}
