// Files chosen together: each is stored as an import of its own (one undo
// each), but they are previewed and resolved as one set. A file's communes are
// matched against the stored ones and those the files before it add, exactly
// as they will be when it is stored after them (two files naming one commune,
// one by code and one by name only, give one commune); what each file would
// change is counted against the stored values; and two files that give one
// value differently are a conflict the officer settles — never a silent
// last-wins.
import type { ImportBatch } from '../domain/import-batch';
import { changesOf, COLUMNS, emptyTable, mergeTables, type CellChange, type MergePolicy, type PeriodTable } from '../domain/period-table';
import type { Commune, PeriodCode } from '../domain/types';
import { batchOf } from './batch';
import { communeMatcher } from './communes';
import type { Decisions } from './decisions';
import { ImportFailure } from './failure';
import type { FileCommune, ImportContext, ImportPlan } from './types';

/** One file of the set, as the officer left it in the preview. */
export interface TogetherFile {
  /** Stable key of the file in the session. */
  readonly key: number;
  readonly plan: ImportPlan;
  readonly decisions: Decisions;
  readonly policy: MergePolicy;
}

/** Two files that give one value differently. */
export interface FileConflict {
  /** The keys of the two files, earlier first. */
  readonly files: readonly [number, number];
  readonly period: PeriodCode;
  readonly communeId: string;
  readonly column: number;
  readonly values: readonly [{ readonly value: number; readonly flag: number }, { readonly value: number; readonly flag: number }];
}

/** Which file's values win where two files disagree, by the pair's key (see pairKey). */
export type ConflictChoices = ReadonlyMap<string, number>;

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface FileOutcome {
  /** What storing the file stores, conflicts settled. */
  readonly batch: ImportBatch;
  /** Why the file cannot be stored as the officer decided (Vietnamese), or null. */
  readonly refusal: string | null;
  /** What it does to the stored values of its periods, period by period summed. */
  readonly changes: FileChanges;
}

export interface FileChanges {
  readonly added: number;
  readonly changedCount: number;
  readonly changed: readonly (CellChange<string> & { readonly period: PeriodCode })[];
  readonly same: number;
  readonly emptiedCount: number;
  readonly untouched: number;
}

export interface Together {
  /** By file key, in the files' order. */
  readonly files: ReadonlyMap<number, FileOutcome>;
  readonly conflicts: readonly FileConflict[];
  /** Pairs of files with conflicts the officer has not settled yet. */
  readonly unsettled: readonly (readonly [number, number])[];
}

/**
 * The set as it will be stored, in order: each file's communes matched
 * against the stored communes and those the files before it add, its batch,
 * what it changes, and the conflicts between files (a settled conflict's
 * losing values are left out of the losing file).
 */
export function together(
  files: readonly TogetherFile[],
  context: Pick<ImportContext, 'knownCommunes' | 'aliases'>,
  stored: ReadonlyMap<PeriodCode, PeriodTable>,
  choices: ConflictChoices,
): Together {
  const known = [...context.knownCommunes];
  const batches: { file: TogetherFile; batch: ImportBatch }[] = [];
  const refusals = new Map<number, string>();
  for (const file of files) {
    const plan = rematched(file.plan, { knownCommunes: known, aliases: context.aliases });
    let batch: ImportBatch;
    try {
      batch = batchOf([{ plan, decisions: file.decisions }], { policy: file.policy });
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      refusals.set(file.key, error.message);
      continue;
    }
    batches.push({ file, batch });
    for (const c of batch.newCommunes) known.push({ id: c.id, code: c.code, name: c.name });
  }

  const conflicts: FileConflict[] = [];
  for (let i = 0; i < batches.length; i++) {
    for (let j = i + 1; j < batches.length; j++) conflicts.push(...conflictsBetween(batches[i] as (typeof batches)[number], batches[j] as (typeof batches)[number]));
  }
  const unsettledKeys = new Set<string>();
  const leaveOut = new Map<number, Set<string>>();
  for (const c of conflicts) {
    const winner = choices.get(pairKey(...c.files));
    if (winner === undefined || !c.files.includes(winner)) {
      unsettledKeys.add(pairKey(...c.files));
      continue;
    }
    const loser = c.files[0] === winner ? c.files[1] : c.files[0];
    const cells = leaveOut.get(loser) ?? new Set<string>();
    cells.add(cellKey(c.period, c.communeId, c.column));
    leaveOut.set(loser, cells);
  }

  const outcomes = new Map<number, FileOutcome>();
  const newCommunes = new Map<string, Commune>();
  for (const { file, batch } of batches) {
    for (const c of batch.newCommunes) newCommunes.set(c.id, c);
    const cut = leaveOut.get(file.key);
    const tables = cut ? batch.tables.map((t) => withoutCells(t, cut)) : batch.tables;
    // Every commune the file refers to that is not stored yet: a file before it may fail to store.
    const referenced = new Set(tables.flatMap((t) => t.communeIds));
    const settled: ImportBatch = { ...batch, tables, newCommunes: [...newCommunes.values()].filter((c) => referenced.has(c.id)) };
    outcomes.set(file.key, { batch: settled, refusal: null, changes: fileChanges(settled, stored) });
  }
  for (const [key, refusal] of refusals) outcomes.set(key, { batch: EMPTY_BATCH, refusal, changes: fileChanges(EMPTY_BATCH, stored) });
  const unsettled = [...unsettledKeys].map((k) => k.split('|').map(Number) as [number, number]);
  return { files: outcomes, conflicts, unsettled };
}

