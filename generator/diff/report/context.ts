export interface ReportContext {
  base: { source: string; sha256: string };
  revision: { source: string; sha256: string };
  /** Colour the text report (the command sets it when stdout is a TTY). */
  color?: boolean;
}
