// Rows of the stacked bar charts (qualification structure, task timeliness):
// one bar per commune plus the whole unit first, counts as reported.
import type { Dataset } from '../../domain/dataset';
import type { BaseCode, Commune, PeriodCode } from '../../domain/types';
import { baseValue } from '../../domain/values';

export const EDUCATION: readonly BaseCode[] = ['edu_postgraduate', 'edu_university', 'edu_college', 'edu_intermediate', 'edu_none'];
export const POLITICS: readonly BaseCode[] = ['pol_advanced', 'pol_intermediate', 'pol_elementary', 'pol_none'];
export const ASSIGNED: readonly BaseCode[] = ['assigned_tasks_on_time', 'assigned_tasks_late', 'assigned_tasks_overdue'];

/** A computed segment (e.g. tasks not done = total − done) beside reported ones. */
export interface ComputedSegment {
  readonly key: string;
  readonly compute: (valueOf: (code: BaseCode) => number | null) => number | null;
}

export interface StackRow {
  readonly name: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface Stacks {
  readonly unit: StackRow;
  /** Communes with at least one segment, by name. */
  readonly communes: readonly StackRow[];
}

const collator = new Intl.Collator('vi');

export function stackRows(
  dataset: Dataset,
  period: PeriodCode,
  communes: readonly Commune[],
  codes: readonly BaseCode[],
  computed: readonly ComputedSegment[],
  unitName: string,
): Stacks {
  const keys = [...codes, ...computed.map((c) => c.key)];
  const totals: Record<string, number | null> = Object.fromEntries(keys.map((k) => [k, null]));
  const rows: StackRow[] = [];
  for (const commune of communes) {
    const valueOf = (code: BaseCode) => {
      const r = baseValue(dataset, commune.id, period, code);
      return r.status === 'value' ? r.value : null;
    };
    const values: Record<string, number | null> = {};
    for (const code of codes) values[code] = valueOf(code);
    for (const segment of computed) values[segment.key] = segment.compute(valueOf);
    if (keys.every((k) => values[k] === null)) continue;
    for (const k of keys) {
      const v = values[k];
      if (v !== null && v !== undefined) totals[k] = (totals[k] ?? 0) + v;
    }
    rows.push({ name: commune.name, values });
  }
  rows.sort((a, b) => collator.compare(a.name, b.name));
  return { unit: { name: unitName, values: totals }, communes: rows };
}

/** Tasks of the plan not (yet) done: total − done, never negative, missing when either is. */
export const PLAN_REMAINING: ComputedSegment = {
  key: 'plan_tasks_remaining',
  compute: (valueOf) => {
    const total = valueOf('plan_tasks_total');
    const done = valueOf('plan_tasks_done');
    return total === null || done === null ? null : Math.max(0, total - done);
  },
};
