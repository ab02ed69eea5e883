// Plans and the officer's decisions → the ImportBatch the database stores:
// file communes resolved to commune ids, and the tables of several files
// chosen together as one table per period.
import type { CommuneAlias, ImportBatch, NameAsWritten } from '../domain/import-batch';
import { mergeTables, type MergePolicy, type PeriodTable } from '../domain/period-table';
import { comparePeriods } from '../domain/periods';
import type { Commune, PeriodCode } from '../domain/types';
import { BASE_CODES, baseIndicator } from '../domain/catalog';
import { periodLabel } from '../domain/periods';
import type { BaseCode } from '../domain/types';
import { ImportFailure } from './failure';
import { aliasesOf, communeIdOf, newCommunesOf, type Decisions } from './decisions';
import type { FileCommune, ImportPlan } from './types';

/**
 * The plan's blocks as PeriodTables, with file communes resolved to commune
 * ids. Two file communes that resolve to one id in one period (the officer
 * merged a look-alike into a commune the file also names) are merged when
 * they agree; where they disagree an ImportFailure says so in Vietnamese (the
 * preview shows it and does not store the file).
 */
export function planTables(plan: ImportPlan, idOf: (fc: FileCommune) => string): PeriodTable[] {
  const byKey = new Map<number, FileCommune>(plan.communes.map((c) => [c.key, c]));
  return plan.blocks.map((block) => {
    const ids = Array.from(block.communeIds, (key) => {
      const fc = byKey.get(key);
      if (!fc) throw new Error(`plan block names unknown file commune ${key}`);
      return idOf(fc);
    });
    const merged = mergeTables(undefined, { ...block, communeIds: ids }, 'agree');
    const conflict = merged.conflicts[0];
    if (conflict) {
      const names = plan.communes.filter((fc) => idOf(fc) === conflict.communeId).map((fc) => `"${fc.written ?? fc.name}"`);
      throw new ImportFailure(
        `Tệp "${plan.fileName}": ${names.join(' và ')} được gộp làm một xã nhưng ghi khác nhau "${baseIndicator(BASE_CODES[conflict.column] as BaseCode).labelVi}" kỳ ${periodLabel(block.period)} (${conflict.stored.value} và ${conflict.incoming.value}) — hãy chọn "Thêm mới" cho tên gần giống, hoặc sửa tệp.`,
      );
    }
    return merged.table;
  });
}

/** One file to store: its plan and what the officer decided in its preview. */
export interface DecidedPlan {
  readonly plan: ImportPlan;
  readonly decisions: Decisions;
}

export interface BatchOptions {
  /** The name the history shows; by default the files' names. */
  readonly name?: string;
  /** How the batch meets stored reports. */
  readonly policy: MergePolicy;
}

/** The batch of one or more files stored together: one import, one undo (see mergeFileTables). */
export function batchOf(files: readonly DecidedPlan[], options: BatchOptions): ImportBatch {
  const first = files[0]?.plan;
  if (!first || first.layout === null) throw new Error('batchOf: no storable plan');
  const newCommunes = new Map<string, Commune>();
  const aliases: CommuneAlias[] = [];
  const written = new Map<string, NameAsWritten>();
  const tables: PeriodTable[] = [];
  for (const { plan, decisions } of files) {
    if (plan.layout === null) throw new Error(`batchOf: ${plan.fileName} has no layout (a fatal plan cannot be stored)`);
    for (const c of newCommunesOf(plan, decisions)) if (!newCommunes.has(c.id)) newCommunes.set(c.id, c);
    aliases.push(...aliasesOf(plan, decisions));
    for (const fc of plan.communes) {
      if (fc.written === undefined) continue;
      const communeId = communeIdOf(fc, decisions);
      written.set(`${fc.written}|${communeId}`, { written: fc.written, communeId });
    }
    tables.push(...planTables(plan, (fc) => communeIdOf(fc, decisions)));
  }
  return {
    fileName: options.name ?? files.map((f) => f.plan.fileName).join(', '),
    hash: files.map((f) => f.plan.hash).join(','),
    byteLength: files.reduce((n, f) => n + f.plan.byteLength, 0),
    layout: first.layout,
    encoding: [...new Set(files.map((f) => f.plan.encoding))].join(', '),
    newCommunes: [...newCommunes.values()],
    aliases,
    namesAsWritten: [...written.values()],
    tables: mergeFileTables(tables),
    policy: options.policy,
  };
}

/**
 * Tables of several files as one table per period, in period order. A
 * commune-period given by two files keeps every value either gives; where
 * both give one, the later file's wins.
 */
export function mergeFileTables(tables: readonly PeriodTable[]): PeriodTable[] {
  const byPeriod = new Map<PeriodCode, PeriodTable>();
  for (const table of tables) {
    const earlier = byPeriod.get(table.period);
    byPeriod.set(table.period, earlier ? mergeTables(earlier, table, 'overlay').table : table);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}
