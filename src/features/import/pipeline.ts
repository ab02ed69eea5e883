// The one path from files to stored values, used by the import page and by
// the sample data alike: each file read in the worker (parseFile), the
// officer's decisions, then storeFiles — the same gate (readiness), one batch,
// one transaction — and afterStoring: what a first import or a change of data
// asks for (persistent storage, a backup reminder).
import { commitImport, getSettings, listAliases, listCommunes, listImports, requestPersistence, type ImportMeta } from '../../db';
import type { ImportBatch } from '../../domain/import-batch';
import { batchOf, type DecidedPlan } from '../../import/batch';
import { startImport } from '../../import/client';
import { readiness } from '../../import/decisions';
import type { MergePolicy } from '../../domain/period-table';
import type { ImportContext, ImportPlan, ImportProgress } from '../../import/types';
import { markImportParsed, markImportStored } from '../../ui/instrumentation';

export { releaseImportWorker, warmImportWorker } from '../../import/client';

export type ContextOptions = Pick<ImportContext, 'numberConvention' | 'formCommuneName' | 'formPeriod'>;

/** Known communes and remembered aliases, read fresh: a commit may just have added some. */
export async function importContext(options: ContextOptions = {}): Promise<ImportContext> {
  const [communes, aliases] = await Promise.all([listCommunes(), listAliases()]);
  return {
    knownCommunes: communes.map(({ id, code, name }) => ({ id, code, name })),
    aliases,
    ...options,
  };
}

export interface ParseHandle {
  readonly result: Promise<ImportPlan>;
  cancel(): void;
}

/** Reads one file in the worker; the plan comes back with typed arrays, never row arrays. */
export function parseFile(file: File, context: ImportContext, onProgress: (p: ImportProgress) => void): ParseHandle {
  const handle = startImport(file, context, onProgress);
  const result = handle.result.then((plan) => {
    markImportParsed();
    return plan;
  });
  return { result, cancel: () => handle.cancel() };
}

/** A file ready to store: its plan, the officer's decisions, and whether they chose to leave out rows in error. */
export interface FileToStore extends DecidedPlan {
  readonly skipErrors: boolean;
}

/**
 * Stores a batch as ONE import (one transaction, one undo), and only when
 * every file it comes from passes the gate (never a fatal file, never rows in
 * error without the explicit choice).
 */
export async function storeBatch(batch: ImportBatch, files: readonly FileToStore[]): Promise<ImportMeta> {
  const refused = files.find((f) => !readiness(f.plan, f.skipErrors).ok);
  if (refused) throw new Error(`storeBatch: ${refused.plan.fileName} is not ready to be stored`);
  const started = performance.now();
  const meta = await commitImport(batch);
  const plan = files.length === 1 ? files[0]?.plan : undefined;
  markImportStored({ timings: plan?.timings ?? { decodeMs: 0, parseMs: 0, validateMs: 0 }, valueCount: meta.valueCount, commitMs: performance.now() - started });
  return meta;
}

/** Files stored together as one import; a file sets the values it has and keeps the others (see batchOf). */
export function storeFiles(files: readonly FileToStore[], options: { readonly name?: string; readonly policy?: MergePolicy } = {}): Promise<ImportMeta> {
  return storeBatch(batchOf(files, { ...options, policy: options.policy ?? 'overlay' }), files);
}

/** True before anything was ever imported (asked before storing). */
export async function isFirstImport(): Promise<boolean> {
  return (await listImports().catch(() => [])).length === 0;
}

export interface AfterStoring {
  /** Answer to the persistent-storage request, when it was asked this time. */
  readonly persistence?: boolean | null;
  /** The last backup is older than the data just stored. */
  readonly backupReminder: boolean;
}

/**
 * What follows storing data: persistent storage is asked on the first import
 * (the browser remembers its answer; requestPersistence records that we
 * asked), and the officer is reminded when the last backup is older than the data.
 */
export async function afterStoring(firstImport: boolean): Promise<AfterStoring> {
  const settings = await getSettings().catch(() => null);
  const backupReminder = settings?.lastBackupAt == null || (settings.lastDataChangeAt ?? Date.now()) > settings.lastBackupAt;
  if (firstImport || settings?.persistAsked === false) return { persistence: await requestPersistence().catch(() => null), backupReminder };
  return { backupReminder };
}

export { failureMessage as errorMessage } from '../../import/failure';
