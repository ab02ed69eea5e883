import { useEffect, useMemo, useState } from 'react';
import { buildLeagueRows, withCheckWarnings, type LeagueInput, type LeagueRow } from './league';

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
