/**
 * The upstreams the project follows, from the committed `openphone.upstreams.json`: one entry
 * per published contract (v1, the dated 2026-03-30 API...), each with its own URL, package
 * folder (snapshot, meta, CHANGELOG and version live there) and correction files. Without the
 * file, the one upstream of old: v1 into generated/ with the default correction files.
 */
import { existsSync } from "node:fs";
import { InputError } from "./errors.js";
import { readJsonInput } from "./load/document.js";
import { PUBLISHED_SPEC_URL } from "./load/fetch.js";

export const UPSTREAMS_FILE = "openphone.upstreams.json";

export interface Upstream {
  /** What `--upstream` selects and reports print, e.g. "v1", "2026-03-30". */
  name: string;
  /** Where the document is published. */
  url: string;
  /** The package folder, snapshot included. */
  out: string;
  /** The generated package's npm name. */
  packageName: string;
  /**
   * Correction files: a path (it must exist), null for none (the v1 overlay must not touch
   * another contract), or absent for the default file when it exists (no upstreams file).
   */
  overlay?: string | null;
  names?: string | null;
  webhooks?: string | null;
}

/** What runs when there is no upstreams file: today's defaults (each correction file read when it exists). */
export const DEFAULT_UPSTREAM: Upstream = {
  name: "v1",
  url: PUBLISHED_SPEC_URL,
  out: "generated",
  packageName: "openphone-api",
};

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PACKAGE = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/** The upstreams in file order (the order `generate` runs them). */
export function readUpstreams(file: string = UPSTREAMS_FILE): Upstream[] {
  if (!existsSync(file)) return [DEFAULT_UPSTREAM];
  const parsed = readJsonInput(file, { flag: UPSTREAMS_FILE, what: "upstreams file", format: "described in README.md (Upstreams)" });
  const fail = (where: string, what: string): never => {
    throw new InputError(
      `${file}: ${where} ${what}. Expected { "upstreams": [{ "name", "url", "out", "package", "overlay", "names", "webhooks" }, ...] }: name letters, digits, ".", "_" or "-"; url http(s); out a folder; package an npm name; each correction file a path or null. See README.md (Upstreams).`,
    );
  };
  const list = (parsed as { upstreams?: unknown } | null)?.upstreams;
  if (!Array.isArray(list) || list.length === 0) return fail('"upstreams"', "is not a non-empty array");
  const seen = { name: new Set<string>(), out: new Set<string>() };
  return list.map((entry: unknown, index): Upstream => {
    const where = `upstreams[${index}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(where, "is not an object");
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (!["name", "url", "out", "package", "overlay", "names", "webhooks"].includes(key)) fail(`${where}.${key}`, "is not known");
    const text = (key: string, test: (v: string) => boolean): string => {
      const value = e[key];
      if (typeof value !== "string" || !test(value)) fail(`${where}.${key}`, `is ${JSON.stringify(value)}`);
      return value as string;
    };
    const file = (key: string): string | null => (e[key] === null ? null : text(key, (v) => v.trim() !== ""));
    const upstream: Upstream = {
      name: text("name", (v) => NAME.test(v)),
      url: text("url", (v) => /^https?:\/\//.test(v)),
      out: text("out", (v) => v.trim() !== "").replace(/\/+$/, ""),
      packageName: text("package", (v) => PACKAGE.test(v)),
      overlay: file("overlay"),
      names: file("names"),
      webhooks: file("webhooks"),
    };
    if (seen.name.has(upstream.name)) fail(`${where}.name`, `repeats ${JSON.stringify(upstream.name)}`);
    if (seen.out.has(upstream.out)) fail(`${where}.out`, `repeats ${JSON.stringify(upstream.out)}: each upstream needs its own folder`);
    seen.name.add(upstream.name);
    seen.out.add(upstream.out);
    return upstream;
  });
}

/** `--upstream <name>`: that one; none given: all of them, in order. */
export function selectUpstreams(all: Upstream[], name: string | undefined, file: string = UPSTREAMS_FILE): Upstream[] {
  if (name === undefined) return all;
  const found = all.find((u) => u.name === name);
  if (!found) {
    const where = existsSync(file) ? file : `the defaults (no ${file})`;
    throw new InputError(
      `--upstream ${JSON.stringify(name)} is not listed in ${where}. Known upstreams: ${all.map((u) => u.name).join(", ")}. Use one of them, or add an entry to ${file}.`,
    );
  }
  return [found];
}

/**
 * With several upstreams, each writes its own report: the first (v1)
 * at the path given, the others beside it with their name (`report.md` -> `report.2026-03-30.md`).
 */
export function reportFileOf(report: string, upstream: Pick<Upstream, "name">, index: number): string {
  if (index === 0) return report;
  const dot = report.lastIndexOf(".");
  const slash = Math.max(report.lastIndexOf("/"), report.lastIndexOf("\\"));
  return dot > slash + 1 ? `${report.slice(0, dot)}.${upstream.name}${report.slice(dot)}` : `${report}.${upstream.name}`;
}
