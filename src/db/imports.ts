// Storing an import: ONE transaction over every table it touches, all or
// nothing (undo.ts takes one back). Nothing inside a transaction catches a
// Dexie error (a caught BulkError would let the rest commit); a thrown
// StorageError inside it aborts it on purpose.
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS, type PeriodTable } from '../domain/dataset';
import { parsePeriodCode, sortPeriods } from '../domain/periods';
import type { Commune } from '../domain/types';
import type { Layout } from '../import/types';
import { writeOperation } from './connection';
import { StorageError } from './errors';
import { addMissingCommunes, readCommuneRecords, writeCommuneRecords } from './commune-list';
import { communeRecordOf, currentRecord, pickRows } from './layout';
import type { AddedRows, AliasRecord, CchcDb, ImportMeta, PeriodRecord, ReplacedRows } from './schema';

export interface CommitInput {
  readonly fileName: string;
  readonly hash: string;
  readonly byteLength: number;
  readonly layout: Layout;
  readonly encoding: string;
  /** Communes the file introduced; ones already stored are left as they are. */
  readonly newCommunes: readonly Commune[];
  /** Name mappings the user confirmed, remembered for the next file. */
  readonly aliases: readonly AliasRecord[];
  /** One table per period; a row replaces the stored row of that commune-period wholly. */
  readonly tables: readonly PeriodTable[];
}

/** Problems that make an input impossible to store (a bug in the caller, not in the file). */
export function commitInputProblems(input: CommitInput): string[] {
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
  readonly replaced: ReplacedRows | null;
  readonly added: AddedRows | null;
}

/** The stored record with the incoming rows written over it (replaced wholly) or appended. */
export function mergeTable(stored: PeriodRecord | undefined, incoming: PeriodTable, importId: number): Merged {
  if (!stored) {
    // A period not stored yet: the incoming table is the record (no copy of ~1M values).
    const { period, communeIds, values, flags } = incoming;
    const record: PeriodRecord = { period, communeIds, values, flags, rowImportIds: new Uint32Array(communeIds.length).fill(importId), columns: [...BASE_CODES] };
    return { record, replaced: null, added: communeIds.length > 0 ? { period, communeIds: [...communeIds] } : null };
  }
  const base = currentRecord(stored);
  const baseIds = base.communeIds;
  const index = new Map(baseIds.map((id, row) => [id, row]));
  const replacedRows: number[] = [];
  const addedIds: string[] = [];
  for (const id of incoming.communeIds) {
    const row = index.get(id);
    if (row === undefined) addedIds.push(id);
    else replacedRows.push(row);
  }
  const rows = baseIds.length + addedIds.length;
  const values = new Float64Array(rows * COLUMNS);
  const flags = new Uint8Array(rows * COLUMNS);
  const rowImportIds = new Uint32Array(rows);
  values.set(base.values);
  flags.set(base.flags);
  rowImportIds.set(base.rowImportIds);
  const communeIds = [...baseIds, ...addedIds];
  let next = baseIds.length;
  incoming.communeIds.forEach((id, from) => {
    const to = index.get(id) ?? next++;
    values.set(incoming.values.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
    flags.set(incoming.flags.subarray(from * COLUMNS, (from + 1) * COLUMNS), to * COLUMNS);
    rowImportIds[to] = importId;
  });
  const record: PeriodRecord = { period: incoming.period, communeIds, values, flags, rowImportIds, columns: [...BASE_CODES] };
  const replaced = replacedRows.length > 0 ? pickRows(base, replacedRows) : null;
  return {
    record,
    replaced,
    added: addedIds.length > 0 ? { period: incoming.period, communeIds: addedIds } : null,
  };
}

function countValues(tables: readonly PeriodTable[]): number {
  let count = 0;
  for (const { values } of tables) {
    // An indexed loop: for…of over a Float64Array of 1M values is several times slower.
    for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  }
  return count;
}

/** Stores an import in one transaction and returns its history entry. */
export function commitImport(input: CommitInput): Promise<ImportMeta> {
  const problems = commitInputProblems(input);
  if (problems.length > 0) return Promise.reject(new StorageError('invalid_input', problems.join('; ')));
  return writeOperation('import', (db) =>
    db.transaction('rw', [db.communeList, db.periods, db.imports, db.importUndo, db.communeAliases, db.settings], () => commitInTransaction(db, input)),
  );
}

async function commitInTransaction(db: CchcDb, input: CommitInput): Promise<ImportMeta> {
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
    undoneAt: null,
  };
  const importId = await db.imports.add(meta);

  if (created.length > 0) await writeCommuneRecords(db, communes);
  const replaced: ReplacedRows[] = [];
  const added: AddedRows[] = [];
  for (const [i, table] of input.tables.entries()) {
    const merged = mergeTable(stored[i], table, importId);
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
