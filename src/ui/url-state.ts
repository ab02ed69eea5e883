// View state lives in the URL so a leader can bookmark or send a view. The
// parameter names are a public contract (bookmarks, acceptance checks).
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Comparison } from '../domain/periods';
import type { PeriodCode } from '../domain/types';

export const PARAM = {
  period: 'ky',
  indicator: 'chi-tieu',
  comparison: 'so-sanh',
  sort: 'sap-xep',
} as const;

type ParamName = (typeof PARAM)[keyof typeof PARAM];

/** One query parameter as state; setting it keeps the others. */
export function useQueryParam(name: ParamName): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: false },
      );
    },
    [name, setParams],
  );
  return [params.get(name), set];
}

/**
 * The period being looked at: `ky` when it is one of `available`, else the
 * latest available. Null only when nothing is available.
 */
export function useSelectedPeriod(available: readonly PeriodCode[]): [PeriodCode | null, (p: PeriodCode) => void] {
  const [raw, set] = useQueryParam(PARAM.period);
  const chosen = available.find((p) => p === raw) ?? available[available.length - 1] ?? null;
  return [chosen, set];
}

export function useComparison(): [Comparison, (c: Comparison) => void] {
  const [raw, set] = useQueryParam(PARAM.comparison);
  return [raw === 'cung-ky' ? 'cung-ky' : 'quy-truoc', set];
}
