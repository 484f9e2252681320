/**
 * Row "bundle": what an app ships to import and call sendMessage once.
 * esbuild --bundle --minify --format=esm (platform browser), then gzip level 9.
 * Deterministic, so measured once.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { BenchContext } from "../context.js";
import { oursSendModuleSource, oursWebhooksEntry, SEND_MESSAGE_INPUT } from "../ours.js";
import { ROOT, TMP } from "../paths.js";
import { ensurePeerOutputs, PEER_OUTPUT } from "../peers.js";
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

/** Entry sources, each a module whose side effect is one sendMessage call. */
function entries(dir: string): Array<{ name: string; source: () => string }> {
  const call = `makeSend("https://api.openphone.com")().then((r) => console.log(r));\n`;
  return [
    { name: "ours", source: () => `${oursSendModuleSource(dir, "createClient")}${call}` },
    { name: "ours (createClientFor)", source: () => `${oursSendModuleSource(dir, "createClientFor")}${call}` },
    { name: "ours (single operation)", source: () => `${oursSendModuleSource(dir, "single operation")}${call}` },
    // A webhook receiver: no peer ships these, so the lines are context (size against nothing).
    ...["parseWebhook", "verifyWebhook"].map((name) => ({
      name: `ours (${name})`,
      source: () =>
        `import { ${name} } from ${JSON.stringify(importPath(dir, oursWebhooksEntry()))};\n(globalThis as Record<string, unknown>).entry = ${name};\n`,
    })),
    {
      name: "openapi-fetch + openapi-typescript types",
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
      source: () =>
        [
          `import { sendMessageV1 } from ${JSON.stringify(importPath(dir, join(PEER_OUTPUT.heyApi, "sdk.gen.js")))};`,
          `sendMessageV1({ body: ${JSON.stringify(SEND_MESSAGE_INPUT)}, headers: { Authorization: "test-key" } }).then((r) => console.log(r.data));`,
          ``,
        ].join("\n"),
    },
  ];
}

export async function bundleRow(context: BenchContext): Promise<Line[]> {
  await ensurePeerOutputs(context);
  const dir = join(TMP, "bundle");
  await mkdir(dir, { recursive: true });
  const minified = new Map<string, Cell>();
  const gzipped = new Map<string, Cell>();
  for (const [index, entry] of entries(dir).entries()) {
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
  const peers = (cells: Map<string, Cell>) =>
    [...cells].filter(([name]) => !name.startsWith("ours")).map(([name, cell]) => ({ name, cell }));
  const line = (measured: string, ours: string, cells: Map<string, Cell>, goal: Goal | null = AT_OR_UNDER_OPENAPI_FETCH): Line => ({
    row: "bundle",
    measured,
    unit: "bytes",
    better: "lower",
    ours: cells.get(ours) ?? errorCell(new Error("missing")),
    peers: ours.includes("Webhook") ? [] : peers(cells),
    ...(goal ? { goal } : {}),
  });
  return [
    line("import + call sendMessage, esbuild minified (ours: createClient, every operation)", "ours", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours", gzipped, CONTEXT_ONLY),
    line("import + call sendMessage, minified (ours: createClientFor, the operations given)", "ours (createClientFor)", minified),
    line("same, gzip -9", "ours (createClientFor)", gzipped),
    line("import + call sendMessage, minified (ours: the single operation module)", "ours (single operation)", minified),
    line("same, gzip -9", "ours (single operation)", gzipped),
    line("webhook receiver: import parseWebhook, minified", "ours (parseWebhook)", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours (parseWebhook)", gzipped, CONTEXT_ONLY),
    line("webhook receiver: import verifyWebhook, minified", "ours (verifyWebhook)", minified, CONTEXT_ONLY),
    line("same, gzip -9", "ours (verifyWebhook)", gzipped, CONTEXT_ONLY),
  ];
}
