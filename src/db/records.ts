// Stored records and the domain's shapes. A stored period is the domain's
// PeriodTable plus who wrote each value and the column order it was written
// in; reading lays it into the current BASE_CODES (new indicators missing).
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS, hasCurrentColumns, inCurrentColumns, pickRows, relaid, type PeriodTable } from '../domain/period-table';
import type { Commune } from '../domain/types';
import type { CommuneRecord, PeriodRecord } from './schema';
import { communeNormName } from './schema';

/** A stored record in current columns, with its owners. */
export function currentRecord(record: PeriodRecord): PeriodRecord {
  if (hasCurrentColumns(record.columns)) return record;
  const rows = record.communeIds.length;
  const { values, flags } = inCurrentColumns(record.values, record.flags, record.columns, rows);
  return { ...record, values, flags, valueImportIds: relaid(record.valueImportIds, record.columns, rows, 0), columns: [...BASE_CODES] };
}

/**
 * The table the domain reads: current columns, and without the rows that
 * hold no value (kept stored only so that undo can put emptied values back).
 */
export function tableOf(record: PeriodRecord): PeriodTable {
  const current = currentRecord(record);
  const table = { period: current.period, communeIds: current.communeIds, values: current.values, flags: current.flags };
  const empty = emptyRows(table);
  if (empty.length === 0) return table;
  const drop = new Set(empty);
  return pickRows(table, table.communeIds.flatMap((_, r) => (drop.has(r) ? [] : [r])));
}

/** Rows without any value. */
export function emptyRows(table: Pick<PeriodTable, 'values' | 'communeIds'>): number[] {
  const out: number[] = [];
  for (let r = 0; r < table.communeIds.length; r++) {
    let any = false;
    for (let c = r * COLUMNS; c < (r + 1) * COLUMNS; c++) {
      if (table.values[c] === table.values[c]) {
        any = true;
        break;
      }
    }
    if (!any) out.push(r);
  }
  return out;
}

/** A record of the given rows, with their owners: row r of the result is row `rows[r]` of `source`. */
export function storedRows(source: PeriodRecord, rows: readonly number[]): PeriodRecord {
  const current = currentRecord(source);
  const valueImportIds = new Uint32Array(rows.length * COLUMNS);
  rows.forEach((from, to) => valueImportIds.set(current.valueImportIds.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS));
  return { ...pickRows(current, rows), valueImportIds, columns: [...BASE_CODES] };
}

/** The record of a table written into the stored one: the cells marked in `written` become the import's. */
export function recordOf(table: PeriodTable, owners: Uint32Array | null, written: Uint8Array, importId: number): PeriodRecord {
  const { period, communeIds, values, flags } = table;
  const valueImportIds = new Uint32Array(values.length);
  if (owners) valueImportIds.set(owners);
  for (let i = 0; i < written.length; i++) if (written[i] === 1) valueImportIds[i] = importId;
  return { period, communeIds, values, flags, valueImportIds, columns: [...BASE_CODES] };
}

export function communeOf(record: Commune): Commune {
  return { id: record.id, code: record.code, name: record.name, type: record.type, parent: record.parent };
}

export function communeRecordOf(commune: Commune): CommuneRecord {
  return { ...communeOf(commune), normName: communeNormName(commune.name) };
}
