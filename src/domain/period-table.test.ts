import { describe, expect, it } from 'vitest';
import { baseColumn, BASE_CODES } from './catalog';
import { changesOf, COLUMNS, emptyTable, inCurrentColumns, mergeTables, pickRows, type MergePolicy, type PeriodTable } from './period-table';
import { periodOf } from '../../tests/support/reports';
import type { BaseCode } from './types';

const H1 = periodOf('2022-H1');

function table(rows: readonly [string, Partial<Record<BaseCode, number>>][]): PeriodTable {
  const t = emptyTable(H1, rows.map(([id]) => id));
  rows.forEach(([, byCode], r) => {
    for (const [code, value] of Object.entries(byCode) as [BaseCode, number][]) t.values[r * COLUMNS + baseColumn(code)] = value;
  });
  return t;
}

function valuesOf(t: PeriodTable, id: string): Partial<Record<BaseCode, number>> {
  const r = t.communeIds.indexOf(id);
  const out: Partial<Record<BaseCode, number>> = {};
  BASE_CODES.forEach((code, c) => {
    const v = t.values[r * COLUMNS + c] as number;
    if (v === v) out[code] = v;
  });
  return out;
}

// Seed 001 (Bình Lãng, 2022-H1): the form gives 738 received and resolved; the supplement 14 of 33 tasks.
const stored = table([['30715', { dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 30 }], ['ten:cộng lạc', { dossiers_resolved: 1128 }]]);
const incoming = table([['30715', { plan_tasks_total: 33, plan_tasks_done: 14 }], ['11119', { dossiers_received: 670 }]]);

describe('mergeTables', () => {
  it.each<[MergePolicy, Partial<Record<BaseCode, number>>]>([
    ['replace', { plan_tasks_total: 33, plan_tasks_done: 14 }],
    ['overlay', { dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 33, plan_tasks_done: 14 }],
    ['keep', { dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 30, plan_tasks_done: 14 }],
    ['keep_rows', { dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 30 }],
    ['agree', { dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 30, plan_tasks_done: 14 }],
  ])('meets a stored report by the %s policy', (policy, expected) => {
    const merged = mergeTables(stored, incoming, policy);
    expect(valuesOf(merged.table, '30715')).toEqual(expected);
    expect(valuesOf(merged.table, 'ten:cộng lạc')).toEqual({ dossiers_resolved: 1128 });
    expect(valuesOf(merged.table, '11119')).toEqual({ dossiers_received: 670 });
    expect(merged.table.communeIds).toEqual(['30715', 'ten:cộng lạc', '11119']);
    expect(merged.metBaseRows).toEqual([0]);
    expect(merged.addedRows).toBe(1);
    expect(Array.from(merged.rowOfIncoming)).toEqual([policy === 'keep_rows' ? -1 : 0, 2]);
  });

  it('reports two different readings of one value as a conflict under agree, keeping the stored one', () => {
    const merged = mergeTables(stored, incoming, 'agree');
    expect(merged.conflicts).toEqual([
      { communeId: '30715', column: baseColumn('plan_tasks_total'), stored: { value: 30, flag: 0 }, incoming: { value: 33, flag: 0 } },
    ]);
  });

  it('changes neither input', () => {
    const before = Array.from(stored.values);
    mergeTables(stored, incoming, 'overlay');
    expect(Array.from(stored.values)).toEqual(before);
  });

  it('takes a table into an empty period as it is, without copying its values', () => {
    expect(mergeTables(undefined, incoming, 'replace').table.values).toBe(incoming.values);
  });

  it('combines rows of one commune given twice in one table', () => {
    const twice = table([['30715', { dossiers_received: 738 }], ['30715', { plan_tasks_done: 14 }]]);
    const merged = mergeTables(undefined, twice, 'agree');
    expect(merged.table.communeIds).toEqual(['30715']);
    expect(valuesOf(merged.table, '30715')).toEqual({ dossiers_received: 738, plan_tasks_done: 14 });
    expect(Array.from(merged.rowOfIncoming)).toEqual([0, 0]);
  });
});

describe('rows and columns', () => {
  it('picks rows in the order asked', () => {
    const picked = pickRows(stored, [1, 0]);
    expect(picked.communeIds).toEqual(['ten:cộng lạc', '30715']);
    expect(valuesOf(picked, '30715')).toEqual({ dossiers_received: 738, dossiers_resolved: 738, plan_tasks_total: 30 });
  });

  it('drops a column the catalog no longer has and keeps the rest', () => {
    const { values } = inCurrentColumns(new Float64Array([1590, 7]), new Uint8Array(2), ['dossiers_resolved', 'retired_indicator'], 1);
    expect(values[baseColumn('dossiers_resolved')]).toBe(1590);
    expect(Array.from(values).filter((v) => !Number.isNaN(v))).toEqual([1590]);
  });

  it('returns the stored arrays themselves when the columns are current', () => {
    const values = new Float64Array(COLUMNS).fill(1);
    const flags = new Uint8Array(COLUMNS);
    expect(inCurrentColumns(values, flags, [...BASE_CODES], 1).values).toBe(values);
  });
});

describe('changesOf', () => {
  it('counts what a file would add, change, keep and leave untouched, before anything is written (overlay)', () => {
    const changes = changesOf(stored, incoming, 'overlay');
    // Bình Lãng: 14 tasks done added, 30 → 33 tasks; Đại Hợp's 670 added; 738, 738 and Cộng Lạc's 1128 untouched.
    expect(changes).toMatchObject({ added: 2, changedCount: 1, same: 0, emptiedCount: 0, untouched: 3 });
    expect(changes.changed).toEqual([
      { communeId: '30715', column: baseColumn('plan_tasks_total'), before: { value: 30, flag: 0 }, after: { value: 33, flag: 0 } },
    ]);
  });

  it('counts the stored values a replacing file would empty', () => {
    expect(changesOf(stored, incoming, 'replace')).toMatchObject({ added: 2, changedCount: 1, emptiedCount: 2, untouched: 1 });
    expect(changesOf(stored, incoming, 'replace_period')).toMatchObject({ added: 2, changedCount: 1, emptiedCount: 3, untouched: 0 });
  });

  it('calls a value given as stored the same, not a change', () => {
    const again = table([['30715', { dossiers_received: 738 }]]);
    expect(changesOf(stored, again, 'overlay')).toMatchObject({ added: 0, changedCount: 0, same: 1, untouched: 3 });
  });
});
