// From a plan to what the database stores: the domain's PeriodTables, with
// file communes resolved to commune ids.
import { BASE_CODES } from '../domain/catalog';
import { COLUMNS, type PeriodTable } from '../domain/dataset';
import type { PeriodCode } from '../domain/types';
import type { FileCommune, ImportPlan } from './types';

/**
 * The plan's blocks as the domain's PeriodTables, with file communes resolved
 * to commune ids. Two file communes that resolve to one id in one period are
 * merged when they agree; a conflict throws (the import page prevents it).
 */
export function planToTables(plan: ImportPlan, communeIdOf: (fc: FileCommune) => string): PeriodTable[] {
  const byKey = new Map<number, FileCommune>(plan.communes.map((c) => [c.key, c]));
  return plan.blocks.map((block) => {
    const ids = Array.from(block.communeKeys, (key) => {
      const fc = byKey.get(key);
      if (!fc) throw new Error(`plan block names unknown file commune ${key}`);
      return communeIdOf(fc);
    });
    // Usually every row is its own commune and the block's arrays are the table's as they are.
    if (new Set(ids).size === ids.length) return { period: block.period, communeIds: ids, values: block.values, flags: block.flags };
    return mergeRows(block.period, ids, block.values, block.flags);
  });
}

/** Rows that resolve to one commune become one row; values they both give must agree. */
function mergeRows(period: PeriodCode, rowIds: readonly string[], rowValues: Float64Array, rowFlags: Uint8Array): PeriodTable {
  const ids: string[] = [];
  const rowOfId = new Map<string, number>();
  const values: number[] = [];
  const flags: number[] = [];
  rowIds.forEach((id, r) => {
    const existing = rowOfId.get(id);
    if (existing === undefined) {
      rowOfId.set(id, ids.length);
      ids.push(id);
      for (let c = 0; c < COLUMNS; c++) {
        values.push(rowValues[r * COLUMNS + c] as number);
        flags.push(rowFlags[r * COLUMNS + c] as number);
      }
      return;
    }
    for (let c = 0; c < COLUMNS; c++) {
      const v = rowValues[r * COLUMNS + c] as number;
      if (v !== v) continue;
      const at = existing * COLUMNS + c;
      const old = values[at] as number;
      if (old === old && (old !== v || flags[at] !== rowFlags[r * COLUMNS + c])) {
        throw new Error(`communes merged into ${id} disagree on ${BASE_CODES[c]} in ${period}`);
      }
      values[at] = v;
      flags[at] = rowFlags[r * COLUMNS + c] as number;
    }
  });
  return { period, communeIds: ids, values: Float64Array.from(values), flags: Uint8Array.from(flags) };
}
