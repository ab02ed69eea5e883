// Small ImportPlans for the feature's tests, with the seeds' real figures.
import { baseColumn } from '../../src/domain/catalog';
import { COLUMNS } from '../../src/domain/period-table';
import { periodOf } from './reports';
import type { BaseCode } from '../../src/domain/types';
import type { FileCommune, ImportPlan, ImportProblem, PlanBlock } from '../../src/import/types';

export function problem(p: Partial<ImportProblem> & Pick<ImportProblem, 'row' | 'column' | 'text' | 'message'>): ImportProblem {
  return { file: 'binh-lang.csv', severity: 'error', code: 'not_whole', ...p };
}

/** One block: each commune key with its values. */
export function block(period: string, rows: readonly [number, Partial<Record<BaseCode, number>>][]): PlanBlock {
  const values = new Float64Array(rows.length * COLUMNS).fill(Number.NaN);
  rows.forEach(([, byCode], r) => {
    for (const [code, value] of Object.entries(byCode) as [BaseCode, number][]) values[r * COLUMNS + baseColumn(code)] = value;
  });
  return { period: periodOf(period), communeIds: Int32Array.from(rows.map(([key]) => key)), values, flags: new Uint8Array(rows.length * COLUMNS) };
}

export const BINH_LANG_NEW: FileCommune = { key: 0, code: '30715', name: 'Xã Bình Lãng', type: 'xã', match: { kind: 'new', newId: '30715', suggestions: [] } };
export const CONG_LAC_KNOWN: FileCommune = { key: 1, code: null, name: 'Xã Cộng Lạc', type: 'xã', match: { kind: 'name', communeId: 'ten:cộng lạc' } };
/** "Bình Lăng" equals the stored "Bình Lãng" only without accents: a suggestion, never applied. */
export const BINH_LANG_ACCENTLESS: FileCommune = {
  key: 2,
  code: null,
  name: 'Xã Bình Lăng',
  type: 'xã',
  match: { kind: 'new', newId: 'ten:bình lăng', suggestions: ['30715'] },
};

export function planOf(over: Partial<ImportPlan> = {}): ImportPlan {
  const communes = over.communes ?? [BINH_LANG_NEW, CONG_LAC_KNOWN];
  const blocks = over.blocks ?? [
    block('2022-H1', [
      [0, { dossiers_received: 738, dossiers_resolved: 738, dossiers_resolved_on_time: 738 }],
      [1, { dossiers_resolved: 1590, dossiers_resolved_on_time: 1589, dossiers_resolved_late: 1 }],
    ]),
  ];
  return {
    fileName: 'binh-lang.csv',
    byteLength: 1234,
    hash: 'ab'.repeat(32),
    encoding: 'utf-8-bom',
    separator: ';',
    layout: 'wide',
    numberConvention: 'vi',
    conventionReason: 'Có giá trị "99,93": dấu phẩy là dấu thập phân (kiểu Việt Nam).',
    columns: [],
    communes,
    periods: [periodOf('2022-H1')],
    blocks,
    rowCount: 2,
    rowsWithErrors: 0,
    valueCount: 6,
    problems: [],
    needs: { commune: false, period: false },
    fatal: false,
    timings: { decodeMs: 1, parseMs: 2, validateMs: 3 },
    ...over,
  };
}
