import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import { comparablePeriod, type Comparison } from '../domain/periods';
import type { PeriodCode } from '../domain/types';
import { availablePeriods, type AvailablePeriod } from '../domain/values';
import { useComparison, useSelectedPeriod } from './url-state';

export interface PeriodView {
  readonly options: readonly AvailablePeriod[];
  readonly periods: readonly PeriodCode[];
  /** The period looked at (URL `ky`, else the latest); null when there is no data. */
  readonly period: PeriodCode | null;
  readonly comparison: Comparison;
  readonly setComparison: (c: Comparison) => void;
  /** The comparable period (previous quarter or same period a year earlier), whether or not it has data. */
  readonly previousPeriod: PeriodCode | null;
  readonly previousAvailable: boolean;
}

/** The period and comparison every dashboard page reads from the URL. */
export function usePeriodView(dataset: Dataset | undefined): PeriodView {
  const options = useMemo(() => (dataset ? availablePeriods(dataset) : []), [dataset]);
  const periods = useMemo(() => options.map((o) => o.period), [options]);
  const [period] = useSelectedPeriod(periods);
  const [comparison, setComparison] = useComparison();
  const previousPeriod = period ? comparablePeriod(period, comparison) : null;
  const previousAvailable = previousPeriod !== null && periods.includes(previousPeriod);
  return { options, periods, period, comparison, setComparison, previousPeriod, previousAvailable };
}
