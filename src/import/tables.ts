// From a plan to what the database stores: the domain's PeriodTables, with
// file communes resolved to commune ids.
import { BASE_CODES } from '../domain/catalog';
import { COLUMNS, type PeriodTable } from '../domain/dataset';
import type { FileCommune, ImportPlan } from './types';

/**
 * The plan's blocks as the domain's PeriodTables, with file communes resolved
 * to commune ids. Two file communes that resolve to one id in one period are
 * merged when they agree; a conflict throws (the import page prevents it).
 */
export function planToTables(plan: ImportPlan, communeIdOf: (fc: FileCommune) => string): PeriodTable[] {
  const byKey = new Map<number, FileCommune>(plan.communes.map((c) => [c.key, c]));
  return plan.blocks.map((block) => {
    const ids: string[] = [];
    const rowOfId = new Map<string, number>();
    const values: number[] = [];
    const flags: number[] = [];
    for (let r = 0; r < block.communeKeys.length; r++) {
      const fc = byKey.get(block.communeKeys[r] as number);
      if (!fc) throw new Error(`plan block names unknown file commune ${block.communeKeys[r]}`);
      const id = communeIdOf(fc);
      const existing = rowOfId.get(id);
      if (existing === undefined) {
        rowOfId.set(id, ids.length);
        ids.push(id);
        for (let c = 0; c < COLUMNS; c++) {
          values.push(block.values[r * COLUMNS + c] as number);
          flags.push(block.flags[r * COLUMNS + c] as number);
        }
        continue;
      }
      for (let c = 0; c < COLUMNS; c++) {
        const v = block.values[r * COLUMNS + c] as number;
        if (v !== v) continue;
        const at = existing * COLUMNS + c;
        const old = values[at] as number;
        if (old === old && (old !== v || flags[at] !== block.flags[r * COLUMNS + c])) {
          throw new Error(`communes merged into ${id} disagree on ${BASE_CODES[c]} in ${block.period}`);
        }
        values[at] = v;
        flags[at] = block.flags[r * COLUMNS + c] as number;
      }
    }
    return { period: block.period, communeIds: ids, values: Float64Array.from(values), flags: Uint8Array.from(flags) };
  });
}

