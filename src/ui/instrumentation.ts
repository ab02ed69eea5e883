// The one place the app tells the benchmark (tests/bench/README.md) what it
// did: User Timing marks with fixed names, the last import's figures carried
// in its mark's `detail`. Nothing else in the app exists for the benchmark.

export const MARKS = {
  /** Files were chosen (or read again with another choice). */
  importStart: 'cchc:import:start',
  /** A file's plan came back from the worker. */
  importParsed: 'cchc:import:parsed',
  /** A file was stored; `detail` is an ImportStoredDetail. */
  importStored: 'cchc:import:stored',
  /** A league table rendered (React committed it). */
  tableRendered: 'cchc:table:rendered',
} as const;

export interface ImportStoredDetail {
  /** The worker's stages for the file. */
  readonly timings: { readonly decodeMs: number; readonly parseMs: number; readonly validateMs: number };
  readonly valueCount: number;
  /** From the click to the end of the database transaction. */
  readonly commitMs: number;
}

export function markImportStart(): void {
  performance.mark(MARKS.importStart);
}

export function markImportParsed(): void {
  performance.mark(MARKS.importParsed);
}

export function markImportStored(detail: ImportStoredDetail): void {
  performance.mark(MARKS.importStored, { detail });
}

export function markTableRendered(): void {
  performance.mark(MARKS.tableRendered);
}

/** The figures of the last stored file, as the benchmark reads them. */
export function lastImportStored(): ImportStoredDetail | null {
  const entry = performance.getEntriesByName(MARKS.importStored, 'mark').at(-1) as PerformanceMark | undefined;
  return (entry?.detail as ImportStoredDetail | undefined) ?? null;
}
