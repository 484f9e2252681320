/**
 * Row "bundle": what an app ships to import and call sendMessage once (and, for the dated
 * 2026-03-30 API, listTasks once).
 * esbuild --bundle --minify --format=esm (platform browser), then gzip level 9.
 * Deterministic, so measured once.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { BenchContext } from "../context.js";
import { LIST_TASKS_INPUT, oursDatedListTasksModuleSource, oursSendModuleSource, oursWebhooksEntry, SEND_MESSAGE_INPUT } from "../ours.js";
import { ROOT, TMP } from "../paths.js";
import { ensureDatedPeerOutput, ensurePeerOutputs, PEER_OUTPUT } from "../peers.js";
import { type Cell, type Goal, type Line, ok } from "../table.js";
import { errorCell } from "./common.js";

/**
 * The goal for a client that calls sendMessage: at or under openapi-fetch, with request
 * and response validation. `createClient` binds every operation on purpose: it is context.
 */
const AT_OR_UNDER_OPENAPI_FETCH: Goal = {
  text: "≤ openapi-fetch",
  peer: "openapi-fetch + openapi-typescript types",
  max: 1,
  unmet: "behaviour openapi-fetch lacks (retries, limiter, timeouts, redirects, redaction, both validators)",
};
/** A line read for context: no goal of its own. */
const CONTEXT_ONLY = null;

