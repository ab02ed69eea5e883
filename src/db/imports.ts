// Storing an import: ONE transaction over every table it touches, all or
// nothing (undo.ts takes one back). Nothing inside a transaction catches a
// Dexie error (a caught BulkError would let the rest commit); a thrown
// StorageError inside it aborts it on purpose.
import { COLUMNS, countValues, mergeTables, type PeriodTable } from '../domain/period-table';
import type { ImportBatch } from '../domain/import-batch';
import { parsePeriodCode, sortPeriods } from '../domain/periods';
import { writeOperation } from './connection';
import { StorageError } from './errors';
import { addMissingCommunes, readCommuneRecords, writeCommuneRecords } from './commune-list';
import { communeRecordOf, currentRecord, recordOf, storedRows } from './records';
import type { AddedRows, CchcDb, ImportMeta, PeriodRecord } from './schema';

/** Problems that make a batch impossible to store (a bug in the caller, not in the file). */
export function batchProblems(input: ImportBatch): string[] {
  const problems: string[] = [];
  const seenPeriods = new Set<string>();
  for (const table of input.tables) {
    if (parsePeriodCode(table.period) === null) problems.push(`bad period ${table.period}`);
    if (seenPeriods.has(table.period)) problems.push(`period ${table.period} given twice`);
    seenPeriods.add(table.period);
    const rows = table.communeIds.length;
    if (table.values.length !== rows * COLUMNS) problems.push(`${table.period}: ${table.values.length} values for ${rows} rows`);
    if (table.flags.length !== rows * COLUMNS) problems.push(`${table.period}: ${table.flags.length} flags for ${rows} rows`);
    const ids = new Set(table.communeIds);
    if (ids.size !== rows) problems.push(`${table.period}: a commune appears twice`);
    if (ids.has('')) problems.push(`${table.period}: empty commune id`);
  }
  const newIds = new Set(input.newCommunes.map((c) => c.id));
  if (newIds.size !== input.newCommunes.length) problems.push('a new commune is given twice');
  if (newIds.has('')) problems.push('empty new commune id');
  for (const { alias, communeId } of input.aliases) {
    if (typeof alias !== 'string' || alias === '' || typeof communeId !== 'string' || communeId === '') problems.push(`bad alias ${alias}`);
  }
  return problems;
}

interface Merged {
  readonly record: PeriodRecord;
  /** The stored rows the import met, as they were (for undo). */
  readonly replaced: PeriodRecord | null;
  readonly added: AddedRows | null;
}

/** The stored record with the incoming table merged in by the batch's policy; the values it writes become the import's. */
export function mergeRecord(stored: PeriodRecord | undefined, incoming: PeriodTable, importId: number, batch: Pick<ImportBatch, 'policy'>): Merged {
  const base = stored ? currentRecord(stored) : undefined;
  const merged = mergeTables(base, incoming, batch.policy);
  const baseRows = base?.communeIds.length ?? 0;
  return {
    // A period not stored yet: the incoming table is the record (no copy of ~1M values).
    record: recordOf(merged.table, base?.valueImportIds ?? null, merged.written, importId),
    replaced: base && merged.metBaseRows.length > 0 ? storedRows(base, merged.metBaseRows) : null,
    added: merged.addedRows > 0 ? { period: incoming.period, communeIds: merged.table.communeIds.slice(baseRows) } : null,
  };
}

/** Stores an import in one transaction and returns its history entry. */
export function commitImport(input: ImportBatch): Promise<ImportMeta> {
  const problems = batchProblems(input);
  if (problems.length > 0) return Promise.reject(new StorageError('invalid_input', problems.join('; ')));
  return writeOperation('import', (db) =>
    db.transaction('rw', [db.communeList, db.periods, db.imports, db.importUndo, db.communeAliases, db.settings], () => commitInTransaction(db, input)),
  );
}

async function commitInTransaction(db: CchcDb, input: ImportBatch): Promise<ImportMeta> {
  const now = Date.now();
  const periods = input.tables.map((t) => t.period);
  const { communes, created } = addMissingCommunes(await readCommuneRecords(db), input.newCommunes.map(communeRecordOf));
  const knownIds = new Set(communes.map((c) => c.id));
  const referenced = [...new Set(input.tables.flatMap((t) => t.communeIds))];
  const unknown = referenced.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) throw new StorageError('invalid_input', `unknown communes: ${unknown.slice(0, 5).join(', ')}`);

  const stored = await db.periods.bulkGet(periods);
  let replacedCount = 0;
  input.tables.forEach((table, i) => {
    const ids = new Set(stored[i]?.communeIds ?? []);
    for (const id of table.communeIds) if (ids.has(id)) replacedCount++;
  });
  const rowCount = input.tables.reduce((n, t) => n + t.communeIds.length, 0);
  const meta: Omit<ImportMeta, 'id'> = {
    fileName: input.fileName,
    hash: input.hash,
    byteLength: input.byteLength,
    importedAt: now,
    layout: input.layout,
    encoding: input.encoding,
    valueCount: countValues(input.tables),
    communeCount: referenced.length,
    periods: sortPeriods(periods),
    replacedCount,
    addedCount: rowCount - replacedCount,
    newCommuneIds: created.map((c) => c.id),
    ...(input.namesAsWritten.length > 0 ? { namesAsWritten: input.namesAsWritten } : {}),
    undoneAt: null,
  };
  const importId = await db.imports.add(meta);

  if (created.length > 0) await writeCommuneRecords(db, communes);
  const replaced: PeriodRecord[] = [];
  const added: AddedRows[] = [];
  for (const [i, table] of input.tables.entries()) {
    const merged = mergeRecord(stored[i], table, importId, input);
    // One put per period: a few large records, each written whole.
    await db.periods.put(merged.record);
    if (merged.replaced) replaced.push(merged.replaced);
    if (merged.added) added.push(merged.added);
  }
  await db.importUndo.put({ importId, replaced, added });
  if (input.aliases.length > 0) await db.communeAliases.bulkPut(input.aliases.map(({ alias, communeId }) => ({ alias, communeId })));
  await db.settings.put({ key: 'lastDataChangeAt', value: now });
  return { ...meta, id: importId };
}
