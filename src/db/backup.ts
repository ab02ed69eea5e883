// Backup and restore: one JSON file holding every table, with the schema
// version and a SHA-256 checksum of the canonical payload. A file is
// validated whole before the database is touched; a restore is ONE
// transaction, so an interrupted one leaves the database as it was.
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS, mergeTables } from '../domain/period-table';
import { canonicalJson, sha256Hex, typedToBase64 } from './codec';
import { getDb, readOperation, writeOperation } from './connection';
import { BACKUP_FORMAT, readPayload, readVersion, type Backup, type BackupData, type ParseBackupResult } from './backup-format';
import { addMissingCommunes, readCommuneRecords, writeCommuneRecords } from './commune-list';
import { currentRecord } from './records';
import { TABLE_NAMES, type CchcDb, type CommuneRecord, type ImportMeta, type PeriodRecord, type PeriodRecordV3 } from './schema';

export { BACKUP_FORMAT, type Backup, type BackupData, type ParseBackupResult } from './backup-format';

/** A period record or undo rows as stored (a database of an older schema, which only tests open, has owners per row). */
function encodeRows(rows: PeriodRecord | PeriodRecordV3): Record<string, unknown> {
  return {
    period: rows.period,
    communeIds: rows.communeIds,
    columns: rows.columns,
    values: typedToBase64(rows.values),
    flags: typedToBase64(rows.flags),
    ...('valueImportIds' in rows ? { valueImportIds: typedToBase64(rows.valueImportIds) } : { rowImportIds: typedToBase64(rows.rowImportIds) }),
  };
}

function encodePayload(data: BackupData): Record<string, unknown> {
  return {
    communes: data.communes,
    periods: data.periods.map(encodeRows),
    imports: data.imports,
    importUndo: data.importUndo.map((u) => ({ importId: u.importId, replaced: u.replaced.map(encodeRows), added: u.added })),
    targets: data.targets,
    settings: data.settings,
    communeAliases: data.communeAliases,
  };
}

async function readAll(db: CchcDb): Promise<BackupData> {
  const tables = db.tables.map((t) => t.name);
  return db.transaction('r', tables, async () => ({
    // Only tests open a database declared with an older schema (to write a v1 or v2 backup).
    communes: db.verno < 3 ? await db.table<CommuneRecord, string>('communes').toArray() : await readCommuneRecords(db),
    periods: await db.periods.toArray(),
    imports: await db.imports.toArray(),
    importUndo: await db.importUndo.toArray(),
    targets: await db.targets.toArray(),
    settings: await db.settings.toArray(),
    communeAliases: await db.communeAliases.toArray(),
  }));
}

/**
 * The backup file's text. The backup records itself as the last backup (so a
 * restored database does not ask for one at once), and so does the database.
 */
export async function createBackup(): Promise<string> {
  const createdAt = Date.now();
  const stored = await readOperation(readAll);
  // After the read the connection is open, so this is the version on disk.
  const version = getDb().verno;
  const data: BackupData = {
    ...stored,
    settings: [...stored.settings.filter((s) => s.key !== 'lastBackupAt'), { key: 'lastBackupAt', value: createdAt }].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    ),
  };
  const payload = canonicalJson(encodePayload(data));
  const checksum = await sha256Hex(payload);
  await writeOperation('settings', async (w) => {
    await w.settings.put({ key: 'lastBackupAt', value: createdAt });
  });
  return `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${version},"createdAt":${createdAt},"checksum":"${checksum}","payload":${payload}}`;
}

/** Reads and checks a backup file whole; nothing is touched. Errors are Vietnamese sentences. */
export async function parseBackup(text: string): Promise<ParseBackupResult> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['Tệp sao lưu không đọc được: không phải JSON hợp lệ hoặc đã bị cắt cụt.'] };
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: ['Tệp này không phải bản sao lưu của ứng dụng.'] };
  }
  const { version: rawVersion, createdAt, checksum, payload } = file as Record<string, unknown>;
  const version = readVersion(rawVersion);
  if ('error' in version) return { ok: false, errors: [version.error] };
  const errors: string[] = [];
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) errors.push('Bản sao lưu thiếu thời điểm tạo.');
  if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/.test(checksum)) errors.push('Bản sao lưu thiếu mã kiểm tra.');
  else if ((await sha256Hex(canonicalJson(payload))) !== checksum) {
    errors.push('Mã kiểm tra không khớp: tệp sao lưu đã bị sửa hoặc bị hỏng, không thể khôi phục.');
  }
  const read = readPayload(payload, version.version);
  errors.push(...read.errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, backup: { version: version.version, createdAt: createdAt as number, checksum: checksum as string, data: read.data } };
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreSummary {
  readonly communes: number;
  /** Commune-period rows written. */
  readonly reports: number;
  readonly imports: number;
}

