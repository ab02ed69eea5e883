// Taking an import back, in ONE transaction over every table it touches.
// Nothing inside the transaction catches a Dexie error; a thrown StorageError
// aborts it on purpose.
import { COLUMNS, copyRow } from '../domain/period-table';
import type { PeriodCode } from '../domain/types';
import { readCommuneRecords, writeCommuneRecords } from './commune-list';
import { writeOperation } from './connection';
import { StorageError } from './errors';
import { currentRecord, storedRows } from './records';
import type { CchcDb, PeriodRecord } from './schema';

export interface UndoResult {
  /** Commune-period rows put back as they were, or removed because the import had added them. */
  readonly restored: number;
  /** Rows a later import overwrote: left as they are. */
  readonly skipped: number;
}

/**
 * Takes an import back in one transaction: rows it replaced get their old
 * values, rows it added go, but only where the row is still the import's own
 * (a later import's rows are skipped and counted, and that import's undo data
 * is rewritten to go back to what was there before this one). Communes it,
 * or an import undone earlier, created that no longer have any value are
 * removed, with their remembered aliases. The import stays in the history,
 * marked undone.
 */
export function undoImport(importId: number): Promise<UndoResult> {
  return writeOperation('undo', (db) =>
    db.transaction('rw', [db.communeList, db.periods, db.imports, db.importUndo, db.communeAliases, db.settings], () => undoInTransaction(db, importId)),
  );
}

async function undoInTransaction(db: CchcDb, importId: number): Promise<UndoResult> {
  const now = Date.now();
  const meta = await db.imports.get(importId);
  if (!meta) throw new StorageError('not_found', `import ${importId}`);
  if (meta.undoneAt !== null) throw new StorageError('already_undone', `import ${importId}`);
  const undo = await db.importUndo.get(importId);
  if (!undo) throw new StorageError('not_undoable', `import ${importId} has no undo record`);

  const all = new Map((await db.periods.toArray()).map((r) => [r.period, currentRecord(r)]));
  let restored = 0;
  let skipped = 0;
  const touched = new Set<PeriodCode>();
  const handOver: HandOver[] = [];

  for (const group of undo.replaced) {
    const record = all.get(group.period);
    const old = currentRecord(group);
    if (!record) {
      skipped += group.communeIds.length;
      continue;
    }
    const values = record.values.slice();
    const flags = record.flags.slice();
    const owners = record.rowImportIds.slice();
    const index = new Map(record.communeIds.map((id, row) => [id, row]));
    group.communeIds.forEach((id, from) => {
      const row = index.get(id);
      if (row === undefined || owners[row] !== importId) {
        skipped++;
        if (row !== undefined) {
          handOver.push({
            owner: owners[row] ?? 0,
            period: group.period,
            communeId: id,
            before: {
              values: old.values.slice(from * COLUMNS, (from + 1) * COLUMNS),
              flags: old.flags.slice(from * COLUMNS, (from + 1) * COLUMNS),
              owner: group.rowImportIds[from] ?? 0,
            },
          });
        }
        return;
      }
      copyRow(old, from, values, flags, row);
      owners[row] = group.rowImportIds[from] ?? 0;
      restored++;
    });
    all.set(group.period, { ...record, values, flags, rowImportIds: owners });
    touched.add(group.period);
  }

  for (const group of undo.added) {
    const record = all.get(group.period);
    if (!record) {
      skipped += group.communeIds.length;
      continue;
    }
    const drop = new Set<number>();
    const index = new Map(record.communeIds.map((id, row) => [id, row]));
    for (const id of group.communeIds) {
      const row = index.get(id);
      if (row !== undefined && record.rowImportIds[row] === importId) {
        drop.add(row);
        continue;
      }
      skipped++;
      if (row !== undefined) handOver.push({ owner: record.rowImportIds[row] ?? 0, period: group.period, communeId: id, before: null });
    }
    restored += drop.size;
    if (drop.size === 0) continue;
    const keep = record.communeIds.map((_, row) => row).filter((row) => !drop.has(row));
    if (keep.length === 0) all.delete(group.period);
    else all.set(group.period, storedRows(record, keep));
    touched.add(group.period);
  }

  for (const period of touched) {
    const record = all.get(period);
    if (record) await db.periods.put(record);
    else await db.periods.delete(period);
  }

  await handOverToLaterImports(db, importId, handOver);

  const stillUsed = new Set<string>();
  for (const record of all.values()) for (const id of record.communeIds) stillUsed.add(id);
  // Communes this import created, or an import undone before it (kept then because a later import still used them).
  const undone = (await db.imports.toArray()).filter((m) => m.undoneAt !== null);
  const created = new Set([...meta.newCommuneIds, ...undone.flatMap((m) => m.newCommuneIds)]);
  const candidates = [...created].filter((id) => !stillUsed.has(id));
  const communes = await readCommuneRecords(db);
  const orphanIds = new Set(candidates);
  const orphans = communes.filter((c) => orphanIds.has(c.id)).map((c) => c.id);
  if (orphans.length > 0) {
    await writeCommuneRecords(db, communes.filter((c) => !orphanIds.has(c.id)));
    await db.communeAliases.where('communeId').anyOf(orphans).delete();
  }
  await db.imports.put({ ...meta, undoneAt: now });
  await db.importUndo.delete(importId);
  await db.settings.put({ key: 'lastDataChangeAt', value: now });
  return { restored, skipped };
}

