import { beforeEach, describe, expect, it } from 'vitest';
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS } from '../domain/period-table';
import { periodOf } from '../../tests/support/reports';
import { openDatabase, replaceDatabase } from './connection';
import { getDbHealth, resetDbHealthForTests, subscribeDbHealth } from './health';
import { listAliases, listCommunes, loadDataset } from './repository';
import { CchcDb, communeNormName, SCHEMA_VERSION } from './schema';
import { tablesOf, seed } from '../../tests/support/db';

let name: string;
let counter = 0;
beforeEach(() => {
  name = `cchc-schema-${++counter}-${Math.random().toString(36).slice(2)}`;
  resetDbHealthForTests();
});

/** Writes communes and a period the way schema v1 stored them (no normName), then closes. */
async function writeV1(): Promise<void> {
  const v1 = new CchcDb(name, { schemaVersion: 1 });
  const [table] = tablesOf([seed('Xã Bình Lãng'), seed('Xã Cộng Lạc')]);
  await v1.table('communes').bulkAdd([
    { id: '30715', code: '30715', name: 'Xã  Bình Lãng', type: 'xã', parent: 'Huyện Tứ Kỳ' },
    { id: 'ten:xã cộng lạc', code: null, name: 'XÃ CỘNG LẠC', type: 'xã', parent: null },
  ]);
  await v1.table('periods').put({ ...table, rowImportIds: new Uint32Array([1, 1]), columns: [...BASE_CODES] });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema migrations v1 → v2 → v3 → v4', () => {
  it('derives normName for communes stored by v1 and moves them into one record, keeping their values', async () => {
    await writeV1();
    const db = openDatabase(name);
    replaceDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('communes');
    const [record, ...others] = await db.communeList.toArray();
    expect(others).toEqual([]);
    expect(record?.communes.map((c) => [c.id, c.normName])).toEqual([
      ['30715', 'xã bình lãng'],
      ['ten:xã cộng lạc', 'xã cộng lạc'],
    ]);
    expect((await listCommunes()).map((c) => c.name)).toEqual(['Xã  Bình Lãng', 'XÃ CỘNG LẠC']);
    const table = (await loadDataset()).tables.get(periodOf('2022-H1'));
    expect(table?.communeIds).toEqual(['30715', 'ten:xã cộng lạc']);
    expect(table?.values[BASE_CODES.indexOf('plan_tasks_total')]).toBe(33);
    expect(table?.values[COLUMNS + BASE_CODES.indexOf('dossiers_resolved_on_time')]).toBe(1589);
    db.close();
  });

  it('keeps a v2 database with no communes empty: no commune record appears', async () => {
    const v2 = new CchcDb(name, { schemaVersion: 2 });
    await v2.open();
    v2.close();
    const db = openDatabase(name);
    replaceDatabase(db);
    await db.open();
    expect(await db.communeList.count()).toBe(0);
    expect(await listCommunes()).toEqual([]);
    db.close();
  });

  it('v3 → v4 gives every value of a row, and of an undo record\'s rows, its row\'s import', async () => {
    const v3 = new CchcDb(name, { schemaVersion: 3 });
    const [table] = tablesOf([seed('Xã Bình Lãng'), seed('Xã Cộng Lạc')]);
    if (!table) throw new Error('no table');
    await v3.table('periods').put({ ...table, rowImportIds: new Uint32Array([1, 2]), columns: [...BASE_CODES] });
    await v3.table('importUndo').put({ importId: 2, replaced: [{ ...table, rowImportIds: new Uint32Array([0, 1]), columns: [...BASE_CODES] }], added: [] });
    v3.close();
    const db = openDatabase(name);
    replaceDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const record = await db.periods.get('2022-H1');
    expect(record).not.toHaveProperty('rowImportIds');
    expect(Array.from(record?.valueImportIds ?? [])).toEqual([...Array<number>(COLUMNS).fill(1), ...Array<number>(COLUMNS).fill(2)]);
    const undo = await db.importUndo.get(2);
    expect(Array.from(undo?.replaced[0]?.valueImportIds ?? [])).toEqual([...Array<number>(COLUMNS).fill(0), ...Array<number>(COLUMNS).fill(1)]);
    db.close();
  });

  it.each([
    ['Xã  Bình   Lãng ', 'xã bình lãng'],
    ['PHƯỜNG CỔ THÀNH', 'phường cổ thành'],
    ['Xã Quang Nghiệp', 'xã quang nghiệp'], // accents are kept: Quảng Nghiệp is another commune
  ])('normalises the name %j to %j', (input, expected) => {
    expect(communeNormName(input)).toBe(expected);
  });
});

describe('connection health', () => {
  it('closes the old connection and reports blocked_by_upgrade when another tab upgrades the schema', async () => {
    const old = openDatabase(name, { schemaVersion: 2 });
    replaceDatabase(old);
    await old.open();
    const seen: string[] = [];
    subscribeDbHealth((h) => seen.push(h));

    const upgraded = openDatabase(name);
    await upgraded.open(); // does not hang: the old connection gives way
    expect(upgraded.verno).toBe(SCHEMA_VERSION);
    expect(getDbHealth()).toBe('blocked_by_upgrade');
    expect(seen).toEqual(['blocked_by_upgrade']);
    expect(old.isOpen()).toBe(false);
    // The old code never reopens a schema it does not know.
    await expect(listAliases()).rejects.toMatchObject({ name: 'StorageError', kind: 'blocked_by_upgrade' });
    upgraded.close();
  });

  it('reports unavailable, with a Vietnamese message, when IndexedDB cannot be opened', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      deleteDatabase: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      cmp: (a: number, b: number) => a - b,
      databases: () => Promise.resolve([]),
    } as unknown as IDBFactory;
    replaceDatabase(openDatabase(name, { indexedDB: broken, IDBKeyRange }));
    const error: unknown = await listCommunes().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    expect((error as Error).message).toMatch(/Trình duyệt không cho phép lưu dữ liệu/);
    expect(getDbHealth()).toBe('unavailable');
  });
});