/**
 * Restores a parsed backup in ONE transaction. `replace` makes the database
 * exactly the backup. `merge` keeps everything stored and adds what the
 * backup has and the database lacks: communes, commune-period rows, targets,
 * settings, aliases, and the import history (renumbered; merged imports
 * cannot be undone, their undo data describes another database).
 */
export function restoreBackup(backup: Backup, mode: RestoreMode): Promise<RestoreSummary> {
  return writeOperation('restore', (db) =>
    db.transaction('rw', [...TABLE_NAMES], () => (mode === 'replace' ? replaceAll(db, backup.data) : mergeInto(db, backup.data))),
  );
}

async function replaceAll(db: CchcDb, data: BackupData): Promise<RestoreSummary> {
  for (const name of TABLE_NAMES) await db.table(name).clear();
  await writeCommuneRecords(db, data.communes);
  for (const record of data.periods) await db.periods.put(record);
  await db.imports.bulkPut([...data.imports]);
  await db.importUndo.bulkPut([...data.importUndo]);
  await db.targets.bulkPut([...data.targets]);
  await db.settings.bulkPut([...data.settings]);
  await db.communeAliases.bulkPut([...data.communeAliases]);
  return {
    communes: data.communes.length,
    reports: data.periods.reduce((n, p) => n + p.communeIds.length, 0),
    imports: data.imports.length,
  };
}

async function mergeInto(db: CchcDb, data: BackupData): Promise<RestoreSummary> {
  const now = Date.now();
  const { communes, created: newCommunes } = addMissingCommunes(await readCommuneRecords(db), data.communes);
  if (newCommunes.length > 0) await writeCommuneRecords(db, communes);

  // The same import (file hash and time) already in the history keeps its id.
  const history = await db.imports.toArray();
  const byFingerprint = new Map(history.map((m) => [`${m.hash}|${m.importedAt}`, m.id]));
  const importIdMap = new Map<number, number>();
  let importsAdded = 0;
  for (const meta of data.imports) {
    const existing = byFingerprint.get(`${meta.hash}|${meta.importedAt}`);
    if (existing !== undefined) {
      importIdMap.set(meta.id, existing);
      continue;
    }
    const { id: _old, ...rest } = meta;
    const fresh: Omit<ImportMeta, 'id'> = rest;
    importIdMap.set(meta.id, await db.imports.add(fresh));
    importsAdded++;
  }

  let reports = 0;
  const storedPeriods = await db.periods.bulkGet(data.periods.map((p) => p.period));
  for (const [i, incoming] of data.periods.entries()) {
    const stored = storedPeriods[i];
    const merged = appendMissingRows(stored ? currentRecord(stored) : undefined, currentRecord(incoming), importIdMap);
    if (merged.added === 0) continue;
    reports += merged.added;
    await db.periods.put(merged.record);
  }

  const knownTargets = await db.targets.bulkGet(data.targets.map((t) => t.indicator));
  const newTargets = data.targets.filter((_, i) => !knownTargets[i]);
  if (newTargets.length > 0) await db.targets.bulkAdd(newTargets);
  const knownSettings = await db.settings.bulkGet(data.settings.map((s) => s.key));
  const newSettings = data.settings.filter((s, i) => !knownSettings[i] && s.key !== 'lastDataChangeAt' && s.key !== 'lastBackupAt');
  await db.settings.bulkPut([...newSettings, { key: 'lastDataChangeAt', value: now }]);
  const knownAliases = await db.communeAliases.bulkGet(data.communeAliases.map((a) => a.alias));
  const newAliases = data.communeAliases.filter((_, i) => !knownAliases[i]);
  if (newAliases.length > 0) await db.communeAliases.bulkAdd(newAliases);

  return { communes: newCommunes.length, reports, imports: importsAdded };
}

/** `stored` plus the rows of `incoming` whose commune it lacks; their import ids renumbered. */
function appendMissingRows(
  stored: PeriodRecord | undefined,
  incoming: PeriodRecord,
  importIdMap: ReadonlyMap<number, number>,
): { record: PeriodRecord; added: number } {
  const merged = mergeTables(stored, incoming, 'keep_rows');
  const valueImportIds = new Uint32Array(merged.table.values.length);
  if (stored) valueImportIds.set(stored.valueImportIds);
  merged.rowOfIncoming.forEach((row, from) => {
    if (row < 0) return;
    for (let c = 0; c < COLUMNS; c++) valueImportIds[row * COLUMNS + c] = importIdMap.get(incoming.valueImportIds[from * COLUMNS + c] ?? 0) ?? 0;
  });
  return { record: { ...merged.table, valueImportIds, columns: [...BASE_CODES] }, added: merged.addedRows };
}
