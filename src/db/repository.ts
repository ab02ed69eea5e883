// Named read operations and the small writes (targets, settings) the UI
// calls. Imports, undo and restore live in their own modules.
import { isIndicatorCode } from '../domain/catalog';
import type { Dataset } from '../domain/dataset';
import type { PeriodTable } from '../domain/period-table';
import { reportKey } from '../domain/import-batch';
import { comparePeriods } from '../domain/periods';
import { DEFAULT_TARGETS, validateTarget, type Target } from '../domain/targets';
import type { Commune, IndicatorCode, PeriodCode } from '../domain/types';
import { readOperation, writeOperation } from './connection';
import { readCommuneRecords } from './commune-list';
import { StorageError } from './errors';
import { communeOf, tableOf } from './records';
import type { AliasRecord, ImportMeta } from './schema';
import { isValidSetting, settingsFromRows, type Settings } from './settings';

export type { Settings } from './settings';

/** Every commune and every stored period table (values arrays as stored, in current columns). */
export function loadDataset(): Promise<Dataset> {
  return readOperation((db) =>
    db.transaction('r', db.communeList, db.periods, async () => {
      const [communes, periods] = await Promise.all([readCommuneRecords(db), db.periods.toArray()]);
      periods.sort((a, b) => comparePeriods(a.period, b.period));
      const tables = new Map<PeriodCode, PeriodTable>(periods.map((record) => [record.period, tableOf(record)]));
      return { communes: communes.map(communeOf), tables };
    }),
  );
}

/** The stored tables of these periods (those not stored are left out), as loadDataset gives them. */
export function loadPeriods(periods: readonly PeriodCode[]): Promise<Map<PeriodCode, PeriodTable>> {
  return readOperation(async (db) => {
    const records = await db.periods.bulkGet([...new Set(periods)]);
    return new Map(records.flatMap((record) => (record ? [[record.period, tableOf(record)] as const] : [])));
  });
}

export function listCommunes(): Promise<Commune[]> {
  return readOperation(async (db) => (await readCommuneRecords(db)).map(communeOf));
}

export function listAliases(): Promise<AliasRecord[]> {
  return readOperation(async (db) => (await db.communeAliases.toArray()).map(({ alias, communeId }) => ({ alias, communeId })));
}

/** The reports (`reportKey`s) already stored for these periods. */
export function existingReports(periods: readonly PeriodCode[]): Promise<Set<string>> {
  return readOperation(async (db) => {
    const records = await db.periods.bulkGet([...new Set(periods)]);
    const keys = new Set<string>();
    for (const record of records) {
      if (!record) continue;
      for (const id of record.communeIds) keys.add(reportKey(record.period, id));
    }
    return keys;
  });
}

/** Import history, newest first (undone imports included, with `undoneAt`). */
export function listImports(): Promise<ImportMeta[]> {
  return readOperation(async (db) => (await db.imports.orderBy('id').reverse().toArray()));
}

// ── Targets ─────────────────────────────────────────────────────────────────

export type EffectiveTarget = Target & { readonly isDefault: boolean };

/** The default targets overlaid with the user's; an indicator in neither has no target. */
export function getTargets(): Promise<Map<IndicatorCode, EffectiveTarget>> {
  return readOperation(async (db) => {
    const out = new Map<IndicatorCode, EffectiveTarget>();
    for (const { indicator, target, direction, nearFrom } of DEFAULT_TARGETS) {
      out.set(indicator, { indicator, target, direction, nearFrom, isDefault: true });
    }
    for (const stored of await db.targets.toArray()) {
      if (!isIndicatorCode(stored.indicator)) continue; // an indicator this version does not know
      const { indicator, target, direction, nearFrom } = stored;
      out.set(indicator, { indicator, target, direction, nearFrom, isDefault: false });
    }
    return out;
  });
}

/** Stores the user's target; validate with validateTarget first (an invalid one is refused here too). */
export function saveTarget(t: Target): Promise<void> {
  const problems = validateTarget(t);
  if (problems.length > 0) return Promise.reject(new StorageError('invalid_input', problems.join(' ')));
  const { indicator, target, direction, nearFrom } = t;
  return writeOperation('targets', async (db) => {
    await db.targets.put({ indicator, target, direction, nearFrom });
  });
}

/** Back to the default (or to no target, for an indicator without a default). */
export function resetTarget(code: IndicatorCode): Promise<void> {
  return writeOperation('targets', async (db) => {
    await db.targets.delete(code);
  });
}

// ── Settings ────────────────────────────────────────────────────────────────

export function getSettings(): Promise<Settings> {
  return readOperation(async (db) => settingsFromRows(await db.settings.toArray()));
}

export function saveSettings(patch: Partial<Settings>): Promise<void> {
  const rows = Object.entries(patch).map(([key, value]) => ({ key, value: value as unknown }));
  const bad = rows.filter((row) => !isValidSetting(row.key, row.value));
  if (bad.length > 0) return Promise.reject(new StorageError('invalid_input', `invalid settings: ${bad.map((r) => r.key).join(', ')}`));
  return writeOperation('settings', async (db) => {
    await db.settings.bulkPut(rows);
  });
}

// The rest of the named operations, so `./repository` alone is the whole contract.
export { commitImport } from './imports';
export { undoImport, type UndoResult } from './undo';
export { createBackup, parseBackup, restoreBackup } from './backup';
export { exportAllLongCsv } from './export-csv';
export { dumpDatabase } from './dump';
export { onDataChanged } from './changes';
export { storageStatus, requestPersistence } from './storage';
