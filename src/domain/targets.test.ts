import { describe, expect, it } from 'vitest';
import { isIndicatorCode } from './catalog';
import { roundForDisplay } from './format';
import { DEFAULT_TARGETS, evaluateTarget, NO_TARGET_LABEL, STATUS_LABEL, validateTarget, type Status, type Target } from './targets';

const onTime: Target = { indicator: 'on_time_rate', target: 100, direction: '>=', nearFrom: 95 };
const overdue: Target = { indicator: 'pending_overdue_share', target: 0, direction: '<=', nearFrom: 2 };

describe('DEFAULT_TARGETS', () => {
  it('transcribes every row of targets.csv', () => {
    expect(DEFAULT_TARGETS.map((t) => [t.indicator, t.target, t.direction, t.nearFrom, t.provenance])).toEqual([
      ['on_time_rate', 100, '>=', 95, 'national'],
      ['online_rate', 80, '>=', 50, 'national'],
      ['online_procedure_share', 100, '>=', 80, 'national'],
      ['digitisation_rate', 100, '>=', 90, 'national'],
      ['satisfaction_rate', 90, '>=', 80, 'national'],
      ['degree_share', 100, '>=', 90, 'national'],
      ['standard_share', 100, '>=', 90, 'inferred'],
      ['plan_completion_rate', 100, '>=', 80, 'inferred'],
      ['assigned_on_time_rate', 100, '>=', 80, 'inferred'],
      ['pending_overdue_share', 0, '<=', 2, 'national'],
      ['feedback_resolution_rate', 100, '>=', 90, 'national'],
    ]);
  });

  it('names a source for each default and passes its own validation', () => {
    for (const t of DEFAULT_TARGETS) {
      expect(isIndicatorCode(t.indicator)).toBe(true);
      expect(t.source.vi.length).toBeGreaterThan(20);
      expect(t.source.en.length).toBeGreaterThan(20);
      expect(validateTarget(t)).toEqual([]);
    }
  });
});

describe('evaluateTarget', () => {
  it.each<[Target, number, Status]>([
    [onTime, 100, 'met'],
    [onTime, 99.9, 'near'],
    [onTime, 95.0, 'near'],
    [onTime, 94.9, 'behind'],
    [onTime, (14 / 33) * 100, 'behind'],
    [overdue, 0, 'met'],
    [overdue, 2, 'near'],
    [overdue, 2.1, 'behind'],
    [overdue, (19 / 80) * 100, 'behind'],
  ])('judges %o at %d as %s (half-open near band)', (target, value, status) => {
    expect(evaluateTarget(value, target)).toBe(status);
  });

  it.each([
    [94.96, 95, 'near'],
    [94.94, 94.9, 'behind'],
    [(1589 / 1590) * 100, 99.9, 'near'],
    [99.96, 100, 'met'],
  ] as const)('judges the displayed value: %d shows as %d and is %s', (raw, shown, status) => {
    const displayed = roundForDisplay('on_time_rate', raw);
    expect(displayed).toBe(shown);
    expect(evaluateTarget(displayed, onTime)).toBe(status);
  });

  it('has no data for a missing value and no status without a target', () => {
    expect(evaluateTarget(null, onTime)).toBe('no_data');
    expect(evaluateTarget(42.4, undefined)).toBeNull();
    expect(evaluateTarget(null, undefined)).toBeNull();
  });
});

describe('validateTarget', () => {
  it.each<[string, Target, RegExp[]]>([
    ['a near band above a ≥ target', { indicator: 'on_time_rate', target: 95, direction: '>=', nearFrom: 98 }, [/Ngưỡng "gần đạt" \(98\u00A0%\) phải nhỏ hơn hoặc bằng chỉ tiêu \(95\u00A0%\)/]],
    ['a near band below a ≤ target', { indicator: 'pending_overdue_share', target: 5, direction: '<=', nearFrom: 2 }, [/phải lớn hơn hoặc bằng chỉ tiêu/]],
    ['a target that is not a number', { indicator: 'on_time_rate', target: Number.NaN, direction: '>=', nearFrom: 95 }, [/^Chỉ tiêu của "Tỷ lệ hồ sơ giải quyết đúng hạn" phải là một số\.$/]],
    ['an infinite near band', { indicator: 'on_time_rate', target: 100, direction: '>=', nearFrom: Number.NEGATIVE_INFINITY }, [/^Ngưỡng "gần đạt" .* phải là một số\.$/]],
    ['a percentage above 100', { indicator: 'online_rate', target: 120, direction: '>=', nearFrom: 50 }, [/phải nằm trong khoảng 0 – 100\u00A0%/]],
    ['a percentage below 0', { indicator: 'late_rate', target: 0, direction: '<=', nearFrom: -1 }, [/phải lớn hơn hoặc bằng/, /phải nằm trong khoảng 0 – 100\u00A0%/]],
  ])('rejects %s', (_, target, messages) => {
    const problems = validateTarget(target);
    expect(problems).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(problems[i]).toMatch(m));
  });

  it('accepts a count target above 100 and an equal near band', () => {
    expect(validateTarget({ indicator: 'dossiers_resolved', target: 1590, direction: '>=', nearFrom: 1500 })).toEqual([]);
    expect(validateTarget({ indicator: 'on_time_rate', target: 95, direction: '>=', nearFrom: 95 })).toEqual([]);
  });
});

describe('labels', () => {
  it('speaks Vietnamese first', () => {
    expect(Object.fromEntries(Object.entries(STATUS_LABEL).map(([k, v]) => [k, v.vi]))).toEqual({
      met: 'Đạt',
      near: 'Gần đạt',
      behind: 'Chưa đạt',
      no_data: 'Không có số liệu',
    });
    expect(NO_TARGET_LABEL).toEqual({ vi: 'chưa đặt chỉ tiêu', en: 'no target set' });
  });
});
