// Targets and the status they give a figure. Defaults come from targets.csv
// of the domain guide, with where each comes from; the district may change
// any of them. Status is judged on the value as displayed (roundForDisplay),
// so the colour and the figure a leader reads never disagree.
import { indicatorLabel, isPercent } from './catalog';
import { formatDecimal } from './format';
import type { IndicatorCode } from './types';

export interface Target {
  readonly indicator: IndicatorCode;
  readonly target: number;
  readonly direction: '>=' | '<=';
  /** Start of the "near" band, half-open: with target 100 and nearFrom 95, 95,0 is near and 94,9 behind. */
  readonly nearFrom: number;
}

export interface DefaultTarget extends Target {
  readonly provenance: 'national' | 'inferred';
  /** Where the default comes from (targets.csv of the domain guide, in both languages). */
  readonly source: { readonly vi: string; readonly en: string };
}

export const DEFAULT_TARGETS: readonly DefaultTarget[] = [
  {
    indicator: 'on_time_rate', target: 100, direction: '>=', nearFrom: 95, provenance: 'national',
    source: {
      vi: 'QĐ 766/QĐ-TTg (2022): điểm tiến độ tăng tuyến tính theo tỷ lệ hồ sơ đúng hạn, chỉ đạt tối đa ở 100 %; NĐ 61/2018 và NĐ 107/2021 quy định thời hạn. Ngưỡng gần đạt theo mức các tỉnh đạt được (trên 95–99 %).',
      en: 'QĐ 766/QĐ-TTg (2022): the progress score is linear in the on-time share, full only at 100 %; NĐ 61/2018 and NĐ 107/2021 set the deadlines. Near band from observed provincial levels (over 95-99 %).',
    },
  },
  {
    indicator: 'online_rate', target: 80, direction: '>=', nearFrom: 50, provenance: 'national',
    source: {
      vi: 'QĐ 942/QĐ-TTg (2021) và QĐ 126/QĐ-BCĐCP (2025): ít nhất 80 % hồ sơ được xử lý trực tuyến toàn trình vào năm 2025. Thành phần nộp trực tuyến của QĐ 766 đạt tối đa ở 50 %.',
      en: 'QĐ 942/QĐ-TTg (2021) and QĐ 126/QĐ-BCĐCP (2025): at least 80 % of dossiers handled fully online by 2025. The QĐ 766 online-submission component is full at 50 %.',
    },
  },
  {
    indicator: 'online_procedure_share', target: 100, direction: '>=', nearFrom: 80, provenance: 'national',
    source: {
      vi: 'NQ 76/NQ-CP (2021): ít nhất 80 % thủ tục trực tuyến mức độ 3–4 vào năm 2025; các quyết định năm 2025: 100 % thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.',
      en: 'NQ 76/NQ-CP (2021): at least 80 % of procedures online at levels 3-4 by 2025; 2025 decisions: 100 % of eligible procedures as full online services.',
    },
  },
  {
    indicator: 'digitisation_rate', target: 100, direction: '>=', nearFrom: 90, provenance: 'national',
    source: {
      vi: 'QĐ 468/QĐ-TTg (2021): số hoá hồ sơ, kết quả giải quyết, đạt 100 % vào năm 2025 (cấp xã 15 % năm 2021). Ngưỡng gần đạt do chúng tôi đề xuất.',
      en: 'QĐ 468/QĐ-TTg (2021): dossiers and results digitised, 100 % by 2025 (communes 15 % in 2021). Near band is our proposal.',
    },
  },
  {
    indicator: 'satisfaction_rate', target: 90, direction: '>=', nearFrom: 80, provenance: 'national',
    source: {
      vi: 'NQ 76/NQ-CP: mức hài lòng trên 90 % vào năm 2025; QĐ 1565/QĐ-TTg (2025): 95 % với dịch vụ trực tuyến năm 2026. Mức hài lòng trong QĐ 766 đạt tối đa ở 90 %.',
      en: 'NQ 76/NQ-CP: over 90 % satisfaction by 2025; QĐ 1565/QĐ-TTg (2025): 95 % for online services in 2026. QĐ 766 satisfaction is full at 90 %.',
    },
  },
  {
    indicator: 'degree_share', target: 100, direction: '>=', nearFrom: 90, provenance: 'national',
    source: {
      vi: 'NĐ 33/2023/NĐ-CP điều 10: công chức cấp xã có trình độ đại học (tỉnh có thể cho phép trung cấp ở vùng khó khăn). Ngưỡng gần đạt do chúng tôi đề xuất.',
      en: 'NĐ 33/2023/NĐ-CP art. 10: commune civil servants hold a university degree (provinces may allow intermediate level in difficult areas). Near band is our proposal.',
    },
  },
  {
    indicator: 'standard_share', target: 100, direction: '>=', nearFrom: 90, provenance: 'inferred',
    source: {
      vi: 'Tiêu chuẩn chức danh theo NĐ 33/2023/NĐ-CP áp dụng cho mọi vị trí; không tìm thấy chỉ tiêu phần trăm. Ngưỡng gần đạt do chúng tôi đề xuất.',
      en: 'NĐ 33/2023/NĐ-CP title standards apply to every post; no percentage target found. Near band is our proposal.',
    },
  },
  {
    indicator: 'plan_completion_rate', target: 100, direction: '>=', nearFrom: 80, provenance: 'inferred',
    source: {
      vi: 'Bộ tiêu chí chỉ số CCHC của tỉnh cho điểm tối đa khi hoàn thành kế hoạch CCHC năm; không tìm thấy chỉ tiêu phần trăm cấp quốc gia. Ngưỡng gần đạt do chúng tôi đề xuất.',
      en: 'Provincial reform-index criteria give full marks for completing the annual CCHC plan; no national percentage found. Near band is our proposal.',
    },
  },
  {
    indicator: 'assigned_on_time_rate', target: 100, direction: '>=', nearFrom: 80, provenance: 'inferred',
    source: {
      vi: 'Bộ tiêu chí chỉ số CCHC của tỉnh chấm điểm nhiệm vụ cấp trên giao được hoàn thành đúng hạn; không tìm thấy chỉ tiêu phần trăm cấp quốc gia.',
      en: 'Provincial reform-index criteria score tasks assigned by the level above done on time; no national percentage found.',
    },
  },
  {
    indicator: 'pending_overdue_share', target: 0, direction: '<=', nearFrom: 2, provenance: 'national',
    source: {
      vi: 'NĐ 61/2018 và TT 01/2018/TT-VPCP: mỗi hồ sơ quá hạn phải có văn bản xin lỗi (mẫu 04); chuẩn là không có hồ sơ quá hạn. Ngưỡng gần đạt do chúng tôi đề xuất.',
      en: 'NĐ 61/2018 and TT 01/2018/TT-VPCP: every overdue dossier needs an apology (form 04); the norm is none overdue. Near band is our proposal.',
    },
  },
  {
    indicator: 'feedback_resolution_rate', target: 100, direction: '>=', nearFrom: 90, provenance: 'national',
    source: {
      vi: 'QĐ 766/QĐ-TTg: phản ánh, kiến nghị (PAKN) được xử lý đúng hạn, chấm điểm tuyến tính tới 100 %.',
      en: 'QĐ 766/QĐ-TTg: complaints and petitions (PAKN) handled on time, scored linearly up to 100 %.',
    },
  },
];

