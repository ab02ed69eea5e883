import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS, emptyTable, type PeriodTable } from '../domain/period-table';
import type { BaseCode, PeriodCode } from '../domain/types';
import { periodOf } from '../../tests/support/reports';
import { planFromBytes } from './plan';
import { pairKey, together, type TogetherFile } from './together';
import type { ImportPlan } from './types';

const SEEDS = join(__dirname, '..', '..', 'data', 'seeds');
const empty = { knownCommunes: [], aliases: [] };
const H1 = periodOf('2022-H1');

function seedPlan(name: string): ImportPlan {
  return planFromBytes(new Uint8Array(readFileSync(join(SEEDS, name))), name, empty);
}
const text = (name: string, body: string) => planFromBytes(new TextEncoder().encode(body), name, empty);
const file = (key: number, plan: ImportPlan): TogetherFile => ({ key, plan, decisions: new Map(), policy: 'overlay' });

/** The value some table of the period gives the commune, or null. */
function valueIn(tables: readonly PeriodTable[], period: PeriodCode, id: string, code: BaseCode): number | null {
  for (const t of tables) {
    const row = t.period === period ? t.communeIds.indexOf(id) : -1;
    const v = row < 0 ? Number.NaN : (t.values[row * COLUMNS + baseColumn(code)] as number);
    if (v === v) return v;
  }
  return null;
}

describe('files chosen together', () => {
  const form = seedPlan('001-xa-binh-lang-2022-H1-bieu-mau.csv');
  const supplement = seedPlan('001-xa-binh-lang-2022-H1-bo-sung.csv');

  it.each([
    ['the form first', [form, supplement]],
    ['the supplement first', [supplement, form]],
  ])("store seed 001's form (name only) and supplement (with code 30715) as one commune, %s", (_order, plans) => {
    const set = together(plans.map((p, i) => file(i + 1, p)), empty, new Map(), new Map());
    const [first, second] = [set.files.get(1), set.files.get(2)];
    const ids = new Set([...(first?.batch.tables ?? []), ...(second?.batch.tables ?? [])].flatMap((t) => t.communeIds));
    expect(ids.size).toBe(1);
    const added = new Map([...(first?.batch.newCommunes ?? []), ...(second?.batch.newCommunes ?? [])].map((c) => [c.id, c.name]));
    expect([...added.values()]).toEqual(['Xã Bình Lãng']);
    const tables = [...(first?.batch.tables ?? []), ...(second?.batch.tables ?? [])];
    const id = [...ids][0] as string;
    expect(valueIn(tables, H1, id, 'plan_tasks_done')).toBe(14); // the form
    expect(valueIn(tables, H1, id, 'edu_university')).toBe(18); // the supplement
    expect(set.conflicts).toEqual([]);
  });

  const a = text('a.csv', 'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Giải quyết đúng hạn\n30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738\n11119;Xã Đại Hợp;6 tháng đầu năm 2022;670;650\n');
  const b = text('b.csv', 'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết\n30715;Xã Bình Lãng;6 tháng đầu năm 2022;740\n11119;Xã Đại Hợp;6 tháng đầu năm 2022;670\n');

  it('lists a value two files give differently as a conflict that keeps both files from being stored until settled', () => {
    const set = together([file(1, a), file(2, b)], empty, new Map(), new Map());
    expect(set.conflicts).toEqual([
      { files: [1, 2], period: H1, communeId: '30715', column: baseColumn('dossiers_resolved'), values: [{ value: 738, flag: 0 }, { value: 740, flag: 0 }] },
    ]);
    expect(set.unsettled).toEqual([[1, 2]]);
  });

  it("leaves the losing file's value out once the officer picks a file, and keeps its other values", () => {
    const set = together([file(1, a), file(2, b)], empty, new Map(), new Map([[pairKey(1, 2), 1]]));
    expect(set.unsettled).toEqual([]);
    const loser = set.files.get(2)?.batch.tables ?? [];
    expect(valueIn(loser, H1, '30715', 'dossiers_resolved')).toBeNull();
    expect(valueIn(loser, H1, '11119', 'dossiers_resolved')).toBe(670);
    expect(valueIn(set.files.get(1)?.batch.tables ?? [], H1, '30715', 'dossiers_resolved')).toBe(738);
  });

  it("counts what each file would add, change and leave of the stored values", () => {
    const stored = emptyTable(H1, ['30715']);
    stored.values[baseColumn('dossiers_resolved')] = 700;
    stored.values[baseColumn('plan_tasks_done')] = 14;
    const set = together([file(1, a)], { knownCommunes: [{ id: '30715', code: '30715', name: 'Xã Bình Lãng' }], aliases: [] }, new Map([[H1, stored]]), new Map());
    expect(set.files.get(1)?.changes).toMatchObject({ added: 3, changedCount: 1, untouched: 1, emptiedCount: 0 });
    expect(set.files.get(1)?.changes.changed[0]).toMatchObject({ communeId: '30715', before: { value: 700 }, after: { value: 738 } });
  });

  it('refuses, in Vietnamese, a file whose look-alike the officer merged into a commune the file names with other figures', () => {
    const p = text('gop.csv', 'Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết\nXã Bình Lãng;Quý I/2022;10\nXã Bình Lăng;Quý I/2022;11\n');
    const lookAlike = p.communes.find((c) => c.name === 'Xã Bình Lăng');
    const set = together([{ key: 1, plan: p, decisions: new Map([[lookAlike?.key ?? -1, { kind: 'merge', communeId: 'ten:bình lãng' }]]), policy: 'overlay' }], empty, new Map(), new Map());
    expect(set.files.get(1)?.refusal).toMatch(/^Tệp "gop\.csv": "Xã Bình Lãng" và "Xã Bình Lăng" được gộp làm một xã nhưng ghi khác nhau/);
    expect(set.files.get(1)?.batch.tables).toEqual([]);
  });
});
