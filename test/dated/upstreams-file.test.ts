import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_UPSTREAM, readUpstreams, selectUpstreams } from "../../generator/upstreams.js";
import { tempDir } from "../helpers/paths.js";

const dir = tempDir("opgen-upstreams-file-");
function file(contents: unknown): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof contents === "string" ? contents : JSON.stringify(contents));
  return path;
}
const entry = {
  name: "v1",
  url: "https://example.com/a.json",
  out: "generated",
  package: "openphone-api",
  overlay: null,
  names: null,
  webhooks: null,
};

describe("openphone.upstreams.json", () => {
  it("absent: v1 alone, with today's defaults", () => {
    expect(readUpstreams(join(dir, "missing.json"))).toEqual([DEFAULT_UPSTREAM]);
  });

  it("reads entries in file order, null correction files meaning none", () => {
    const path = file({ upstreams: [entry, { ...entry, name: "2026-03-30", out: "generated-2026-03-30/", overlay: "x.json" }] });
    const upstreams = readUpstreams(path);
    expect(upstreams.map((u) => [u.name, u.out, u.overlay])).toEqual([
      ["v1", "generated", null],
      ["2026-03-30", "generated-2026-03-30", "x.json"],
    ]);
    expect(selectUpstreams(upstreams, "2026-03-30", path).map((u) => u.name)).toEqual(["2026-03-30"]);
    expect(selectUpstreams(upstreams, undefined, path)).toHaveLength(2);
  });

  it.each([
    ["not JSON", "{", /is not valid JSON/],
    ["no list", { upstreams: [] }, /"upstreams" is not a non-empty array/],
    ["unknown key", { upstreams: [{ ...entry, branch: "x" }] }, /upstreams\[0\]\.branch is not known/],
    ["a URL that is not http(s)", { upstreams: [{ ...entry, url: "file:///etc/passwd" }] }, /upstreams\[0\]\.url is "file:/],
    ["two upstreams in one folder", { upstreams: [entry, { ...entry, name: "b" }] }, /upstreams\[1\]\.out repeats "generated"/],
    ["a repeated name", { upstreams: [entry, { ...entry, out: "other" }] }, /upstreams\[1\]\.name repeats "v1"/],
  ])("refuses %s, naming the file and the place", (_, contents, message) => {
    const path = file(contents);
    expect(() => readUpstreams(path)).toThrow(message);
    expect(() => readUpstreams(path)).toThrow(path);
  });
});
