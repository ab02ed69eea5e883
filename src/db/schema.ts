// The Dexie schema and its migrations: the only place that knows how values
// are laid out on disk. IndexedDB costs ~130–230 µs per record whatever its
// size (measured in headless Chromium here), so values are stored as one
// record per period holding typed arrays (1.19M values write in ~0.15 s), and
// since v3 all communes are one record (3,300 records took ~0.5 s to add).
import Dexie, { type Table } from 'dexie';
import type { CommuneAlias, FileLayout, NameAsWritten } from '../domain/import-batch';
import type { PeriodTable } from '../domain/period-table';
import type { Commune, PeriodCode } from '../domain/types';
import type { Target } from '../domain/targets';
import { simplify } from '../domain/text';

/** Current schema version; backups carry it, and older ones are migrated on restore. */
export const SCHEMA_VERSION = 4;
export type SchemaVersion = 1 | 2 | 3 | 4;

export interface CommuneRecord extends Commune {
  /** Lower-cased, NFC, single-spaced name, indexed for lookups by name (added in v2). */
  readonly normName: string;
}

/**
 * One period's values as stored: the domain's PeriodTable, with which import
 * wrote each value and the column order it was written in (the base codes at
 * write time, so a catalog that later appends indicators still reads old
 * records). An undo record keeps the rows an import met in the same shape.
 */
export interface PeriodRecord extends PeriodTable {
  /**
   * Which import last wrote each value, in the shape of `values`; 0 where none
   * did. An import that emptied a value (replacing a report) owns it too, so
   * undoing it can put the value back; a row with no value left but owned
   * cells stays stored (readers skip it) for the same reason. Per value, not
   * per row (v4): a file sets the values it has and keeps the others, so one
   * report holds values of several imports.
   */
  readonly valueImportIds: Uint32Array;
  readonly columns: readonly string[];
}

export interface ImportMeta {
  readonly id: number;
  readonly fileName: string;
  /** Content hash of the file, to recognise a file imported twice. */
  readonly hash: string;
  readonly byteLength: number;
  readonly importedAt: number;
  readonly layout: FileLayout;
  /** As the importer named it (`utf-8`, `windows-1258`…). */
  readonly encoding: string;
  /** Values present (not missing) in the file's tables. */
  readonly valueCount: number;
  readonly communeCount: number;
  readonly periods: readonly PeriodCode[];
  /** Commune-period rows that replaced stored ones. */
  readonly replacedCount: number;
  /** Commune-period rows that did not exist before. */
  readonly addedCount: number;
  readonly newCommuneIds: readonly string[];
  /** Names the file wrote otherwise than they are kept (absent in imports before v4). */
  readonly namesAsWritten?: readonly NameAsWritten[];
  readonly undoneAt: number | null;
}

export interface AddedRows {
  readonly period: PeriodCode;
  readonly communeIds: readonly string[];
}

export interface ImportUndoRecord {
  readonly importId: number;
  /** Rows of each period as they were before the import met them (values, flags and owners). */
  readonly replaced: readonly PeriodRecord[];
  /** Communes whose row of a period the import created. */
  readonly added: readonly AddedRows[];
}

/** Every commune, sorted by id (the order the v1/v2 `communes` table kept), in one record. */
export interface CommuneListRecord {
  readonly key: typeof COMMUNE_LIST_KEY;
  readonly communes: readonly CommuneRecord[];
}

export const COMMUNE_LIST_KEY = 'all';

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export type AliasRecord = CommuneAlias;

