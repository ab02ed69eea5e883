import { beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from './dump';
import type { StorageErrorKind } from './errors';
import { commitImport } from './imports';
import { listAliases, listCommunes, listImports } from './repository';
import type { CchcDb } from './schema';
import { ALL_SEEDS, BINH_LANG_CORRECTED, freshDb, inputOf, seed, storedValue } from '../../tests/support/db';
import { undoImport } from './undo';

let db: CchcDb;
beforeEach(() => {
  db = freshDb();
});

describe('undoImport', () => {
  const DATA_TABLES = ['communeList', 'periods', 'communeAliases', 'targets'] as const;
  const dataOf = async () => {
    const dump = await dumpDatabase();
    return Object.fromEntries(DATA_TABLES.map((t) => [t, dump[t]]));
  };

  it('restores exactly what a re-import replaced and removes what it added', async () => {
    await commitImport(inputOf([seed('Xã Cộng Lạc'), seed('Xã Bình Lãng')]));
    const before = await dataOf();
    const second = await commitImport(inputOf([BINH_LANG_CORRECTED, seed('Xã Lộc Thủy'), seed('Phường Cổ Thành')], 'sua.csv'));
    expect(second).toMatchObject({ replacedCount: 1, addedCount: 2 });
    expect(await undoImport(second.id)).toEqual({ restored: 3, skipped: 0 });
    expect(await dataOf()).toEqual(before);
    expect((await listImports())[0]).toMatchObject({ id: second.id, undoneAt: expect.any(Number) });
  });

  it('restores an empty database when the only import is undone', async () => {
    const before = await dataOf();
    const meta = await commitImport(inputOf(ALL_SEEDS));
    expect(await undoImport(meta.id)).toEqual({ restored: 5, skipped: 0 });
    expect(await dataOf()).toEqual(before);
    expect(await db.periods.count()).toBe(0);
  });

  it('skips rows a later import overwrote, and keeps communes that still have values', async () => {
    const first = await commitImport(inputOf([seed('Xã Cộng Lạc'), seed('Xã Bình Lãng')]));
    await commitImport({ ...inputOf([BINH_LANG_CORRECTED], 'sua.csv'), newCommunes: [] });
    expect(await undoImport(first.id)).toEqual({ restored: 1, skipped: 1 });
    expect(await storedValue('Xã Bình Lãng', '2022-H1', 'plan_tasks_done')).toEqual({ value: 21, lowerBound: false });
    expect(await storedValue('Xã Cộng Lạc', '2022-H1', 'dossiers_resolved')).toBeNull();
    expect((await listCommunes()).map((c) => c.id)).toEqual(['30715']);
    expect(await listAliases()).toEqual([{ alias: 'xã bình lãng', communeId: '30715' }]);
  });

  it('undoes a chain newest first back to the original values', async () => {
    await commitImport(inputOf([seed('Xã Bình Lãng')]));
    const original = await dataOf();
    const fix = await commitImport({ ...inputOf([BINH_LANG_CORRECTED], 'sua.csv'), newCommunes: [] });
    const fixAgain = await commitImport({ ...inputOf([{ ...BINH_LANG_CORRECTED, values: { plan_tasks_done: 20 } }], 'sua-2.csv'), newCommunes: [] });
    await undoImport(fixAgain.id);
    expect(await storedValue('Xã Bình Lãng', '2022-H1', 'plan_tasks_done')).toEqual({ value: 21, lowerBound: false });
    await undoImport(fix.id);
    expect(await dataOf()).toEqual(original);
  });

  const REFUSALS: readonly (readonly [string, StorageErrorKind, () => Promise<number>])[] = [
    ['an import that does not exist', 'not_found', async () => 999],
    ['an import undone already', 'already_undone', async () => {
      const meta = await commitImport(inputOf([seed('Xã Bình Lãng')]));
      await undoImport(meta.id);
      return meta.id;
    }],
  ];
  it('never brings back the rows of an import undone earlier: undoing the later one removes what the earlier had added', async () => {
    const before = await dataOf();
    const first = await commitImport(inputOf([seed('Xã Bình Lãng')]));
    const fix = await commitImport({ ...inputOf([BINH_LANG_CORRECTED], 'sua.csv'), newCommunes: [] });
    expect(await undoImport(first.id)).toEqual({ restored: 0, skipped: 1 });
    expect(await undoImport(fix.id)).toEqual({ restored: 1, skipped: 0 });
    expect(await dataOf()).toEqual(before);
  });

  it('undoing the middle import of three, then the last, gives back the first import exactly', async () => {
    await commitImport(inputOf([seed('Xã Bình Lãng'), seed('Xã Cộng Lạc')]));
    const original = await dataOf();
    const middle = await commitImport({ ...inputOf([BINH_LANG_CORRECTED], 'sua.csv'), newCommunes: [] });
    const last = await commitImport({ ...inputOf([{ ...BINH_LANG_CORRECTED, values: { plan_tasks_done: 20 } }], 'sua-2.csv'), newCommunes: [] });
    expect(await undoImport(middle.id)).toEqual({ restored: 0, skipped: 1 });
    expect(await storedValue('Xã Bình Lãng', '2022-H1', 'plan_tasks_done')).toEqual({ value: 20, lowerBound: false });
    expect(await undoImport(last.id)).toEqual({ restored: 1, skipped: 0 });
    expect(await dataOf()).toEqual(original);
  });

  it.each(REFUSALS)('refuses to undo %s with a %s StorageError', async (_, kind, prepare) => {
    const id = await prepare();
    await expect(undoImport(id)).rejects.toMatchObject({ name: 'StorageError', kind });
  });
});