const EMPTY_BATCH: ImportBatch = { fileName: '', hash: '', byteLength: 0, layout: 'wide', encoding: '', newCommunes: [], aliases: [], namesAsWritten: [], tables: [], policy: 'overlay' };

/** A plan whose file communes are matched again, against communes known now. */
export function rematched(plan: ImportPlan, context: Pick<ImportContext, 'knownCommunes' | 'aliases'>): ImportPlan {
  const match = communeMatcher(context);
  let changed = false;
  const communes = plan.communes.map((fc): FileCommune => {
    const now = match(fc.code, fc.name);
    if (now.kind === fc.match.kind && (now.kind === 'new' || (fc.match.kind !== 'new' && now.communeId === fc.match.communeId))) return fc;
    changed = true;
    return { ...fc, match: now };
  });
  return changed ? { ...plan, communes } : plan;
}

function conflictsBetween(a: { file: TogetherFile; batch: ImportBatch }, b: { file: TogetherFile; batch: ImportBatch }): FileConflict[] {
  const out: FileConflict[] = [];
  for (const tb of b.batch.tables) {
    const ta = a.batch.tables.find((t) => t.period === tb.period);
    if (!ta) continue;
    for (const c of mergeTables(ta, tb, 'agree').conflicts) {
      out.push({ files: [a.file.key, b.file.key], period: tb.period, communeId: c.communeId, column: c.column, values: [c.stored, c.incoming] });
    }
  }
  return out;
}

function cellKey(period: PeriodCode, communeId: string, column: number): string {
  return `${period}|${communeId}|${column}`;
}

function withoutCells(table: PeriodTable, cells: ReadonlySet<string>): PeriodTable {
  const values = table.values.slice();
  const flags = table.flags.slice();
  table.communeIds.forEach((id, r) => {
    for (let c = 0; c < COLUMNS; c++) {
      if (!cells.has(cellKey(table.period, id, c))) continue;
      values[r * COLUMNS + c] = Number.NaN;
      flags[r * COLUMNS + c] = 0;
    }
  });
  return { ...table, values, flags };
}

/** What storing the batch would do to the stored values of its periods. */
export function fileChanges(batch: ImportBatch, stored: ReadonlyMap<PeriodCode, PeriodTable>): FileChanges {
  let added = 0;
  let changedCount = 0;
  let same = 0;
  let emptiedCount = 0;
  let untouched = 0;
  const changed: FileChanges['changed'][number][] = [];
  for (const table of batch.tables) {
    const c = changesOf(stored.get(table.period) ?? emptyTable(table.period, [] as string[]), table, batch.policy);
    added += c.added;
    changedCount += c.changedCount;
    same += c.same;
    emptiedCount += c.emptiedCount;
    untouched += c.untouched;
    for (const change of c.changed) changed.push({ ...change, period: table.period });
  }
  return { added, changedCount, changed, same, emptiedCount, untouched };
}
