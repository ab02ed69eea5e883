// Moving between stored period records and the PeriodTables the domain reads.
// Stored records keep the column order they were written with; reading maps
// them onto the current BASE_CODES (new indicators read as missing).
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS, type PeriodTable } from '../domain/dataset';
import type { Commune } from '../domain/types';
import type { CommuneRecord, PeriodRecord } from './schema';
import { communeNormName } from './schema';

function sameColumns(columns: readonly string[]): boolean {
  return columns.length === COLUMNS && columns.every((code, i) => code === BASE_CODES[i]);
}

/** Values and flags of `rows` rows re-laid from `columns` into the current BASE_CODES order. */
export function toCurrentColumns(
  values: Float64Array,
  flags: Uint8Array,
  columns: readonly string[],
  rows: number,
): { values: Float64Array; flags: Uint8Array } {
  if (sameColumns(columns)) return { values, flags };
  const target = new Map<string, number>(BASE_CODES.map((code, i) => [code, i]));
  const outValues = new Float64Array(rows * COLUMNS).fill(Number.NaN);
  const outFlags = new Uint8Array(rows * COLUMNS);
  const width = columns.length;
  columns.forEach((code, from) => {
    const to = target.get(code);
    if (to === undefined) return; // an indicator the catalog no longer has
    for (let r = 0; r < rows; r++) {
      outValues[r * COLUMNS + to] = values[r * width + from] ?? Number.NaN;
      outFlags[r * COLUMNS + to] = flags[r * width + from] ?? 0;
    }
  });
  return { values: outValues, flags: outFlags };
}

/** A stored record in current columns, with its import ids. */
export function currentRecord(record: PeriodRecord): PeriodRecord {
  if (sameColumns(record.columns)) return record;
  const { values, flags } = toCurrentColumns(record.values, record.flags, record.columns, record.communeIds.length);
  return { ...record, values, flags, columns: [...BASE_CODES] };
}

export function tableOf(record: PeriodRecord): PeriodTable {
  const current = currentRecord(record);
  return { period: current.period, communeIds: current.communeIds, values: current.values, flags: current.flags };
}

export function communeOf(record: Commune): Commune {
  return { id: record.id, code: record.code, name: record.name, type: record.type, parent: record.parent };
}

export function communeRecordOf(commune: Commune): CommuneRecord {
  return { ...communeOf(commune), normName: communeNormName(commune.name) };
}

/** A period record with the given rows: row r of the result is row `pick[r]` of `source`. */
export function pickRows(source: PeriodRecord, pick: readonly number[]): PeriodRecord {
  const values = new Float64Array(pick.length * COLUMNS);
  const flags = new Uint8Array(pick.length * COLUMNS);
  const rowImportIds = new Uint32Array(pick.length);
  pick.forEach((from, to) => {
    values.set(source.values.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
    flags.set(source.flags.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
    rowImportIds[to] = source.rowImportIds[from] ?? 0;
  });
  return { period: source.period, communeIds: pick.map((r) => source.communeIds[r] ?? ''), values, flags, rowImportIds, columns: [...BASE_CODES] };
}
