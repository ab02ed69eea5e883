import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS } from '../domain/targets';
import { datasetOf, periodOf } from '../../tests/support/reports';
import { useLeagueRows } from './use-league-rows';

const dataset = datasetOf([
  { commune: 'Xã Bình Lãng', period: '2022-H1', values: { plan_tasks_total: 33, plan_tasks_done: 14, plan_completion_reported: 63.6 } },
  { commune: 'Xã Cộng Lạc', period: '2022-H1', values: { plan_tasks_total: 20, plan_tasks_done: 10 } },
]);

describe('useLeagueRows', () => {
  it('shows the ranking at once and adds the data checks right after (Bình Lãng: 63,6 % reported, 14/33 computed)', async () => {
    const input = {
      dataset,
      period: periodOf('2022-H1'),
      previousPeriod: null,
      code: 'plan_completion_rate' as const,
      target: DEFAULT_TARGETS.find((t) => t.indicator === 'plan_completion_rate'),
    };
    const { result } = renderHook(() => useLeagueRows(input));
    expect(result.current.map((r) => r.name)).toEqual(['Xã Cộng Lạc', 'Xã Bình Lãng']);
    await waitFor(() => {
      const binhLang = result.current.find((r) => r.name === 'Xã Bình Lãng');
      expect(binhLang?.warnings.map((w) => w.message).join(' ')).toContain('63,6');
    });
    expect(result.current.find((r) => r.name === 'Xã Cộng Lạc')?.warnings).toEqual([]);
  });
});