export const TABLE_NAMES = ['communeList', 'periods', 'imports', 'importUndo', 'targets', 'settings', 'communeAliases'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

type StoresV1 = Record<Exclude<TableName, 'communeList'> | 'communes', string>;

const STORES_V1: Readonly<StoresV1> = {
  communes: 'id, code, name',
  periods: 'period',
  imports: '++id, hash, importedAt',
  importUndo: 'importId',
  targets: 'indicator',
  settings: 'key',
  communeAliases: 'alias, communeId',
};

const STORES_V2: Readonly<StoresV1> = { ...STORES_V1, communes: 'id, code, name, normName' };

/** v3: the `communes` table becomes the one `communeList` record (null deletes a table in Dexie). */
const STORES_V3: Readonly<Record<TableName | 'communes', string | null>> = { ...STORES_V2, communes: null, communeList: 'key' };

/** A period record as v1–v3 stored it: one import id per row. */
export interface PeriodRecordV3 extends PeriodTable {
  readonly rowImportIds: Uint32Array;
  readonly columns: readonly string[];
}

/** The per-value owners of a v3 record: each value its row's import's. */
export function ownersPerValue(record: Pick<PeriodRecordV3, 'rowImportIds' | 'values' | 'communeIds'>): { valueImportIds: Uint32Array } {
  const rows = record.communeIds.length;
  const width = rows === 0 ? 0 : record.values.length / rows;
  const valueImportIds = new Uint32Array(record.values.length);
  for (let r = 0; r < rows; r++) valueImportIds.fill(record.rowImportIds[r] ?? 0, r * width, (r + 1) * width);
  return { valueImportIds };
}

function withoutRowOwners({ rowImportIds: _, ...rest }: PeriodRecordV3): Omit<PeriodRecordV3, 'rowImportIds'> {
  return rest;
}

/** The name key of a commune, what v2 indexes as `normName`: the importer's notion of "the same text". */
export function communeNormName(name: string): string {
  return simplify(name);
}

export interface CchcDbOptions {
  /** Declare only the versions up to this one: tests use 1 to write data the way v1 did. */
  readonly schemaVersion?: SchemaVersion;
  /** Another IndexedDB implementation (tests simulate an unavailable one). */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

export class CchcDb extends Dexie {
  // `declare`: Dexie defines these in its constructor; class fields would overwrite them.
  declare communeList: Table<CommuneListRecord, string>;
  declare periods: Table<PeriodRecord, string>;
  declare imports: Table<ImportMeta, number, Omit<ImportMeta, 'id'>>;
  declare importUndo: Table<ImportUndoRecord, number>;
  declare targets: Table<Target, string>;
  declare settings: Table<SettingRecord, string>;
  declare communeAliases: Table<AliasRecord, string>;

  constructor(name: string, options: CchcDbOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    const upTo = options.schemaVersion ?? SCHEMA_VERSION;
    this.version(1).stores(STORES_V1);
    if (upTo >= 2) {
      this.version(2)
        .stores(STORES_V2)
        .upgrade((tx) =>
          tx
            .table<{ name: string; normName?: string }>('communes')
            .toCollection()
            .modify((commune) => {
              commune.normName = communeNormName(commune.name);
            }),
        );
    }
    if (upTo >= 3) {
      this.version(3)
        .stores(STORES_V3)
        .upgrade(async (tx) => {
          const communes = await tx.table<CommuneRecord, string>('communes').orderBy('id').toArray();
          if (communes.length > 0) await tx.table<CommuneListRecord, string>('communeList').put({ key: COMMUNE_LIST_KEY, communes });
        });
    }
    if (upTo >= 4) {
      // v4: who wrote each value, instead of each row: every value of a row
      // becomes its row's import's, as a v3 import replaced rows wholly.
      this.version(4)
        .stores(STORES_V3)
        .upgrade(async (tx) => {
          await tx.table('periods').toCollection().modify((record: PeriodRecordV3 & Partial<PeriodRecord>) => {
            Object.assign(record, ownersPerValue(record));
            delete (record as { rowImportIds?: Uint32Array }).rowImportIds;
          });
          await tx.table('importUndo').toCollection().modify((undo: { replaced: (PeriodRecordV3 | PeriodRecord)[] }) => {
            undo.replaced = undo.replaced.map((rows) => ('rowImportIds' in rows ? { ...withoutRowOwners(rows), ...ownersPerValue(rows) } : rows));
          });
        });
    }
  }
}
