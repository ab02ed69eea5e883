// What one import stores: the vocabulary the import pipeline (which builds
// it) and the database (which stores it) share. Nothing in it is specific to
// a file format.
import type { MergePolicy, PeriodTable } from './period-table';
import type { Commune, PeriodCode } from './types';

/** The shape of a file's table: one value a row, one report a row, or one commune's statistical form. */
export type FileLayout = 'long' | 'wide' | 'form';

/** A commune name the officer mapped onto a known commune, remembered for the next file. */
export interface CommuneAlias {
  /** The name as written in a file. */
  readonly alias: string;
  readonly communeId: string;
}

export interface NameAsWritten {
  readonly written: string;
  readonly communeId: string;
}

export interface ImportBatch {
  /** The file's name, or the names of the files stored together. */
  readonly fileName: string;
  /** SHA-256 of the file's bytes, lowercase hex (several, comma-separated, for files stored together). */
  readonly hash: string;
  readonly byteLength: number;
  readonly layout: FileLayout;
  /** As the importer named it (`utf-8`, `windows-1258`…). */
  readonly encoding: string;
  /** Communes the files introduced; ones already stored are left as they are. */
  readonly newCommunes: readonly Commune[];
  readonly aliases: readonly CommuneAlias[];
  /** Names the files wrote otherwise than the app keeps them ("UBND xã Hy Cương" for "Xã Hy Cương"), for the history. */
  readonly namesAsWritten: readonly NameAsWritten[];
  /** One table per period, one row per commune. */
  readonly tables: readonly PeriodTable[];
  /** How a row meets the stored report of the same commune and period. */
  readonly policy: MergePolicy;
}

/** The key of a report (one commune, one period) in sets and maps. */
export function reportKey(period: PeriodCode, communeId: string): string {
  return `${period}|${communeId}`;
}
