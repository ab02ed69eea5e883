// The indicator catalog: base indicators (reported) and derived ones (ratios
// of sums of base indicators, never means of rates — domain guide).
import { BASE_CODES, BASE_INDICATORS } from './base-indicators';
import type { Area, BaseCode, BaseIndicator, Better, DerivedCode, DerivedIndicator, IndicatorCode } from './types';

export { BASE_CODES, BASE_INDICATORS } from './base-indicators';

export { DERIVED_CODES } from './types';

export const DERIVED_INDICATORS: readonly DerivedIndicator[] = [
  { code: 'on_time_rate', area: 'one_window', numerator: ['dossiers_resolved_on_time'], denominator: 'dossiers_resolved', better: 'higher', labelVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', labelEn: 'Dossiers resolved on time' },
  { code: 'late_rate', area: 'one_window', numerator: ['dossiers_resolved_late'], denominator: 'dossiers_resolved', better: 'lower', labelVi: 'Tỷ lệ hồ sơ giải quyết quá hạn', labelEn: 'Dossiers resolved late' },
  { code: 'pending_overdue_share', area: 'one_window', numerator: ['dossiers_pending_overdue'], denominator: 'dossiers_pending', better: 'lower', labelVi: 'Tỷ lệ hồ sơ đang giải quyết đã quá hạn', labelEn: 'Pending dossiers past their deadline' },
  { code: 'feedback_resolution_rate', area: 'one_window', numerator: ['feedback_resolved'], denominator: 'feedback_received', better: 'higher', labelVi: 'Tỷ lệ giải quyết phản ánh, kiến nghị', labelEn: 'Citizen feedback resolved' },
  { code: 'online_rate', area: 'online', numerator: ['dossiers_received_online'], denominator: 'dossiers_received', better: 'higher', labelVi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', labelEn: 'Dossiers received online' },
  { code: 'online_procedure_share', area: 'online', numerator: ['procedures_online_full', 'procedures_online_partial'], denominator: 'procedures_total', better: 'higher', labelVi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', labelEn: 'Procedures offered online' },
  { code: 'digitisation_rate', area: 'online', numerator: ['dossiers_digitized'], denominator: 'dossiers_received', better: 'higher', labelVi: 'Tỷ lệ số hóa hồ sơ', labelEn: 'Dossiers digitised' },
  { code: 'degree_share', area: 'staff', numerator: ['edu_postgraduate', 'edu_university'], denominator: 'staff_total', better: 'higher', labelVi: 'Tỷ lệ CBCC có trình độ đại học trở lên', labelEn: 'Staff with a university degree or higher' },
  { code: 'standard_share', area: 'staff', numerator: ['staff_meeting_standard'], denominator: 'staff_total', better: 'higher', labelVi: 'Tỷ lệ CBCC đạt chuẩn', labelEn: 'Staff meeting the standard' },
  { code: 'political_theory_share', area: 'staff', numerator: ['pol_advanced', 'pol_intermediate'], denominator: 'staff_total', better: 'higher', labelVi: 'Tỷ lệ CBCC có lý luận chính trị trung cấp trở lên', labelEn: 'Staff with intermediate political theory or higher' },
  { code: 'staffing_fill', area: 'staff', numerator: ['staff_total'], denominator: 'staff_quota', better: 'closer_to_100', labelVi: 'Tỷ lệ biên chế có mặt so với được giao', labelEn: 'Posts filled against quota' },
  { code: 'plan_completion_rate', area: 'plan', numerator: ['plan_tasks_done'], denominator: 'plan_tasks_total', better: 'higher', labelVi: 'Tỷ lệ hoàn thành Kế hoạch CCHC', labelEn: 'Reform plan completion' },
  { code: 'assigned_on_time_rate', area: 'plan', numerator: ['assigned_tasks_on_time'], denominator: 'assigned_tasks_total', better: 'higher', labelVi: 'Tỷ lệ nhiệm vụ cấp trên giao hoàn thành đúng hạn', labelEn: 'Assigned tasks done on time' },
];

/**
 * Reported rates averaged across communes are weighted by the count the guide
 * names; a rate without one is a plain mean, flagged as such.
 */
export const RATE_WEIGHTS: Readonly<Partial<Record<BaseCode, BaseCode>>> = {
  satisfaction_rate: 'satisfaction_surveys',
};

/** A rate a commune reports beside the parts it should equal (checked within one point). */
export const REPORTED_RATE_OF: Readonly<Partial<Record<DerivedCode, BaseCode>>> = {
  plan_completion_rate: 'plan_completion_reported',
};

export const AREAS: readonly Area[] = ['one_window', 'online', 'staff', 'plan'];

/** The headline indicator of each area, first in its picker. */
export const HEADLINE: Readonly<Record<Area, readonly IndicatorCode[]>> = {
  one_window: ['on_time_rate'],
  online: ['online_rate'],
  staff: ['degree_share', 'standard_share'],
  plan: ['plan_completion_rate'],
};

const baseByCode = new Map<string, BaseIndicator>(BASE_INDICATORS.map((b) => [b.code, b]));
const derivedByCode = new Map<string, DerivedIndicator>(DERIVED_INDICATORS.map((d) => [d.code, d]));
const baseIndex = new Map<string, number>(BASE_CODES.map((c, i) => [c, i]));

export function isBaseCode(code: string): code is BaseCode {
  return baseByCode.has(code);
}

export function isDerivedCode(code: string): code is DerivedCode {
  return derivedByCode.has(code);
}

export function isIndicatorCode(code: string): code is IndicatorCode {
  return isBaseCode(code) || isDerivedCode(code);
}

export function baseIndicator(code: BaseCode): BaseIndicator {
  const found = baseByCode.get(code);
  if (!found) throw new Error(`unknown base indicator ${code}`);
  return found;
}

export function derivedIndicator(code: DerivedCode): DerivedIndicator {
  const found = derivedByCode.get(code);
  if (!found) throw new Error(`unknown derived indicator ${code}`);
  return found;
}

/** Column of a base indicator in stored value matrices. */
export function baseColumn(code: BaseCode): number {
  const index = baseIndex.get(code);
  if (index === undefined) throw new Error(`unknown base indicator ${code}`);
  return index;
}

export function areaOf(code: IndicatorCode): Area {
  return isBaseCode(code) ? baseIndicator(code).area : derivedIndicator(code as DerivedCode).area;
}

export function indicatorLabel(code: IndicatorCode, lang: 'vi' | 'en'): string {
  const ind = isBaseCode(code) ? baseIndicator(code) : derivedIndicator(code as DerivedCode);
  return lang === 'vi' ? ind.labelVi : ind.labelEn;
}

/** Derived indicators and reported rates are per cent; everything else is a count. */
export function isPercent(code: IndicatorCode): boolean {
  return isDerivedCode(code) || baseIndicator(code).unit === 'percent';
}

/** Which way is better for ranking; counts are ranked higher-first except burdens. */
export function betterOf(code: IndicatorCode): Better {
  if (isDerivedCode(code)) return derivedIndicator(code).better;
  return LOWER_IS_BETTER_BASE.has(code) ? 'lower' : 'higher';
}

const LOWER_IS_BETTER_BASE: ReadonlySet<string> = new Set<BaseCode>([
  'dossiers_resolved_late',
  'dossiers_pending_overdue',
  'staff_disciplined',
  'assigned_tasks_late',
  'assigned_tasks_overdue',
  'edu_none',
  'pol_none',
]);

/** Indicators of one area, derived (the figures leaders read) before base. */
export function indicatorsOfArea(area: Area): IndicatorCode[] {
  return [
    ...DERIVED_INDICATORS.filter((d) => d.area === area).map((d) => d.code),
    ...BASE_INDICATORS.filter((b) => b.area === area).map((b) => b.code),
  ];
}
