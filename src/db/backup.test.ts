import { beforeEach, describe, expect, it } from 'vitest';
import { BASE_CODES } from '../domain/base-indicators';
import { baseColumn } from '../domain/catalog';
import { canonicalJson, sha256Hex } from './codec';
import { createBackup, parseBackup, restoreBackup, type Backup } from './backup';
import { replaceDatabase } from './connection';
import { dumpDatabase } from './dump';
import { commitImport } from './imports';
import { undoImport } from './undo';
import { getSettings, getTargets, listCommunes, listImports, saveSettings, saveTarget } from './repository';
import { CchcDb, COMMUNE_LIST_KEY, SCHEMA_VERSION } from './schema';
import { freshDb, inputOf, seed } from '../../tests/support/db';

beforeEach(() => {
  freshDb();
});

const SEEDS = ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'].map(seed);

/** A database with every table in use: imports (one undone, one undoable), targets, settings, aliases. */
async function fillDatabase(): Promise<void> {
  await commitImport(inputOf(SEEDS.slice(0, 3), 'dot-1.csv'));
  const second = await commitImport({
    ...inputOf([{ ...seed('Xã Bình Lãng'), values: { plan_tasks_total: 33, plan_tasks_done: 21 } }, seed('Xã Lộc Thủy')], 'dot-2.csv'),
    newCommunes: inputOf([seed('Xã Lộc Thủy')]).newCommunes,
  });
  await commitImport(inputOf([seed('Phường Cổ Thành')], 'dot-3.csv'));
  await undoImport(second.id);
  await saveTarget({ indicator: 'on_time_rate', target: 98, direction: '>=', nearFrom: 90 });
  await saveSettings({ unitName: 'Huyện Tứ Kỳ', parentLevel: 'huyện' });
}

async function backupOk(text: string): Promise<Backup> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.backup;
}

/** Rewrites a backup file's payload and, unless told not to, its checksum, so that only the edit is wrong. */
async function tamper(text: string, edit: (file: { version: number; payload: Record<string, unknown[]> }) => void, fixChecksum = true): Promise<string> {
  const file = JSON.parse(text) as { version: number; checksum: string; payload: Record<string, unknown[]> };
  edit(file);
  if (fixChecksum) file.checksum = await sha256Hex(canonicalJson(file.payload));
  return JSON.stringify(file);
}

describe('backup round trip', () => {
  it('restores into an empty database exactly what was backed up', async () => {
    await fillDatabase();
    const text = await createBackup();
    const source = await dumpDatabase();
    expect((await getSettings()).lastBackupAt).toEqual(expect.any(Number));

    freshDb();
    expect(await restoreBackup(await backupOk(text), 'replace')).toEqual({ communes: 4, reports: 4, imports: 3 }) // dot-2's Lộc Thủy went with its undo;
    expect(await dumpDatabase()).toEqual(source);
    expect((await getTargets()).get('on_time_rate')).toEqual({ indicator: 'on_time_rate', target: 98, direction: '>=', nearFrom: 90, isDefault: false });
  });

  it('keeps the undo of a restored import working', async () => {
    const meta = await commitImport(inputOf([seed('Xã Bình Lãng')]));
    const text = await createBackup();
    freshDb();
    await restoreBackup(await backupOk(text), 'replace');
    expect(await undoImport(meta.id)).toEqual({ restored: 1, skipped: 0 });
  });

  it('replace mode drops what the database held that the backup lacks', async () => {
    await commitImport(inputOf([seed('Xã Bình Lãng')]));
    const text = await createBackup();
    const expected = await dumpDatabase();
    freshDb();
    await commitImport(inputOf([seed('Xã Cộng Lạc')], 'khac.csv'));
    await restoreBackup(await backupOk(text), 'replace');
    expect(await dumpDatabase()).toEqual(expected);
  });

  it('merge mode adds the missing communes and reports, keeps stored rows, and renumbers the history', async () => {
    await commitImport(inputOf([seed('Xã Bình Lãng'), seed('Xã Cộng Lạc')], 'may-a.csv'));
    const text = await createBackup();
    const db = freshDb();
    const local = await commitImport(
      inputOf([{ ...seed('Xã Bình Lãng'), values: { plan_tasks_total: 33, plan_tasks_done: 21 } }, seed('Xã Lộc Thủy')], 'may-b.csv'),
    );
    expect(await restoreBackup(await backupOk(text), 'merge')).toEqual({ communes: 1, reports: 1, imports: 1 });
    const h1 = await db.periods.get('2022-H1');
    expect(h1?.communeIds).toEqual(['30715', 'ten:xã cộng lạc']);
    expect(h1?.values[baseColumn('plan_tasks_done')]).toBe(21); // the stored row wins
    expect(h1?.values[BASE_CODES.length + baseColumn('dossiers_resolved_on_time')]).toBe(1589);
    const history = await listImports();
    expect(history.map((m) => m.fileName)).toEqual(['may-a.csv', 'may-b.csv']);
    expect([h1?.valueImportIds[baseColumn('plan_tasks_done')], h1?.valueImportIds[BASE_CODES.length + baseColumn('dossiers_resolved_on_time')]]).toEqual([local.id, history[0]?.id]);
    await expect(undoImport(history[0]?.id ?? 0)).rejects.toMatchObject({ kind: 'not_undoable' });
  });

  it('restores a backup written by schema v1 into the current schema', async () => {
    const v1 = new CchcDb(`cchc-v1-${Math.random().toString(36).slice(2)}`, { schemaVersion: 1 });
    replaceDatabase(v1);
    // Written as v1 code wrote them: communes without normName.
    const input = inputOf([seed('Xã Bình Lãng'), seed('Xã Đại Hợp')]);
    await v1.table('communes').bulkAdd(input.newCommunes.map((c) => ({ ...c })));
    for (const table of input.tables) {
      await v1.table('periods').put({ ...table, rowImportIds: new Uint32Array(table.communeIds.length), columns: [...BASE_CODES] });
    }
    const text = await createBackup();
    expect(JSON.parse(text)).toMatchObject({ format: 'cchc-backup', version: 1 });
    expect((JSON.parse(text) as { payload: { communes: object[] } }).payload.communes[0]).not.toHaveProperty('normName');
    v1.close();

    const db = freshDb();
    const backup = await backupOk(text);
    expect(backup.version).toBe(1);
    await restoreBackup(backup, 'replace');
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await listCommunes()).find((c) => c.id === '30715')?.name).toBe('Xã Bình Lãng');
    expect((await db.communeList.get(COMMUNE_LIST_KEY))?.communes.map((c) => c.normName)).toEqual(['xã bình lãng', 'xã đại hợp']);
    expect((await db.periods.get('2021-9M'))?.values[baseColumn('dossiers_resolved_early')]).toBe(1974);
  });
});

