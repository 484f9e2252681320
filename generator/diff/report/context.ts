/**
 * What every report renderer is given besides the changes. See README.md in
 * this folder for the plug-in points (leading sections, the JSON `surface`).
 */
export interface ReportContext {
  base: { source: string; sha256: string };
  /** The upstreams file's name for the document (`2026-03-30`), said in the report's title: several upstreams report alike. */
  upstream?: string;
  revision: { source: string; sha256: string };
  /** Colour the text report (the command sets it when stdout is a TTY). */
  color?: boolean;
  /**
   * Where the full, uncut report can be read, said when the markdown had to be
   * shortened or the text report folds detail ("`report.json`, next to this file").
   * Default: the `npm run diff -- … --format json` command.
   */
  fullReport?: string;
  /**
   * The file and line a change's JSON pointer lands on, for annotations
   * (`::warning file=…,line=…`). Paths relative to the repository root.
   */
  locate?: (pointer: string) => { file: string; line?: number } | undefined;
}

/**
 * A section rendered before the contract changes (e.g. "What changes in your
 * code" from the TypeScript surface diff). `items` are markdown list lines
 * without the leading "- "; `priority` says how long the section survives when
 * the report must be shortened: contract sections are docs 10, info 20,
 * warning 30, breaking 40; a leading section defaults to 50 (kept longest).
 */
export interface LeadingSection {
  title: string;
  items: readonly string[];
  priority?: number;
}

/** Optional extras every renderer accepts (renderReport's fourth argument). */
export interface ReportExtras {
  leading?: readonly LeadingSection[];
  /** Extra entries for the JSON report's `surface` array (the surface diff's changes); omitted when absent. */
  surface?: readonly unknown[];
}

export const DEFAULT_FULL_REPORT = "`npm run diff -- <base> <revision> --format json`";
