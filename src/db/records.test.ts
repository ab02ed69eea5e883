import { beforeEach, describe, expect, it } from 'vitest';
import { baseColumn } from '../domain/catalog';
import { COLUMNS } from '../domain/period-table';
import { periodOf } from '../../tests/support/reports';
import { checkDatabase, openDatabase, replaceDatabase } from './connection';
import { getDbHealth } from './health';
import { loadDataset } from './repository';
import { writeCommuneRecords } from './commune-list';
import { freshDb } from '../../tests/support/db';

beforeEach(() => {
  freshDb();
});

describe('stored column order', () => {
  it('maps a record written with an older, shorter column list onto the current catalog, new columns missing', async () => {
    // As an older build would have written Bình Lãng's H1 2022: three indicators, in another order.
    const columns = ['plan_tasks_done', 'dossiers_received', 'plan_tasks_total'];
    const db = freshDb();
    await writeCommuneRecords(db, [{ id: '30715', code: '30715', name: 'Xã Bình Lãng', type: 'xã', parent: null, normName: 'xã bình lãng' }]);
    await db.periods.put({
      period: periodOf('2022-H1'),
      communeIds: ['30715'],
      values: new Float64Array([14, 738, 33]),
      flags: new Uint8Array([0, 0, 0]),
      valueImportIds: new Uint32Array([1, 1, 1]),
      columns,
    });
    const table = (await loadDataset()).tables.get(periodOf('2022-H1'));
    expect(table?.values).toHaveLength(COLUMNS);
    expect(table?.values[baseColumn('plan_tasks_done')]).toBe(14);
    expect(table?.values[baseColumn('dossiers_received')]).toBe(738);
    expect(table?.values[baseColumn('plan_tasks_total')]).toBe(33);
    expect(Number.isNaN(table?.values[baseColumn('dossiers_resolved')])).toBe(true);
  });
});

describe('checkDatabase', () => {
  it('says ok when IndexedDB opens', async () => {
    expect(await checkDatabase()).toBe('ok');
  });

  it('says unavailable when IndexedDB is missing, as in some private modes', async () => {
    const missing = { open: () => { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory;
    replaceDatabase(openDatabase('cchc-missing', { indexedDB: missing, IDBKeyRange }));
    expect(await checkDatabase()).toBe('unavailable');
    expect(getDbHealth()).toBe('unavailable');
  });
});