function importPath(from: string, file: string): string {
  const path = relative(from, file).replace(/\\/g, "/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Which API an entry calls: a line compares only entries of its own API. */
type Api = "v1" | "2026-03-30";

interface Entry {
  /** Unique key of the entry's figures. */
  name: string;
  api: Api;
  /** Set on a peer: the name its lines print (the same for both APIs, so one goal reads both). */
  peer?: string;
  source: () => string;
}

const OPENAPI_FETCH = AT_OR_UNDER_OPENAPI_FETCH.peer;

/** Entry sources, each a module whose side effect is one call (v1 sendMessage, or the dated listTasks). */
function entries(dir: string, datedPeerProblem: unknown): Entry[] {
  const call = `makeSend("https://api.openphone.com")().then((r) => console.log(r));\n`;
  const datedCall = `makeListTasks("https://api.quo.com")().then((r) => console.log(r));\n`;
  return [
    { name: "ours", api: "v1", source: () => `${oursSendModuleSource(dir, "createClient")}${call}` },
    { name: "ours (createClientFor)", api: "v1", source: () => `${oursSendModuleSource(dir, "createClientFor")}${call}` },
    { name: "ours (single operation)", api: "v1", source: () => `${oursSendModuleSource(dir, "single operation")}${call}` },
    // A webhook receiver: no peer ships these, so the lines are context (size against nothing).
    ...["parseWebhook", "verifyWebhook"].map(
      (name): Entry => ({
        name: `ours (${name})`,
        api: "v1",
        source: () =>
          `import { ${name} } from ${JSON.stringify(importPath(dir, oursWebhooksEntry()))};\n(globalThis as Record<string, unknown>).entry = ${name};\n`,
      }),
    ),
    {
      name: OPENAPI_FETCH,
      api: "v1",
      peer: OPENAPI_FETCH,
      source: () =>
        [
          `import createClient from "openapi-fetch";`,
          `import type { paths } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.openapiTypescript, "schema.js")))};`,
          `const client = createClient<paths>({ baseUrl: "https://api.openphone.com", headers: { Authorization: "test-key" } });`,
          `client.POST("/v1/messages", { body: ${JSON.stringify(SEND_MESSAGE_INPUT)} }).then((r) => console.log(r.data));`,
          ``,
        ].join("\n"),
    },
    {
      name: "hey-api client (sdk)",
      api: "v1",
      peer: "hey-api client (sdk)",
      source: () =>
        [
          `import { sendMessageV1 } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.heyApi, "sdk.gen.js")))};`,
          `sendMessageV1({ body: ${JSON.stringify(SEND_MESSAGE_INPUT)}, headers: { Authorization: "test-key" } }).then((r) => console.log(r.data));`,
          ``,
        ].join("\n"),
    },
    {
      name: "ours 2026-03-30 (createClientFor)",
      api: "2026-03-30",
      source: () => `${oursDatedListTasksModuleSource(dir, "createClientFor")}${datedCall}`,
    },
    {
      name: "ours 2026-03-30 (single operation)",
      api: "2026-03-30",
      source: () => `${oursDatedListTasksModuleSource(dir, "single operation")}${datedCall}`,
    },
    {
      name: `${OPENAPI_FETCH} (2026-03-30)`,
      api: "2026-03-30",
      peer: OPENAPI_FETCH,
      source: () => {
        if (datedPeerProblem !== undefined) throw datedPeerProblem;
        // The version header is a required parameter in openapi-typescript's types: given on the call.
        return [
          `import createClient from "openapi-fetch";`,
          `import type { paths } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.openapiTypescriptDated, "schema.js")))};`,
          `const client = createClient<paths>({ baseUrl: "https://api.quo.com", headers: { Authorization: "test-key" } });`,
          `client.GET("/tasks", { params: { header: { "Quo-Api-Version": "2026-03-30" }, query: ${JSON.stringify(LIST_TASKS_INPUT)} } }).then((r) => console.log(r.data));`,
          ``,
        ].join("\n");
      },
    },
  ];
}

export async function bundleRow(context: BenchContext): Promise<Line[]> {
  await ensurePeerOutputs(context);
  // Without the dated package, its lines print n/a; the v1 lines are measured all the same.
  const datedPeerProblem = await ensureDatedPeerOutput(context).then(
    () => undefined,
    (error: unknown) => error,
  );
  const dir = join(TMP, "bundle");
  await mkdir(dir, { recursive: true });
  const minified = new Map<string, Cell>();
  const gzipped = new Map<string, Cell>();
  const all = entries(dir, datedPeerProblem);
  for (const [index, entry] of all.entries()) {
    try {
      const file = join(dir, `entry-${index}.ts`);
      await writeFile(file, entry.source());
      const result = await build({
        entryPoints: [file],
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        target: "es2020",
        write: false,
        logLevel: "silent",
        absWorkingDir: ROOT,
      });
      const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
      minified.set(entry.name, ok(bytes.byteLength));
      gzipped.set(entry.name, ok(gzipSync(bytes, { level: 9 }).byteLength));
      context.log(`  ${entry.name}: ${bytes.byteLength} B minified`);
    } catch (error) {
      minified.set(entry.name, errorCell(error));
      gzipped.set(entry.name, errorCell(error));
    }
  }
  const peers = (cells: Map<string, Cell>, api: Api) =>
    all
      .filter((entry) => entry.peer !== undefined && entry.api === api)
      .map((entry) => ({ name: entry.peer ?? entry.name, cell: cells.get(entry.name) ?? errorCell(new Error("missing")) }));
  const line = (measured: string, ours: string, cells: Map<string, Cell>, goal: Goal | null = AT_OR_UNDER_OPENAPI_FETCH): Line => {
    const api = all.find((entry) => entry.name === ours)?.api ?? "v1";
    return {
      row: "bundle",
      measured,
      unit: "bytes",
      better: "lower",
      ours: cells.get(ours) ?? errorCell(new Error("missing")),
      peers: ours.includes("Webhook") ? [] : peers(cells, api),
      ...(goal ? { goal } : {}),
    };
  };
  return [
    line("import + call sendMessage, esbuild minified (ours: createClient, every operation)", "ours", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours", gzipped, CONTEXT_ONLY),
    line("import + call sendMessage, minified (ours: createClientFor, the operations given)", "ours (createClientFor)", minified),
    line("same, gzip -9", "ours (createClientFor)", gzipped),
    line("import + call sendMessage, minified (ours: the single operation module)", "ours (single operation)", minified),
    line("same, gzip -9", "ours (single operation)", gzipped),
    line("2026-03-30: import + call listTasks, minified (ours: createClientFor)", "ours 2026-03-30 (createClientFor)", minified),
    line("same, gzip -9", "ours 2026-03-30 (createClientFor)", gzipped),
    line(
      "2026-03-30: import + call listTasks, minified (ours: the single operation module)",
      "ours 2026-03-30 (single operation)",
      minified,
    ),
    line("same, gzip -9", "ours 2026-03-30 (single operation)", gzipped),
    line("webhook receiver: import parseWebhook, minified", "ours (parseWebhook)", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours (parseWebhook)", gzipped, CONTEXT_ONLY),
    line("webhook receiver: import verifyWebhook, minified", "ours (verifyWebhook)", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours (verifyWebhook)", gzipped, CONTEXT_ONLY),
  ];
}
