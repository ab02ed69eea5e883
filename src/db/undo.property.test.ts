// Undo is exact, whatever came before and after: after any sequence of
// imports (each setting some values, replacing whole reports, or a whole
// period) and undos in any order, the store holds what storing the imports
// not undone, in their order, would hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../domain/import-batch';
import { COLUMNS, emptyTable, type MergePolicy, type PeriodTable } from '../domain/period-table';
import { periodOf } from '../../tests/support/reports';
import { freshDb } from '../../tests/support/db';
import { commitImport } from './imports';
import { loadDataset } from './repository';
import { undoImport } from './undo';

const COMMUNES = ['30715', '11119', '20146'];
const PERIODS = ['2022-Q1', '2022-H1'];
const USED_COLUMNS = [0, 2, 3];

interface Cell {
  readonly period: string;
  readonly commune: string;
  readonly column: number;
  readonly value: number;
}

const cellArb = fc.record({
  period: fc.constantFrom(...PERIODS),
  commune: fc.constantFrom(...COMMUNES),
  column: fc.constantFrom(...USED_COLUMNS),
  value: fc.integer({ min: 0, max: 50 }),
});

type Step = { readonly kind: 'import'; readonly cells: readonly Cell[]; readonly policy: MergePolicy } | { readonly kind: 'undo'; readonly pick: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('import' as const), cells: fc.array(cellArb, { minLength: 1, maxLength: 6 }), policy: fc.constantFrom<MergePolicy>('overlay', 'overlay', 'replace', 'replace_period') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }) },
);

function batchOf(cells: readonly Cell[], policy: MergePolicy): ImportBatch {
  const tables: PeriodTable[] = [];
  for (const period of PERIODS) {
    const mine = cells.filter((c) => c.period === period);
    if (mine.length === 0) continue;
    const ids = [...new Set(mine.map((c) => c.commune))];
    const table = emptyTable(periodOf(period), ids);
    for (const c of mine) table.values[ids.indexOf(c.commune) * COLUMNS + c.column] = c.value;
    tables.push(table);
  }
  return {
    fileName: 'tep.csv',
    hash: 'h',
    byteLength: 1,
    layout: 'wide',
    encoding: 'utf-8',
    newCommunes: COMMUNES.map((id) => ({ id, code: id, name: `Xã ${id}`, type: 'xã', parent: null })),
    aliases: [],
    namesAsWritten: [],
    tables,
    policy,
  };
}

type Model = Map<string, number>;

/** What storing one import does to the values: the definition undo must invert. */
function apply(model: Model, cells: readonly Cell[], policy: MergePolicy): void {
  const key = (period: string, commune: string, column: number) => `${period}|${commune}|${column}`;
  for (const period of PERIODS) {
    const mine = cells.filter((c) => c.period === period);
    if (mine.length === 0) continue;
    const communes = new Set(mine.map((c) => c.commune));
    for (const k of [...model.keys()]) {
      const [p, commune] = k.split('|');
      if (p !== period) continue;
      if (policy === 'replace_period' || (policy === 'replace' && communes.has(commune as string))) model.delete(k);
    }
    for (const c of mine) model.set(key(c.period, c.commune, c.column), c.value);
  }
}

async function stored(): Promise<Model> {
  const out: Model = new Map();
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

describe('undoImport, property', () => {
  it('leaves exactly what the imports not undone give, in any order of imports and undos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 10 }), async (steps) => {
        freshDb();
        const live: { id: number; cells: readonly Cell[]; policy: MergePolicy }[] = [];
        for (const step of steps) {
          if (step.kind === 'import') {
            const meta = await commitImport(batchOf(step.cells, step.policy));
            live.push({ id: meta.id, cells: step.cells, policy: step.policy });
          } else if (live.length > 0) {
            const [undone] = live.splice(step.pick % live.length, 1);
            await undoImport(undone?.id ?? 0);
          }
          const model: Model = new Map();
          for (const i of live) apply(model, i.cells, i.policy);
          expect(await stored()).toEqual(model);
        }
      }),
      { numRuns: 100 },
    );
  });
});
