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
import { oursSendModuleSource, SEND_MESSAGE_INPUT } from "../ours.js";
import { ROOT, TMP } from "../paths.js";
import { ensurePeerOutputs, PEER_OUTPUT } from "../peers.js";
import { type Cell, type Line, ok } from "../table.js";
import { errorCell } from "./common.js";

function importPath(from: string, file: string): string {
  const path = relative(from, file).replace(/\\/g, "/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Entry sources, each a module whose side effect is one sendMessage call. */
function entries(dir: string): Array<{ name: string; source: () => string }> {
  const call = `makeSend("https://api.openphone.com")().then((r) => console.log(r));\n`;
  return [
    { name: "ours", source: () => `${oursSendModuleSource(dir, "createClient")}${call}` },
    { name: "ours (single operation)", source: () => `${oursSendModuleSource(dir, "single operation")}${call}` },
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
  const line = (measured: string, ours: string, cells: Map<string, Cell>): Line => ({
    row: "bundle",
    measured,
    unit: "bytes",
    better: "lower",
    ours: cells.get(ours) ?? errorCell(new Error("missing")),
    peers: peers(cells),
  });
  return [
    line("import + call sendMessage, esbuild minified (ours: createClient)", "ours", minified),
    line("same, gzip -9", "ours", gzipped),
    line("import + call sendMessage, minified (ours: the single operation module)", "ours (single operation)", minified),
    line("same, gzip -9", "ours (single operation)", gzipped),
  ];
}
