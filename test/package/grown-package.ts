/**
 * The committed generated/ today holds only raw types. These helpers build,
 * in a temporary folder, the package as it will look once every emitter is
 * wired (errors, client, per-operation files, validators, an internal runtime),
 * through the real compileSources and emitPackageJson, so the packaging is
 * tested on the shapes it must grow into without edits.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { GeneratedFile, SnapshotMeta } from "../../generator/core.js";
import { compileSources } from "../../generator/emit/compile.js";
import { emitPackageJson } from "../../generator/emit/package-files.js";
import { tempDir } from "../helpers/paths.js";

export const COMMITTED = resolve("generated");

const EXTRA_SOURCES: GeneratedFile[] = [
  {
    path: "src/runtime/http.ts",
    contents: `export function joinUrl(base: string, path: string): string {\n  return base.replace(/\\/+$/, "") + path;\n}\n`,
  },
  {
    path: "src/errors.ts",
    contents: [
      "export class OpenPhoneError extends Error {",
      "  readonly status: number;",
      "  readonly code: string;",
      "  constructor(status: number, code: string) {",
      "    super(`OpenPhone API error ${status} (${code})`);",
      "    this.status = status;",
      "    this.code = code;",
      "  }",
      "}",
      "",
    ].join("\n"),
  },
  {
    path: "src/operations/sendMessage.ts",
    contents: [
      'import type { operations } from "../openapi.js";',
      'import { joinUrl } from "../runtime/http.js";',
      'export type SendMessageInput = operations["sendMessage_v1"]["requestBody"]["content"]["application/json"];',
      "export function sendMessageRequest(baseUrl: string, input: SendMessageInput): { url: string; body: string } {",
      '  return { url: joinUrl(baseUrl, "/v1/messages"), body: JSON.stringify(input) };',
      "}",
      "",
    ].join("\n"),
  },
  {
    path: "src/validators/sendMessage.ts",
    contents:
      'export function isSendMessageInput(value: unknown): boolean {\n  return typeof value === "object" && value !== null && "content" in value;\n}\n',
  },
  { path: "src/validators/index.ts", contents: 'export { isSendMessageInput } from "./sendMessage.js";\n' },
];

const INDEX_ADDITIONS =
  'export { OpenPhoneError } from "./errors.js";\nexport { sendMessageRequest, type SendMessageInput } from "./operations/sendMessage.js";\n';

/** The grown package's sources: the committed ones plus EXTRA_SOURCES, index extended. */
export function grownSources(): GeneratedFile[] {
  const committed = ["src/index.ts", "src/openapi.ts"].map((path) => ({ path, contents: readFileSync(join(COMMITTED, path), "utf8") }));
  const index = committed.find((file) => file.path === "src/index.ts")!;
  index.contents += INDEX_ADDITIONS;
  return [...committed, ...EXTRA_SOURCES];
}

/** Writes the grown package (snapshot, README, CHANGELOG copied from generated/) and returns its folder. */
export function writeGrownPackage(): string {
  const dir = tempDir("opgen-grown-");
  cpSync(COMMITTED, dir, { recursive: true });
  const sources = grownSources();
  const meta = JSON.parse(readFileSync(join(COMMITTED, "openapi.meta.json"), "utf8")) as SnapshotMeta;
  const document = JSON.parse(readFileSync(join(COMMITTED, "openapi.json"), "utf8"));
  const files = [
    ...sources,
    ...compileSources(sources),
    emitPackageJson({ version: "1.2.3", meta, document, sourcePaths: sources.map((s) => s.path) }),
  ];
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: GeneratedFile[]): void {
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}