/** A row this import would have put back, but a later import owns now. */
interface HandOver {
  /** The later import that owns the row. */
  readonly owner: number;
  readonly period: PeriodCode;
  readonly communeId: string;
  /** The row as it was before this import (current columns), or null when this import had added it. */
  readonly before: { readonly values: Float64Array; readonly flags: Uint8Array; readonly owner: number } | null;
}

/**
 * A later import's undo data says the row was this import's. Once this import
 * is undone, that is no longer what the row should go back to: it should go
 * back to what this import replaced (or disappear, if this import added it).
 * Rewriting the later import's undo keeps undoing it, afterwards, exact.
 */
async function handOverToLaterImports(db: CchcDb, importId: number, items: readonly HandOver[]): Promise<void> {
  const byOwner = new Map<number, HandOver[]>();
  for (const item of items) byOwner.set(item.owner, [...(byOwner.get(item.owner) ?? []), item]);
  for (const [owner, list] of byOwner) {
    const undo = await db.importUndo.get(owner);
    if (!undo) continue;
    const replaced = undo.replaced.map((group) => ({ group: currentGroup(group), drop: new Set<number>() }));
    const added = new Map(undo.added.map((group) => [group.period, [...group.communeIds]]));
    for (const item of list) {
      const entry = replaced.find((r) => r.group.period === item.period);
      const row = entry?.group.communeIds.indexOf(item.communeId) ?? -1;
      if (!entry || row < 0 || entry.group.rowImportIds[row] !== importId) continue;
      if (item.before) {
        entry.group.values.set(item.before.values, row * COLUMNS);
        entry.group.flags.set(item.before.flags, row * COLUMNS);
        entry.group.rowImportIds[row] = item.before.owner;
      } else {
        entry.drop.add(row);
        added.set(item.period, [...(added.get(item.period) ?? []), item.communeId]);
      }
    }
    const nextReplaced = replaced.flatMap(({ group, drop }) => {
      if (drop.size === 0) return [group];
      const keep = group.communeIds.map((_, r) => r).filter((r) => !drop.has(r));
      return keep.length === 0 ? [] : [storedRows(group, keep)];
    });
    const nextAdded = [...added].map(([period, communeIds]) => ({ period, communeIds }));
    await db.importUndo.put({ importId: owner, replaced: nextReplaced, added: nextAdded });
  }
}

/** A writable copy of an undo record's rows, in current columns. */
function currentGroup(group: PeriodRecord): PeriodRecord {
  const current = currentRecord(group);
  return { ...current, values: current.values.slice(), flags: current.flags.slice(), rowImportIds: current.rowImportIds.slice() };
}
