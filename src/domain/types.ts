// Shared vocabulary of the domain. One word per concept: a Commune, a Period,
// an Indicator, a Report (one commune, one period), an Import. It imports
// nothing: the catalog (base-indicators.ts, catalog.ts) builds on it.

/**
 * The base indicators communes report (indicators.csv). The order is also the
 * column order of stored value matrices (src/db): append, never reorder.
 */
export const BASE_CODES = [
  'dossiers_received',
  'dossiers_carried_over',
  'dossiers_resolved',
  'dossiers_resolved_on_time',
  'dossiers_resolved_early',
  'dossiers_resolved_late',
  'dossiers_pending',
  'dossiers_pending_overdue',
  'procedures_total',
  'feedback_received',
  'feedback_resolved',
  'satisfaction_surveys',
  'satisfaction_rate',
  'dossiers_received_online',
  'dossiers_digitized',
  'dossiers_paid_online',
  'procedures_online_full',
  'procedures_online_partial',
  'online_accounts',
  'staff_total',
  'staff_quota',
  'staff_cadres',
  'staff_civil_servants',
  'staff_non_dedicated',
  'edu_postgraduate',
  'edu_university',
  'edu_college',
  'edu_intermediate',
  'edu_none',
  'pol_advanced',
  'pol_intermediate',
  'pol_elementary',
  'pol_none',
  'staff_meeting_standard',
  'staff_trained',
  'staff_disciplined',
  'plan_tasks_total',
  'plan_tasks_done',
  'plan_completion_reported',
  'assigned_tasks_total',
  'assigned_tasks_on_time',
  'assigned_tasks_late',
  'assigned_tasks_overdue',
  'directive_documents',
  'plans_issued',
  'propaganda_items',
] as const;
export type BaseCode = (typeof BASE_CODES)[number];

/** Ratios of sums of base indicators (catalog.ts gives their formulas). */
export const DERIVED_CODES = [
  'on_time_rate',
  'late_rate',
  'pending_overdue_share',
  'feedback_resolution_rate',
  'online_rate',
  'online_procedure_share',
  'digitisation_rate',
  'degree_share',
  'standard_share',
  'political_theory_share',
  'staffing_fill',
  'plan_completion_rate',
  'assigned_on_time_rate',
] as const;
export type DerivedCode = (typeof DERIVED_CODES)[number];

/** The four areas the dashboard is for. */
export type Area = 'one_window' | 'online' | 'staff' | 'plan';

/**
 * flow: counted over the period (year-to-date when the period is H1/9M/Y);
 * stock: a level at the period's end; rate: a percentage that exists only as reported.
 */
export type IndicatorKind = 'flow' | 'stock' | 'rate';

/** Which way is better; `closer_to_100` is for staffing fill (posts filled vs quota). */
export type Better = 'higher' | 'lower' | 'closer_to_100';

export type IndicatorCode = BaseCode | DerivedCode;

export interface BaseIndicator {
  readonly code: BaseCode;
  readonly area: Area;
  readonly kind: IndicatorKind;
  /** dossiers, procedures, people, tasks, percent, … */
  readonly unit: string;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Row of the Ministry of Home Affairs statistical form, e.g. "BM3 3.3.1". */
  readonly templateRef: string | null;
  readonly aliasesVi: readonly string[];
}

/** A ratio computed from its parts: Σ numerator ÷ Σ denominator, shown in per cent. */
export interface DerivedIndicator {
  readonly code: DerivedCode;
  readonly area: Area;
  readonly numerator: readonly BaseCode[];
  readonly denominator: BaseCode;
  readonly better: Better;
  readonly labelVi: string;
  readonly labelEn: string;
}

/**
 * Canonical period code: `2022-Q1`…`2022-Q4`, `2022-H1`, `2022-9M`, `2022-Y`.
 * Branded so a free string cannot pass for one; make one with `parsePeriodCode`.
 */
export type PeriodCode = string & { readonly __brand: 'PeriodCode' };

/** Per-value flags, stored as bits beside each value. */
export const FLAG_LOWER_BOUND = 1; // "trên 95%": the true value is at least this

/** A number read from a file or stored: `value` is never NaN; missing is `null` at the call site. */
export interface Reading {
  readonly value: number;
  readonly lowerBound: boolean;
}

export type CommuneType = 'xã' | 'phường' | 'thị trấn';

/**
 * The side of the 1 July 2025 reorganisation a unit code belongs to. Most new
 * units reuse a predecessor's code for another unit (new 11086 is Xã Đại Sơn,
 * old 11086 was Xã Hưng Đạo), so a code is a key only with its side.
 */
export type CodeEra = 'before_2025_07' | 'since_2025_07';

export interface Commune {
  /** Stable key: the official 5-digit code when known, else `ten:` + normalised name. */
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
  readonly type: CommuneType | null;
  /** The unit it reports to, as the user names it (district, province, cluster). */
  readonly parent: string | null;
}
