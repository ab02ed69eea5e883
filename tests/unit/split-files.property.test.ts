// Issue 12's property: the same data split into any set of files — by
// indicator columns, by communes, by periods — and imported one after the
// other in any order, stores exactly what one file with all of it stores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/domain/period-table';
import { commitImport, listAliases, listCommunes, loadDataset } from '../../src/db/repository';
import { batchOf } from '../../src/import/batch';
import { planFromBytes } from '../../src/import/plan';
import { freshDb } from '../support/db';

const COMMUNES = [
  ['30715', 'Xã Bình Lãng'],
  ['30716', 'Xã Cộng Lạc'],
  ['11119', 'Xã Đại Hợp'],
] as const;
const PERIODS = ['Quý I/2022', '6 tháng đầu năm 2022'] as const;
const HEADERS = ['Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến'] as const;

interface Cell {
  readonly commune: number;
  readonly period: number;
  readonly column: number;
  readonly value: number;
}

/** A wide file of these cells (a cell not given is an empty field). */
function wideFile(cells: readonly Cell[]): Uint8Array {
  const columns = [...new Set(cells.map((c) => c.column))].sort();
  const rows = new Map<string, Map<number, number>>();
  for (const c of cells) {
    const key = `${c.commune}|${c.period}`;
    rows.set(key, (rows.get(key) ?? new Map()).set(c.column, c.value));
  }
  const lines = [['Mã xã', 'Tên xã', 'Kỳ báo cáo', ...columns.map((c) => HEADERS[c])].join(';')];
  for (const [key, values] of rows) {
    const [commune, period] = key.split('|').map(Number) as [number, number];
    const [code, name] = COMMUNES[commune] as readonly [string, string];
    lines.push([code, name, PERIODS[period], ...columns.map((c) => (values.has(c) ? String(values.get(c)) : ''))].join(';'));
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function importFile(bytes: Uint8Array, name: string): Promise<void> {
  const communes = await listCommunes();
  const plan = planFromBytes(bytes, name, { knownCommunes: communes.map(({ id, code, name: n }) => ({ id, code, name: n })), aliases: await listAliases() });
  expect(plan.fatal, plan.problems.map((p) => p.message).join('\n')).toBe(false);
  await commitImport(batchOf([{ plan, decisions: new Map() }], { policy: 'overlay' }));
}

async function storedValues(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const table of (await loadDataset()).tables.values()) {
    table.communeIds.forEach((id, r) => {
      for (let c = 0; c < COLUMNS; c++) {
        const v = table.values[r * COLUMNS + c] as number;
        if (v === v) out.set(`${table.period}|${id}|${c}`, v);
      }
    });
  }
  return out;
}

const dataArb = fc
  .uniqueArray(
    fc.record({ commune: fc.nat(COMMUNES.length - 1), period: fc.nat(PERIODS.length - 1), column: fc.nat(HEADERS.length - 1) }),
    { minLength: 1, maxLength: 24, selector: (c) => `${c.commune}|${c.period}|${c.column}` },
  )
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, values]) => keys.map((k, i) => ({ ...k, value: values[i] as number })));

const splitArb = fc.constantFrom<(c: Cell) => number>((c) => c.column, (c) => c.commune, (c) => c.period, (c) => c.column * 7 + c.commune);

describe('files that split one table', () => {
  it('store, in any order, exactly what the one file stores', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, splitArb, fc.nat(), async (cells, partOf, seed) => {
        freshDb();
        await importFile(wideFile(cells), 'ca-bang.csv');
        const whole = await storedValues();

        freshDb();
        const parts = new Map<number, Cell[]>();
        for (const c of cells) parts.set(partOf(c), [...(parts.get(partOf(c)) ?? []), c]);
        const files = [...parts.values()];
        // A seeded shuffle: any order of the files.
        for (let i = files.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [files[i], files[j]] = [files[j] as Cell[], files[i] as Cell[]];
        }
        for (const [i, part] of files.entries()) await importFile(wideFile(part), `phan-${i}.csv`);
        expect(await storedValues()).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});