export type Status = 'met' | 'near' | 'behind' | 'no_data';

export const STATUS_LABEL: Readonly<Record<Status, { readonly vi: string; readonly en: string }>> = {
  met: { vi: 'Đạt', en: 'Met' },
  near: { vi: 'Gần đạt', en: 'Near' },
  behind: { vi: 'Chưa đạt', en: 'Behind' },
  no_data: { vi: 'Không có số liệu', en: 'No data' },
};

export const NO_TARGET_LABEL = { vi: 'chưa đặt chỉ tiêu', en: 'no target set' } as const;

/**
 * Status of a figure against its target; null when there is no target (show
 * NO_TARGET_LABEL, no colour). Pass the value as displayed.
 */
export function evaluateTarget(displayedValue: number | null, target: Target | undefined): Status | null {
  if (!target) return null;
  if (displayedValue === null || !Number.isFinite(displayedValue)) return 'no_data';
  if (target.direction === '>=') {
    if (displayedValue >= target.target) return 'met';
    return displayedValue >= target.nearFrom ? 'near' : 'behind';
  }
  if (displayedValue <= target.target) return 'met';
  return displayedValue <= target.nearFrom ? 'near' : 'behind';
}

/** Problems with a target the user typed, in Vietnamese; empty when it is usable. */
export function validateTarget(t: Target): string[] {
  const label = indicatorLabel(t.indicator, 'vi');
  const problems: string[] = [];
  if (!Number.isFinite(t.target)) problems.push(`Chỉ tiêu của "${label}" phải là một số.`);
  if (!Number.isFinite(t.nearFrom)) problems.push(`Ngưỡng "gần đạt" của "${label}" phải là một số.`);
  if (problems.length > 0) return problems;

  if (t.direction === '>=' && t.nearFrom > t.target) {
    problems.push(`Ngưỡng "gần đạt" (${formatNumber(t, t.nearFrom)}) phải nhỏ hơn hoặc bằng chỉ tiêu (${formatNumber(t, t.target)}) khi càng cao càng tốt.`);
  }
  if (t.direction === '<=' && t.nearFrom < t.target) {
    problems.push(`Ngưỡng "gần đạt" (${formatNumber(t, t.nearFrom)}) phải lớn hơn hoặc bằng chỉ tiêu (${formatNumber(t, t.target)}) khi càng thấp càng tốt.`);
  }
  if (isPercent(t.indicator)) {
    if (t.target < 0 || t.target > 100) problems.push(`Chỉ tiêu của "${label}" phải nằm trong khoảng 0 – 100\u00A0%.`);
    if (t.nearFrom < 0 || t.nearFrom > 100) problems.push(`Ngưỡng "gần đạt" của "${label}" phải nằm trong khoảng 0 – 100\u00A0%.`);
  }
  return problems;
}

function formatNumber(t: Target, n: number): string {
  return isPercent(t.indicator) ? `${formatDecimal(n, 'vi')}\u00A0%` : formatDecimal(n, 'vi');
}
