import { describe, expect, it } from 'vitest';
import { checkReport, type CheckWarning } from './checks';
import { SEED_REPORTS } from '../../tests/support/reports';
import type { BaseCode } from './types';

type Values = Partial<Record<BaseCode, number>>;
const check = (values: Values) => checkReport((code) => values[code] ?? null);
const kinds = (warnings: CheckWarning[]) => warnings.map((w) => [w.kind, w.indicator, w.related]);
const seed = (commune: string): Values => SEED_REPORTS.find((r) => r.commune === commune)?.values ?? {};

describe('checkReport', () => {
  it('flags Bình Lãng\u2019s reported plan completion 63,6 % against its own 14 of 33 tasks (42,4 %)', () => {
    const warnings = check(seed('Xã Bình Lãng'));
    expect(kinds(warnings)).toEqual([['reported_rate_mismatch', 'plan_completion_reported', 'plan_tasks_done']]);
    expect(warnings[0]?.message).toBe(
      '"Tỷ lệ hoàn thành Kế hoạch CCHC năm (số báo cáo)" là 63,6\u00A0%, nhưng tính từ số liệu thành phần: ' +
        '"Số nhiệm vụ đã hoàn thành (lũy kế đến thời điểm báo cáo)" ÷ "Số nhiệm vụ đề ra trong kế hoạch CCHC năm" = 14/33 = 42,4\u00A0%.',
    );
    expect(warnings[0]?.messageEn).toContain('63.6%');
    expect(warnings[0]?.messageEn).toContain('42.4%');
  });

  it.each(['Xã Cộng Lạc', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'])('finds nothing wrong in the consistent seed report of %s', (commune) => {
    expect(check(seed(commune))).toEqual([]);
  });

  it.each<[string, Values, BaseCode, BaseCode]>([
    ['on time above resolved', { dossiers_resolved: 1590, dossiers_resolved_on_time: 1591 }, 'dossiers_resolved_on_time', 'dossiers_resolved'],
    ['late above resolved', { dossiers_resolved: 406, dossiers_resolved_late: 412 }, 'dossiers_resolved_late', 'dossiers_resolved'],
    ['early above on time', { dossiers_resolved_on_time: 1974, dossiers_resolved_early: 1992 }, 'dossiers_resolved_early', 'dossiers_resolved_on_time'],
    ['online above received', { dossiers_received: 170, dossiers_received_online: 738 }, 'dossiers_received_online', 'dossiers_received'],
    ['digitised above received', { dossiers_received: 486, dossiers_digitized: 487 }, 'dossiers_digitized', 'dossiers_received'],
    ['paid online above received', { dossiers_received: 10, dossiers_paid_online: 11 }, 'dossiers_paid_online', 'dossiers_received'],
    ['pending overdue above pending', { dossiers_pending: 19, dossiers_pending_overdue: 80 }, 'dossiers_pending_overdue', 'dossiers_pending'],
    ['feedback resolved above received', { feedback_received: 0, feedback_resolved: 1 }, 'feedback_resolved', 'feedback_received'],
    ['plan tasks done above planned', { plan_tasks_total: 14, plan_tasks_done: 33 }, 'plan_tasks_done', 'plan_tasks_total'],
    ['assigned on time above assigned', { assigned_tasks_total: 10, assigned_tasks_on_time: 12 }, 'assigned_tasks_on_time', 'assigned_tasks_total'],
    ['assigned late above assigned', { assigned_tasks_total: 10, assigned_tasks_late: 11 }, 'assigned_tasks_late', 'assigned_tasks_total'],
    ['staff meeting the standard above staff', { staff_total: 20, staff_meeting_standard: 21 }, 'staff_meeting_standard', 'staff_total'],
    ['qualification levels summing above staff', { staff_total: 20, edu_university: 18, edu_college: 1, edu_intermediate: 2 }, 'edu_university', 'staff_total'],
    ['political-theory levels summing above staff', { staff_total: 20, pol_intermediate: 16, pol_elementary: 1, pol_none: 4 }, 'pol_intermediate', 'staff_total'],
    ['online procedures (levels 3 + 4) above procedures', { procedures_total: 169, procedures_online_full: 150, procedures_online_partial: 47 }, 'procedures_online_full', 'procedures_total'],
    ['cadres plus civil servants above staff', { staff_total: 20, staff_cadres: 11, staff_civil_servants: 10 }, 'staff_cadres', 'staff_total'],
  ])('flags a part exceeding its total: %s', (_, values, indicator, related) => {
    expect(kinds(check(values))).toEqual([['part_exceeds_total', indicator, related]]);
  });

  it('names the parts and both numbers the Vietnamese way', () => {
    const [warning] = check({ staff_total: 20, edu_university: 18, edu_college: 1, edu_intermediate: 2 });
    expect(warning?.message).toBe(
      'Tổng "Trình độ chuyên môn: đại học" + "Trình độ chuyên môn: cao đẳng" + "Trình độ chuyên môn: trung cấp" (21) lớn hơn "Tổng số cán bộ công chức cấp xã có mặt" (20).',
    );
    const [single] = check({ dossiers_resolved: 1590, dossiers_resolved_on_time: 1591 });
    expect(single?.message).toBe('"Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)" (1.591) lớn hơn "Tổng số hồ sơ TTHC đã giải quyết xong" (1.590).');
  });

  it.each<[string, Values, number]>([
    ['parts equal to the total', { dossiers_resolved: 738, dossiers_resolved_on_time: 738 }, 0],
    ['a total without its parts', { staff_total: 20 }, 0],
    ['parts without their total', { edu_university: 18, edu_college: 30 }, 0],
    ['a reported rate within one point of its parts (42,4 vs 14/33)', { plan_tasks_total: 33, plan_tasks_done: 14, plan_completion_reported: 42.4 }, 0],
    ['a reported rate without parts (Lộc Thủy reports 100 % and no task counts)', { plan_completion_reported: 100 }, 0],
    ['a reported rate over zero tasks', { plan_tasks_total: 0, plan_tasks_done: 0, plan_completion_reported: 100 }, 0],
    ['a reported rate just over one point away', { plan_tasks_total: 33, plan_tasks_done: 14, plan_completion_reported: 43.5 }, 1],
  ])('judges %s', (_, values, count) => {
    expect(check(values)).toHaveLength(count);
  });

  it.each<[Values, string[][]]>([
    [{ dossiers_resolved_late: -1 }, [['negative_count', 'dossiers_resolved_late', 'null']]],
    [{ staff_total: 20.5 }, [['non_integer_count', 'staff_total', 'null']]],
    [{ dossiers_pending: -0.5 }, [['negative_count', 'dossiers_pending', 'null'], ['non_integer_count', 'dossiers_pending', 'null']]],
    [{ satisfaction_rate: 99.93, plan_completion_reported: 63.6 }, []],
  ])('flags negative and fractional counts, never rates: %o', (values, expected) => {
    expect(kinds(check(values)).map((k) => k.map(String))).toEqual(expected);
  });

  it('shows a negative count in the message', () => {
    expect(check({ dossiers_resolved_late: -1200 })[0]?.message).toBe('"Số hồ sơ giải quyết quá hạn" là số đếm nên không thể âm (-1.200).');
  });
});
