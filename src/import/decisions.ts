// What the officer decides in the preview, and what it means for what will be
// stored. Pure: the import page keeps the decisions, this says what they mean.
import { reportKey } from '../domain/import-batch';
import type { Commune } from '../domain/types';
import { FORM_ROW_SKIPPED } from './messages';
import type { FileCommune, ImportPlan } from './types';

/** For a file commune whose name only resembles a known one: map it onto that commune, or add it as new. */
export type Decision = { readonly kind: 'new' } | { readonly kind: 'merge'; readonly communeId: string };

/** Decisions by FileCommune.key; a commune with no decision is added as new (the default). */
export type Decisions = ReadonlyMap<number, Decision>;

/** The stored commune id a file commune will be written under. */
export function communeIdOf(fc: FileCommune, decisions: Decisions): string {
  if (fc.match.kind !== 'new') return fc.match.communeId;
  const decision = decisions.get(fc.key);
  return decision?.kind === 'merge' ? decision.communeId : fc.match.newId;
}

/** File communes the officer must look at: new ones whose name resembles a known commune. */
export function communesToDecide(plan: ImportPlan): FileCommune[] {
  return plan.communes.filter((fc) => fc.match.kind === 'new' && fc.match.suggestions.length > 0);
}

/** Communes the commit adds: every new file commune not mapped onto a known one (one per id). */
export function newCommunesOf(plan: ImportPlan, decisions: Decisions): Commune[] {
  const byId = new Map<string, Commune>();
  for (const fc of plan.communes) {
    if (fc.match.kind !== 'new') continue;
    const id = communeIdOf(fc, decisions);
    if (id !== fc.match.newId || byId.has(id)) continue;
    byId.set(id, { id, code: fc.code, name: fc.name, type: fc.type, parent: null });
  }
  return [...byId.values()];
}

/** Mappings to remember, so the next file naming the commune this way is matched without asking. */
export function aliasesOf(plan: ImportPlan, decisions: Decisions): { alias: string; communeId: string }[] {
  const out: { alias: string; communeId: string }[] = [];
  for (const fc of plan.communes) {
    const decision = decisions.get(fc.key);
    if (fc.match.kind === 'new' && decision?.kind === 'merge') out.push({ alias: fc.name, communeId: decision.communeId });
  }
  return out;
}

export interface ReplacementSummary {
  /** Commune-period reports in the file that are already stored and will be replaced. */
  readonly replaced: readonly { readonly period: ImportPlan['periods'][number]; readonly communeName: string }[];
  /** Reports in the file that are not stored yet. */
  readonly added: number;
}

/** Which of the file's commune-periods already exist (`reportKey`s, from existingReports). */
export function replacementsOf(plan: ImportPlan, decisions: Decisions, existing: ReadonlySet<string>): ReplacementSummary {
  const byKey = new Map(plan.communes.map((fc) => [fc.key, fc]));
  const replaced: { period: ImportPlan['periods'][number]; communeName: string }[] = [];
  let added = 0;
  for (const block of plan.blocks) {
    for (const key of block.communeIds) {
      const fc = byKey.get(key);
      if (!fc) continue;
      if (existing.has(reportKey(block.period, communeIdOf(fc, decisions)))) replaced.push({ period: block.period, communeName: fc.name });
      else added++;
    }
  }
  return { replaced, added };
}

/**
 * Problems split by severity: errors are about rows left out, warnings about
 * values that look wrong. A form's untracked rows are listed apart: a form has
 * dozens, and they would bury the warnings that matter.
 */
export function problemsBySeverity(plan: ImportPlan): {
  errors: ImportPlan['problems'];
  warnings: ImportPlan['problems'];
  untrackedFormRows: ImportPlan['problems'];
} {
  return {
    errors: plan.problems.filter((p) => p.severity === 'error'),
    warnings: plan.problems.filter((p) => p.severity === 'warning' && p.code !== FORM_ROW_SKIPPED),
    untrackedFormRows: plan.problems.filter((p) => p.code === FORM_ROW_SKIPPED),
  };
}

export type Readiness =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'fatal' | 'needs_input' | 'errors_not_accepted' | 'nothing_to_store' };

/** Whether a file may be stored now: never when fatal; with rows in error only after the explicit choice. */
export function readiness(plan: ImportPlan, skipErrorsAccepted: boolean): Readiness {
  if (plan.fatal || plan.layout === null) return { ok: false, reason: 'fatal' };
  if (plan.needs.commune || plan.needs.period) return { ok: false, reason: 'needs_input' };
  if (plan.rowsWithErrors > 0 && !skipErrorsAccepted) return { ok: false, reason: 'errors_not_accepted' };
  if (plan.valueCount === 0) return { ok: false, reason: 'nothing_to_store' };
  return { ok: true };
}