describe('parseBackup refuses a damaged file before touching anything', () => {
  const cases: readonly [string, (text: string) => Promise<string>, RegExp][] = [
    ['a bad checksum', (t) => tamper(t, (f) => { (f.payload.communes?.[0] as { name: string }).name = 'Xã Bình Lăng'; }, false), /Mã kiểm tra không khớp/],
    ['a truncated file', async (t) => t.slice(0, Math.floor(t.length * 0.6)), /không phải JSON hợp lệ hoặc đã bị cắt cụt/],
    ['a version newer than this app', (t) => tamper(t, (f) => { f.version = SCHEMA_VERSION + 1; }), /phiên bản mới hơn/],
    ['a version that is not one', (t) => tamper(t, (f) => { f.version = 0; }), /Phiên bản của bản sao lưu không hợp lệ/],
    ['another kind of JSON file', async () => '{"hello":"world"}', /không phải bản sao lưu/],
    ['a values array one short', (t) => tamper(t, (f) => {
      const period = f.payload.periods?.[0] as { values: string };
      period.values = btoa(atob(period.values).slice(8));
    }), /giá trị: có 91 phần tử, cần đúng 92/],
    ['value owners of the wrong length', (t) => tamper(t, (f) => {
      const period = f.payload.periods?.[0] as { valueImportIds: string };
      period.valueImportIds = btoa(atob(period.valueImportIds) + '\0\0\0\0');
    }), /lần nhập của từng giá trị: có 93 phần tử, cần đúng 92/],
    ['a period code that does not exist', (t) => tamper(t, (f) => { (f.payload.periods?.[0] as { period: string }).period = '2022-Q5'; }), /kỳ báo cáo "2022-Q5" không hợp lệ/],
    ['values of a commune missing from the list', (t) => tamper(t, (f) => { f.payload.communes = f.payload.communes?.slice(1) ?? []; }), /xã không có trong danh sách xã/],
    ['a table missing', (t) => tamper(t, (f) => { delete f.payload.settings; }), /Thiếu bảng "settings"/],
    ['a malformed setting', (t) => tamper(t, (f) => { f.payload.settings = [{ key: 'lastBackupAt', value: 'hôm qua' }]; }), /thiết lập không hợp lệ/],
  ];

  it.each(cases)('refuses %s with a Vietnamese reason', async (_, damage, reason) => {
    await commitImport(inputOf([seed('Xã Bình Lãng'), seed('Xã Cộng Lạc')]));
    const text = await damage(await createBackup());
    const before = await dumpDatabase();
    const parsed = await parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join('\n')).toMatch(reason);
    expect(await dumpDatabase()).toEqual(before);
  });
});
