import { beforeEach, describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS } from '../domain/period-table';
import { periodOf } from '../../tests/support/reports';
import { dumpDatabase } from './dump';
import { StorageError } from './errors';
import { commitImport } from './imports';
import { existingReports, listAliases, listCommunes, listImports } from './repository';
import type { CchcDb } from './schema';
import { ALL_SEEDS, BINH_LANG_CORRECTED, communeIdOf, communeOf, freshDb, inputOf, seed, storedValue, tablesOf } from '../../tests/support/db';

let db: CchcDb;
beforeEach(() => {
  db = freshDb();
});

describe('commitImport', () => {
  it.each([
    ['Xã Cộng Lạc', '2022-H1', 'dossiers_resolved_on_time', 1589, false],
    ['Xã Cộng Lạc', '2022-H1', 'dossiers_resolved', 1590, false],
    ['Xã Bình Lãng', '2022-H1', 'plan_completion_reported', 63.6, false],
    ['Xã Bình Lãng', '2022-H1', 'plan_tasks_done', 14, false],
    ['Xã Đại Hợp', '2021-9M', 'satisfaction_rate', 95, true],
    ['Xã Lộc Thủy', '2022-Q1', 'dossiers_pending_overdue', 19, false],
    ['Phường Cổ Thành', '2022-Q1', 'dossiers_received', 670, false],
    ['Xã Bình Lãng', '2022-H1', 'dossiers_pending', null, false], // not reported: missing, never 0
  ] as const)('stores %s %s %s = %s (lower bound %s) and loadDataset returns it', async (commune, period, code, value, lowerBound) => {
    await commitImport(inputOf(ALL_SEEDS));
    expect(await storedValue(commune, period, code)).toEqual({ value, lowerBound });
  });

  it('records the import with its counts, the communes it created and its aliases', async () => {
    const meta = await commitImport(inputOf(ALL_SEEDS, 'tu-ky-2022.csv'));
    const valueCount = ALL_SEEDS.reduce((n, r) => n + Object.keys(r.values).length, 0);
    expect(meta).toMatchObject({
      fileName: 'tu-ky-2022.csv',
      layout: 'wide',
      valueCount,
      communeCount: 5,
      periods: ['2021-9M', '2022-Q1', '2022-H1'],
      replacedCount: 0,
      addedCount: 5,
      undoneAt: null,
    });
    expect([...meta.newCommuneIds].sort()).toEqual(ALL_SEEDS.map((r) => communeIdOf(r.commune)).sort());
    expect((await listCommunes()).find((c) => c.id === '30715')).toEqual(communeOf('Xã Bình Lãng'));
    expect(await listAliases()).toContainEqual({ alias: 'xã bình lãng', communeId: '30715' });
    expect(await listImports()).toEqual([meta]);
  });

  it('lists imports newest first', async () => {
    const first = await commitImport(inputOf([seed('Xã Cộng Lạc')], 'a.csv'));
    const second = await commitImport(inputOf([seed('Xã Bình Lãng')], 'b.csv'));
    expect((await listImports()).map((m) => m.id)).toEqual([second.id, first.id]);
  });

  it('reports which commune-periods are already stored', async () => {
    await commitImport(inputOf(ALL_SEEDS));
    const keys = await existingReports([periodOf('2022-H1'), periodOf('2023-Y')]);
    expect([...keys].sort()).toEqual(['2022-H1|30715', '2022-H1|ten:xã cộng lạc']);
  });

  it('replaces a re-imported commune-period wholly and keeps the old row for undo', async () => {
    const first = await commitImport(inputOf([seed('Xã Cộng Lạc'), seed('Xã Bình Lãng')]));
    const second = await commitImport({ ...inputOf([BINH_LANG_CORRECTED], 'sua.csv'), newCommunes: [] });
    expect(second).toMatchObject({ replacedCount: 1, addedCount: 0, newCommuneIds: [] });
    expect(await storedValue('Xã Bình Lãng', '2022-H1', 'plan_tasks_done')).toEqual({ value: 21, lowerBound: false });
    // Wholly: what the new file does not give is missing now, not the old value.
    expect(await storedValue('Xã Bình Lãng', '2022-H1', 'dossiers_received')).toEqual({ value: null, lowerBound: false });
    expect(await storedValue('Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toEqual({ value: 1590, lowerBound: false });

    const undo = await db.importUndo.get(second.id);
    expect(undo?.added).toEqual([]);
    expect(undo?.replaced).toHaveLength(1);
    const old = undo?.replaced[0];
    expect(old?.communeIds).toEqual(['30715']);
    expect(old?.valueImportIds[baseColumn('plan_tasks_done')]).toBe(first.id);
    expect(old?.values[baseColumn('plan_tasks_done')]).toBe(14);
    expect(old?.values[baseColumn('dossiers_received')]).toBe(738);
  });

  it('refuses rows of a commune that is neither stored nor new, and writes nothing', async () => {
    await commitImport(inputOf([seed('Xã Cộng Lạc')]));
    const before = await dumpDatabase();
    const input = { ...inputOf([seed('Xã Bình Lãng')]), newCommunes: [] };
    await expect(commitImport(input)).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(await dumpDatabase()).toEqual(before);
  });

  it.each([
    ['values of the wrong length', { values: new Float64Array(3) }],
    ['a commune twice in one table', { communeIds: ['30715', '30715'], values: new Float64Array(2 * COLUMNS), flags: new Uint8Array(2 * COLUMNS) }],
    ['a period that is not a code', { period: '2022-Q5' }],
  ])('refuses an input with %s before opening a transaction', async (_, patch) => {
    const input = inputOf([seed('Xã Bình Lãng')]);
    const table = { ...tablesOf([seed('Xã Bình Lãng')])[0]!, ...patch } as (typeof input.tables)[number];
    const error: unknown = await commitImport({ ...input, tables: [table] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('invalid_input');
    expect((error as StorageError).message).toMatch(/không hợp lệ/);
    expect(await db.periods.count()).toBe(0);
  });
});

