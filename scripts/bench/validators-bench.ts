/**
 * Quick local measure of the generated validators: throughput on the
 * sendMessage 202 response and a listMessages page of 100, next to Ajv
 * (standalone-free, compiled at run time here, fast and full formats), and the
 * esbuild-minified size of "validate a sendMessage request and its 202 response".
 *
 *   npx tsx scripts/bench/validators-bench.ts [path/to/spec.json]
 *
 * Numbers only; nothing here is asserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin, { type FormatsPlugin } from "ajv-formats";
import { build } from "esbuild";
import ts from "typescript";
import { z } from "zod";

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats: FormatsPlugin =
  (formatsPlugin as unknown as { default?: FormatsPlugin }).default ?? (formatsPlugin as unknown as FormatsPlugin);

import type { JsonObject } from "../../generator/core.js";
import { PACKAGE_COMPILER_OPTIONS } from "../../generator/emit/compile.js";
import { emitValidators } from "../../generator/emit/validators.js";
import { normalizeSpec } from "../../generator/load/normalize.js";
import { buildApiModel } from "../../generator/model/build.js";
import { applyOverlay } from "../../generator/overlay.js";

const specPath = process.argv[2] ?? path.resolve(process.cwd(), "test/fixtures/upstream/openphone-v1.2025-06-16.json");
const overlayPath = path.resolve(process.cwd(), "openphone.overlay.json");
const upstream = normalizeSpec(JSON.parse(readFileSync(specPath, "utf8")) as JsonObject).document;
const document = applyOverlay(upstream, JSON.parse(readFileSync(overlayPath, "utf8")) as JsonObject, overlayPath);
const files = emitValidators(buildApiModel(document));

const root = mkdtempSync(path.join(tmpdir(), "validators-bench-"));
const write = (file: string, contents: string): void => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), contents);
};
const transpile = (source: string, fileName: string): string =>
  ts.transpileModule(source, { compilerOptions: { ...PACKAGE_COMPILER_OPTIONS, declaration: false }, fileName }).outputText;
for (const f of files) write(f.path.replace(/\.ts$/, ".js"), transpile(f.contents, f.path));
write("src/runtime/validation.js", transpile(readFileSync("templates/runtime/validation.ts", "utf8"), "validation.ts"));
write("src/models.js", "export {};\n");
write("package.json", '{"type":"module","sideEffects":false}\n');

// biome-ignore lint/suspicious/noExplicitAny: loaded at run time
const v: any = await import(pathToFileURL(path.join(root, "src/validators/sendMessage.js")).href);
// biome-ignore lint/suspicious/noExplicitAny: loaded at run time
const list: any = await import(pathToFileURL(path.join(root, "src/validators/listMessages.js")).href);

const message = {
  id: "AC123abc",
  to: ["+15555555555"],
  from: "+15555555556",
  text: "Hello, world!",
  phoneNumberId: "PN123abc",
  direction: "outgoing",
  userId: "US123abc",
  status: "sent",
  createdAt: "2022-01-01T00:00:00Z",
  updatedAt: "2022-01-01T00:00:00Z",
};
const sent = { data: message };
const page = { data: Array.from({ length: 100 }, (_, i) => ({ ...message, id: `AC${i}` })), totalItems: 100, nextPageToken: null };

function opsPerSecond(run: () => unknown, ms = 1500): number {
  for (let i = 0; i < 2000; i++) run();
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 200; i++) run();
    count += 200;
    now = performance.now();
  }
  return (count / (now - start)) * 1000;
}

const schemaAt = (p: string, method: string, status: string): object =>
  // biome-ignore lint/suspicious/noExplicitAny: raw document walk
  (document as any).paths[p][method].responses[status].content["application/json"].schema;
const fmt = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(1)} k`);

const rows: Array<[string, () => unknown, () => unknown]> = [];
for (const mode of ["fast", "full"] as const) {
  const ajv = new Ajv2020({ strict: false, validateSchema: false });
  addFormats(ajv, { mode });
  const a202 = ajv.compile(schemaAt("/v1/messages", "post", "202"));
  const a200 = ajv.compile(schemaAt("/v1/messages", "get", "200"));
  rows.push([`ajv (${mode} formats)`, () => a202(sent), () => a200(page)]);
}
// zod 4, written the way @hey-api/openapi-ts's zod plugin writes this schema (same checks).
const zMessage = z.object({
  id: z.string().regex(/^AC(.*)$/),
  to: z.array(z.string().regex(/^\+[1-9]\d{1,14}$/)),
  from: z.string().regex(/^\+[1-9]\d{1,14}$/),
  text: z.string(),
  phoneNumberId: z.union([z.string().regex(/^PN(.*)$/), z.null()]),
  direction: z.enum(["incoming", "outgoing"]),
  userId: z.union([z.string().regex(/^US(.*)$/), z.null()]),
  status: z.enum(["queued", "sent", "delivered", "undelivered"]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const z202 = z.object({ data: zMessage });
const z200 = z.object({ data: z.array(zMessage), totalItems: z.number(), nextPageToken: z.union([z.string(), z.null()]) });
rows.push(["zod 4 (safeParse)", () => z202.safeParse(sent), () => z200.safeParse(page)]);
rows.unshift(
  ["generated, compatible (default)", () => v.sendMessageResponse202.validate(sent), () => list.listMessagesResponse200.validate(page)],
  [
    "generated, strict",
    () => v.sendMessageResponse202.validate(sent, { mode: "strict" }),
    () => list.listMessagesResponse200.validate(page, { mode: "strict" }),
  ],
);
if (
  !v.sendMessageResponse202.validate(sent, { mode: "strict" }).ok ||
  !list.listMessagesResponse200.validate(page, { mode: "strict" }).ok
) {
  throw new Error("bench payloads do not validate");
}
console.log("validator                          sendMessage 202     listMessages (100)");
for (const [name, one, hundred] of rows)
  console.log(`${name.padEnd(34)} ${fmt(opsPerSecond(one)).padStart(10)} ops/s  ${fmt(opsPerSecond(hundred)).padStart(10)} ops/s`);

write(
  "entry.js",
  'import { sendMessageRequest, sendMessageResponse202 } from "./src/validators/sendMessage.js";\nexport function check(input, body) { return [sendMessageRequest.validate(input), sendMessageResponse202.validate(body)]; }\n',
);
const bundle = await build({
  entryPoints: [path.join(root, "entry.js")],
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  target: "es2020",
});
const code = bundle.outputFiles[0]!.contents;
console.log(`bundle "validate a sendMessage request and its 202 response": ${code.length} B minified, ${gzipSync(code).length} B gzip`);
