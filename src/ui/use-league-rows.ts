import { useMemo } from 'react';
import { buildLeagueRows, type LeagueInput, type LeagueRow } from './league';

/** League rows for a page, recomputed only when what they depend on changes. */
export function useLeagueRows(input: LeagueInput | null): readonly LeagueRow[] {
  const dataset = input?.dataset;
  const period = input?.period;
  const previousPeriod = input?.previousPeriod ?? null;
  const code = input?.code;
  const target = input?.target;
  return useMemo(
    () => (dataset && period && code ? buildLeagueRows({ dataset, period, previousPeriod, code, target }) : []),
    [dataset, period, previousPeriod, code, target],
  );
}
