// The contract between the import pipeline, the import page and the database
// code: what a file was understood to contain, before anything is stored.
import type { FileLayout } from '../domain/import-batch';
import type { PeriodTable } from '../domain/period-table';
import type { BaseCode, CommuneType, PeriodCode } from '../domain/types';

/** One thing wrong (or worth a look) in a file; `message` is Vietnamese and names file, row and column. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based line of the file, as a spreadsheet shows it; null when the problem is about the whole file. */
  readonly row: number | null;
  /** The column's header as written in the file. */
  readonly column: string | null;
  /** The offending text as written. */
  readonly text: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Stable machine-readable kind, e.g. `not_whole`, `unclosed_quote`. */
  readonly code: string;
}

export type CommuneMatch =
  | { readonly kind: 'code' | 'name' | 'name_without_prefix' | 'remembered'; readonly communeId: string }
  | { readonly kind: 'new'; readonly newId: string; readonly suggestions: readonly string[] /* commune ids */ };

export interface FileCommune {
  readonly key: number;
  readonly code: string | null;
  /** The name as the app keeps it ("Xã Hy Cương"). */
  readonly name: string;
  /** The name as the file wrote it, where that differs ("UBND xã Hy Cương - Tỉnh Phú Thọ"). */
  readonly written?: string;
  readonly type: CommuneType | null;
  readonly match: CommuneMatch;
}

/** The values of one period in a plan: the domain's PeriodTable, its rows the file communes' keys. */
export type PlanBlock = PeriodTable<Int32Array>;

export type IdRole = 'commune_code' | 'commune_name' | 'period' | 'indicator' | 'value' | 'note' | 'unit' | 'row_number';

export type ColumnMatch =
  | { readonly kind: 'indicator'; readonly code: BaseCode }
  | { readonly kind: 'id'; readonly role: IdRole }
  | { readonly kind: 'unmatched'; readonly candidates: readonly BaseCode[] };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type Separator = ',' | ';' | '\t';
export type NumberConvention = 'vi' | 'en';

export interface ImportPlan {
  readonly fileName: string;
  readonly byteLength: number;
  /** SHA-256 of the file's bytes, lowercase hex. */
  readonly hash: string;
  readonly encoding: string;
  readonly separator: Separator | null;
  readonly layout: FileLayout | null;
  readonly numberConvention: NumberConvention;
  /** Why the convention was chosen, in Vietnamese, shown in the preview. */
  readonly conventionReason: string;
  readonly columns: readonly { readonly index: number; readonly header: string; readonly match: ColumnMatch }[];
  readonly communes: readonly FileCommune[];
  readonly periods: readonly PeriodCode[];
  readonly blocks: readonly PlanBlock[];
  /** Data rows read (after the header). */
  readonly rowCount: number;
  /** Rows left out because of at least one error (never stored as zero). */
  readonly rowsWithErrors: number;
  /** Values that will be stored. */
  readonly valueCount: number;
  /** At most ~1,000; a last `problems_truncated` entry says how many there were. */
  readonly problems: readonly ImportProblem[];
  /** What the user must choose before the file can be stored (form files that name no commune or period). */
  readonly needs: { readonly commune: boolean; readonly period: boolean };
  /** True when nothing in the file can be stored; `problems` says why. */
  readonly fatal: boolean;
  readonly timings: { readonly decodeMs: number; readonly parseMs: number; readonly validateMs: number };
}

export interface ImportContext {
  readonly knownCommunes: readonly { readonly id: string; readonly code: string | null; readonly name: string }[];
  readonly aliases: readonly { readonly alias: string; readonly communeId: string }[];
  /** The user's choice in the preview, overriding detection. */
  readonly numberConvention?: NumberConvention;
  readonly formCommuneName?: string;
  readonly formPeriod?: PeriodCode;
}

export interface ImportProgress {
  readonly stage: 'decode' | 'parse' | 'validate';
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rows: number;
}
