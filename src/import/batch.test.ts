import { describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS } from '../domain/period-table';
import { datasetOf } from '../../tests/support/reports';
import { mergeFileTables, planTables } from './batch';
import { planFromBytes } from './plan';
import type { ImportContext } from './types';

const context: ImportContext = { knownCommunes: [], aliases: [] };
const planOf = (text: string) => planFromBytes(new TextEncoder().encode(text), 'tep.csv', context);
const HEADER = 'Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Giải quyết đúng hạn;Tỷ lệ hài lòng (%)';

describe('planTables', () => {
  const text = `${HEADER}\nXã Bình Lãng;Quý I/2022;10;;\nBình Lăng;Quý I/2022;;9;\nXã Cộng Lạc;Quý I/2022;5;5;100\n`;

  it('gives PeriodTables keyed by commune id, merging two file communes the user mapped to one', () => {
    const p = planOf(text);
    const tables = planTables(p, (fc) => (fc.name.includes('Cộng') ? 'ten:cộng lạc' : '30715'));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t?.communeIds).toEqual(['30715', 'ten:cộng lạc']);
    expect(t?.values[baseColumn('dossiers_resolved')]).toBe(10);
    expect(t?.values[baseColumn('dossiers_resolved_on_time')]).toBe(9);
    expect(t?.values[COLUMNS + baseColumn('satisfaction_rate')]).toBe(100);
  });

  it('throws when merged communes disagree (the import page prevents it)', () => {
    const p = planOf(`${HEADER}\nXã Bình Lãng;Quý I/2022;10;;\nBình Lăng;Quý I/2022;11;;\n`);
    expect(() => planTables(p, () => 'same')).toThrow(/được gộp làm một xã nhưng ghi khác nhau "Tổng số hồ sơ TTHC đã giải quyết xong" kỳ Quý I\/2022 \(10 và 11\)/);
  });
});

describe('mergeFileTables', () => {
  it('keeps every value two files give for one commune-period, and the rows of both', () => {
    const form = datasetOf([{ commune: 'ten:bình lãng', period: '2022-H1', values: { plan_tasks_total: 33, plan_tasks_done: 14 } }]);
    const supplement = datasetOf([
      { commune: 'ten:bình lãng', period: '2022-H1', values: { edu_university: 18, dossiers_resolved_late: 0 } },
      { commune: 'ten:cộng lạc', period: '2022-H1', values: { dossiers_resolved: 1590 } },
    ]);
    const q1 = datasetOf([{ commune: 'ten:cổ thành', period: '2022-Q1', values: { dossiers_received: 670 } }]);
    const merged = mergeFileTables([...form.tables.values(), ...supplement.tables.values(), ...q1.tables.values()]);
    expect(merged.map((t) => t.period)).toEqual(['2022-Q1', '2022-H1']);
    const h1 = merged[1];
    if (!h1) throw new Error('no H1');
    expect(h1.communeIds).toEqual(['ten:bình lãng', 'ten:cộng lạc']);
    const at = (row: number, code: Parameters<typeof baseColumn>[0]) => h1.values[row * COLUMNS + baseColumn(code)];
    expect([at(0, 'plan_tasks_total'), at(0, 'plan_tasks_done'), at(0, 'edu_university'), at(0, 'dossiers_resolved_late')]).toEqual([33, 14, 18, 0]);
    expect(at(1, 'dossiers_resolved')).toBe(1590);
    expect(at(1, 'plan_tasks_total')).toBeNaN();
  });
});
