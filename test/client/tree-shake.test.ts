/**
 * What a bundler keeps: `createClientFor(options, { sendMessage })` carries sendMessage and
 * nothing of the other operations, while `createClient` (the control) carries every one.
 * esbuild, as an app would bundle the package (minified ESM, browser platform).
 */
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const INDEX = resolve(process.cwd(), "generated/src/index.ts");
const DATED_INDEX = resolve(process.cwd(), "generated-2026-03-30/src/index.ts");

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const call = `.sendMessage({ from: "+15555550100", to: ["+15555550101"], content: "hi" }).then(console.log);\n`;

describe("bundling a client", () => {
  it("createClientFor keeps only the operations it is given", async () => {
    const code = await bundle(
      `import { createClientFor, sendMessage } from ${JSON.stringify(INDEX)};\ncreateClientFor({ apiKey: "k" }, { sendMessage })${call}`,
    );
    expect(code).toContain('"sendMessage_v1"');
    for (const other of ["listCalls_v1", "getContactById_v1", "createContact_v1", "listMessages_v1"]) expect(code).not.toContain(other);
  });

  it("createClient keeps every operation (the control)", async () => {
    const code = await bundle(`import { createClient } from ${JSON.stringify(INDEX)};\ncreateClient({ apiKey: "k" })${call}`);
    for (const id of ["sendMessage_v1", "listCalls_v1", "getContactById_v1", "createContact_v1", "listMessages_v1"])
      expect(code).toContain(id);
  });

  it("a dated createClientFor keeps only its operation, though the client module names every list's paging", async () => {
    const code = await bundle(
      `import { createClientFor, listTasks } from ${JSON.stringify(DATED_INDEX)};\ncreateClientFor({ apiKey: "k" }, { listTasks }).listTasks({ limit: 10 }).then(console.log);\n`,
    );
    expect(code).toContain('"tasks.list"');
    for (const other of ["listCalls", "listMessages", "listWebhookDeliveries", "listContacts"]) expect(code).not.toContain(`"${other}"`);
  });
});
