// Stored records and the domain's shapes. A stored period is the domain's
// PeriodTable plus who wrote each row and the column order it was written in;
// reading lays it into the current BASE_CODES (new indicators read as missing).
import { BASE_CODES } from '../domain/base-indicators';
import { hasCurrentColumns, inCurrentColumns, pickRows, type PeriodTable } from '../domain/period-table';
import type { Commune } from '../domain/types';
import type { CommuneRecord, PeriodRecord } from './schema';
import { communeNormName } from './schema';

/** A stored record in current columns, with its import ids. */
export function currentRecord(record: PeriodRecord): PeriodRecord {
  if (hasCurrentColumns(record.columns)) return record;
  const { values, flags } = inCurrentColumns(record.values, record.flags, record.columns, record.communeIds.length);
  return { ...record, values, flags, columns: [...BASE_CODES] };
}

export function tableOf(record: PeriodRecord): PeriodTable {
  const current = currentRecord(record);
  return { period: current.period, communeIds: current.communeIds, values: current.values, flags: current.flags };
}

/** A record of the given rows, with their import ids: row r of the result is row `rows[r]` of `source`. */
export function storedRows(source: PeriodRecord, rows: readonly number[]): PeriodRecord {
  const current = currentRecord(source);
  return { ...pickRows(current, rows), rowImportIds: Uint32Array.from(rows, (r) => current.rowImportIds[r] ?? 0), columns: [...BASE_CODES] };
}

/** A new record of a table every row of which one import wrote. */
export function recordOf(table: PeriodTable, importId: number): PeriodRecord {
  const { period, communeIds, values, flags } = table;
  return { period, communeIds, values, flags, rowImportIds: new Uint32Array(communeIds.length).fill(importId), columns: [...BASE_CODES] };
}

export function communeOf(record: Commune): Commune {
  return { id: record.id, code: record.code, name: record.name, type: record.type, parent: record.parent };
}

export function communeRecordOf(commune: Commune): CommuneRecord {
  return { ...communeOf(commune), normName: communeNormName(commune.name) };
}
