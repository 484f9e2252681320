/**
 * The suites that depend on the snapshot's content and derive their expectations from it
 * (test/helpers/generated.ts). accept-other-upstream.test.ts runs them against a package
 * accepted from another upstream: whatever valid document a user accepts, these stay green.
 * A new snapshot-dependent suite belongs here once it reads the snapshot instead of naming
 * an upstream file.
 */
export const SNAPSHOT_SUITES: readonly string[] = [
  "test/generated/up-to-date.test.ts",
  "test/package/readme.test.ts",
  "test/package/compile.test.ts",
  "test/package/run-generate.test.ts",
  "test/cli/launcher.test.ts",
  "test/client/prism.test.ts",
];
