// Taking an import back, in ONE transaction over every table it touches.
// Nothing inside the transaction catches a Dexie error; a thrown StorageError
// aborts it on purpose.
import { BASE_CODES } from '../domain/base-indicators';
import { COLUMNS, emptyTable } from '../domain/period-table';
import type { PeriodCode } from '../domain/types';
import { readCommuneRecords, writeCommuneRecords } from './commune-list';
import { writeOperation } from './connection';
import { StorageError } from './errors';
import { currentRecord, emptyRows, storedRows } from './records';
import type { CchcDb, ImportUndoRecord, PeriodRecord } from './schema';

export interface UndoResult {
  /** Commune-period reports with at least one value put back as it was (or removed, where the import had added it). */
  readonly restored: number;
  /** Reports whose every value the import wrote a later import has written since: left as they are. */
  readonly skipped: number;
}

/**
 * Takes an import back in one transaction, value by value: each value the
 * import wrote and still owns gets back what was there before it (missing,
 * where it had added it). A value a later import has written since is left as
 * it is, and that import's undo data is rewritten so that undoing it,
 * afterwards, goes back to what was there before this one. Rows left with no
 * value and no owner go; communes this import (or an import undone earlier)
 * created that no longer have any value are removed, with their remembered
 * aliases. The import stays in the history, marked undone.
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

  const all = new Map((await db.periods.toArray()).map((r) => [r.period, writable(currentRecord(r))]));
  const later = new LaterImports(db, importId);
  await later.load();
  let restored = 0;
  let skipped = 0;
  const touched = new Set<PeriodCode>();

  for (const before of beforeImages(undo)) {
    const record = all.get(before.period);
    if (!record) continue;
    touched.add(before.period);
    const rowOf = new Map(record.communeIds.map((id, row) => [id, row]));
    before.communeIds.forEach((id, from) => {
      const row = rowOf.get(id);
      if (row === undefined) return;
      let own = 0;
      let handedOver = 0;
      for (let c = 0; c < COLUMNS; c++) {
        const at = row * COLUMNS + c;
        const owner = record.valueImportIds[at] as number;
        const was = from * COLUMNS + c;
        if (owner === importId) {
          record.values[at] = before.values[was] as number;
          record.flags[at] = before.flags[was] as number;
          record.valueImportIds[at] = before.valueImportIds[was] as number;
          own++;
        } else if (owner > importId && later.handOver(owner, before.period, id, c, before, from)) {
          // A later import wrote over this one's value: undoing that one, afterwards, goes back to what was here before this one.
          handedOver++;
        }
      }
      if (own > 0) restored++;
      else if (handedOver > 0) skipped++;
    });
  }

  for (const period of touched) {
    const record = all.get(period) as PeriodRecord;
    const kept = withoutDeadRows(record);
    if (kept.communeIds.length > 0) await db.periods.put(kept);
    else await db.periods.delete(period);
    all.set(period, kept);
  }
  await later.save();

  const stillUsed = new Set<string>();
  for (const record of all.values()) for (const id of record.communeIds) stillUsed.add(id);
  // Communes this import created, or an import undone before it (kept then because a later import still used them).
  const undone = (await db.imports.toArray()).filter((m) => m.undoneAt !== null);
  const created = new Set([...meta.newCommuneIds, ...undone.flatMap((m) => m.newCommuneIds)]);
  const orphanIds = new Set([...created].filter((id) => !stillUsed.has(id)));
  const communes = await readCommuneRecords(db);
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

/**
 * What each row the import met looked like before it, in current columns:
 * its stored before-images, and for each row it added, a row with nothing in it.
 */
function beforeImages(undo: ImportUndoRecord): PeriodRecord[] {
  const out = undo.replaced.map(currentRecord);
  for (const group of undo.added) out.push(emptyRecord(group.period, group.communeIds));
  return out;
}

function emptyRecord(period: PeriodCode, communeIds: readonly string[]): PeriodRecord {
  return { ...emptyTable(period, communeIds), valueImportIds: new Uint32Array(communeIds.length * COLUMNS), columns: [...BASE_CODES] };
}

/** A copy whose arrays may be written (stored arrays are shared with whoever read them). */
function writable(record: PeriodRecord): PeriodRecord {
  return { ...record, values: record.values.slice(), flags: record.flags.slice(), valueImportIds: record.valueImportIds.slice() };
}

/** Without the rows that hold no value and no owner: nothing is left there to read or to put back. */
function withoutDeadRows(record: PeriodRecord): PeriodRecord {
  const dead = new Set(
    emptyRows(record).filter((r) => {
      for (let c = r * COLUMNS; c < (r + 1) * COLUMNS; c++) if (record.valueImportIds[c] !== 0) return false;
      return true;
    }),
  );
  if (dead.size === 0) return record;
  return storedRows(record, record.communeIds.flatMap((_, r) => (dead.has(r) ? [] : [r])));
}

/**
 * Undo records of imports later than the one being undone, read on demand and
 * rewritten once: where a later import wrote over a value of the one being
 * undone, its before-image of that value becomes what was there before.
 */
class LaterImports {
  private readonly records = new Map<number, ImportUndoRecord>();
  private readonly changed = new Set<number>();

  constructor(
    private readonly db: CchcDb,
    private readonly undoing: number,
  ) {}

  /**
   * Walks the chain of imports that wrote the value after `undoing` (newest
   * first) to the one that wrote over `undoing`'s value, and hands it this
   * value's before-image. True when one was found: the value was `undoing`'s.
   */
  handOver(owner: number, period: PeriodCode, communeId: string, column: number, before: PeriodRecord, from: number): boolean {
    let current = owner;
    const seen = new Set<number>();
    while (current > this.undoing && !seen.has(current)) {
      seen.add(current);
      const image = this.imageOf(current, period, communeId);
      if (!image) return false;
      const at = image.row * COLUMNS + column;
      const previous = image.rows.valueImportIds[at] as number;
      if (previous === this.undoing) {
        image.rows.values[at] = before.values[from * COLUMNS + column] as number;
        image.rows.flags[at] = before.flags[from * COLUMNS + column] as number;
        image.rows.valueImportIds[at] = before.valueImportIds[from * COLUMNS + column] as number;
        this.changed.add(current);
        return true;
      }
      current = previous;
    }
    return false;
  }

  /** Every undo record newer than the one being undone, as writable copies in current columns. */
  async load(): Promise<void> {
    for (const undo of await this.db.importUndo.where('importId').above(this.undoing).toArray()) {
      this.records.set(undo.importId, { ...undo, replaced: undo.replaced.map((r) => writable(currentRecord(r))) });
    }
  }

  private imageOf(importId: number, period: PeriodCode, communeId: string): { rows: PeriodRecord; row: number } | null {
    const undo = this.records.get(importId);
    if (!undo) return null;
    for (const rows of undo.replaced) {
      if (rows.period !== period) continue;
      const row = rows.communeIds.indexOf(communeId);
      if (row >= 0) return { rows, row };
    }
    return null;
  }

  async save(): Promise<void> {
    for (const id of this.changed) {
      const undo = this.records.get(id);
      if (undo) await this.db.importUndo.put(undo);
    }
  }
}
