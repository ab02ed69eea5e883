import { useEffect, useMemo, useState } from 'react';
import type { IndicatorCode } from '../domain/types';
import { buildLeagueRows, prepareRanking, withCheckWarnings, type LeagueInput, type LeagueRow } from './league';

/**
 * League rows for a page, recomputed only when what they depend on changes.
 * The data checks of a period not looked at before cost a few hundred ms
 * over 3,300 communes (measured), so the table is painted first and their
 * warnings are added right after.
 */
export function useLeagueRows(input: LeagueInput | null): readonly LeagueRow[] {
  const dataset = input?.dataset;
  const period = input?.period;
  const previousPeriod = input?.previousPeriod ?? null;
  const code = input?.code;
  const target = input?.target;
  const rows = useMemo(
    () => (dataset && period && code ? buildLeagueRows({ dataset, period, previousPeriod, code, target }, { checks: false }) : []),
    [dataset, period, previousPeriod, code, target],
  );
  const [checked, setChecked] = useState<{ readonly of: readonly LeagueRow[]; readonly rows: readonly LeagueRow[] } | null>(null);
  useEffect(() => {
    if (!dataset || !period || !code || rows.length === 0) return;
    // After the next paint: a timer set here could run before it and hold the new table back.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setChecked({ of: rows, rows: withCheckWarnings({ dataset, period, code }, rows) }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [dataset, period, code, rows]);
  return checked?.of === rows ? checked.rows : rows;
}

/** requestIdleCallback where the browser has it (Safari does not), else a short timer. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

/**
 * Ranks the page's other indicators for the period shown, one per idle
 * moment, so that picking one shows its table at once: over 3,300 communes
 * a derived quarter's figures and ranking take ~30-50 ms per indicator.
 */
export function usePreparedRankings(input: Pick<LeagueInput, 'dataset' | 'period' | 'previousPeriod'> | null, codes: readonly IndicatorCode[]): void {
  const dataset = input?.dataset;
  const period = input?.period;
  const previousPeriod = input?.previousPeriod ?? null;
  useEffect(() => {
    if (!dataset || !period) return;
    const queue = [...codes];
    let cancel = whenIdle(function next() {
      const code = queue.shift();
      if (code === undefined) return;
      prepareRanking(dataset, period, previousPeriod, code);
      cancel = whenIdle(next);
    });
    return () => cancel();
  }, [dataset, period, previousPeriod, codes]);
}
