/** State of one `npm run bench` invocation, passed to every row (no module-level state). */
export interface BenchContext {
  /** Fewer repetitions, for development; figures are noisier. */
  quick: boolean;
  /** The snapshot spec every row runs on (see paths.ts snapshotSpec). */
  spec: string;
  /** The dated API's snapshot (paths.ts datedSnapshotSpec); undefined when that package is not there. */
  datedSpec?: string;
  log: (text: string) => void;
  /** Set by ensurePeerOutputs: the untimed peer generations other rows consume. */
  peerOutputs?: Promise<void>;
  /** Set by ensureDatedPeerOutput: openapi-typescript's types of the dated document. */
  datedPeerOutput?: Promise<void>;
}

export interface Repetitions {
  warmups: number;
  runs: number;
}

/** Whole-process rows: one warm-up then five timed runs (quick: one warm-up, two runs). */
export function processRepetitions(context: BenchContext): Repetitions {
  return context.quick ? { warmups: 1, runs: 2 } : { warmups: 1, runs: 5 };
}
