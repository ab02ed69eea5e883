// The one path from a File to stored values, used by the import page and by
// the sample data alike: read in the worker, decide, store in one transaction.
import { commitImport, listAliases, listCommunes, type ImportMeta } from '../../db';
import { startImport } from '../../import/client';
import { markImportParsed, markImportStored } from '../../ui/instrumentation';

export { releaseImportWorker, warmImportWorker } from '../../import/client';
import { planToTables } from '../../import/plan';
import type { ImportContext, ImportPlan, ImportProgress } from '../../import/types';
import { aliasesOf, communeIdOf, newCommunesOf, type Decisions } from './resolution';

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

/** Stores one file's plan as the officer decided it: one transaction, all or nothing. */
export async function storePlan(plan: ImportPlan, decisions: Decisions): Promise<ImportMeta> {
  if (plan.layout === null) throw new Error(`storePlan: ${plan.fileName} has no layout (a fatal plan cannot be stored)`);
  const started = performance.now();
  const tables = planToTables(plan, (fc) => communeIdOf(fc, decisions));
  const meta = await commitImport({
    fileName: plan.fileName,
    hash: plan.hash,
    byteLength: plan.byteLength,
    layout: plan.layout,
    encoding: plan.encoding,
    newCommunes: newCommunesOf(plan, decisions),
    aliases: aliasesOf(plan, decisions),
    tables,
  });
  const commitMs = performance.now() - started;
  markImportStored({ timings: plan.timings, valueCount: plan.valueCount, commitMs });
  return meta;
}

/** True when a parse ended because the user cancelled it. */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The Vietnamese message of whatever went wrong (StorageError carries one); a bug shows its text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
