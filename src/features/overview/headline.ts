// The overview's figures: for each headline indicator, the whole unit's value
// (Σ parts ÷ Σ parts over the communes, never a mean of rates), its status,
// the change against the comparable period, and how many communes are behind.
import { aggregate, type Aggregate } from '../../domain/aggregate';
import { areaOf, HEADLINE, AREAS } from '../../domain/catalog';
import type { Dataset } from '../../domain/dataset';
import { roundForDisplay } from '../../domain/format';
import { evaluateTarget, type Status, type Target } from '../../domain/targets';
import type { Area, IndicatorCode, PeriodCode } from '../../domain/types';
import { indicatorValue } from '../../domain/values';
import { reportingCommunes } from '../../ui/league';

export interface Headline {
  readonly code: IndicatorCode;
  readonly area: Area;
  readonly current: Aggregate;
  readonly previous: Aggregate | null;
  readonly change: number | null;
  readonly status: Status | null;
  readonly target: Target | undefined;
  readonly behind: number;
  readonly near: number;
  /** Why a commune's figure is missing, when some commune's is for a reason (cannot derive, denominator 0). */
  readonly note: string | null;
  readonly previousNote: string | null;
}

export const HEADLINE_CODES: readonly IndicatorCode[] = AREAS.flatMap((area) => HEADLINE[area]);

/** The first commune's reason for a missing figure, named: "Phường Cổ Thành: Không thể suy ra …". */
function firstNote(dataset: Dataset, period: PeriodCode, code: IndicatorCode): string | null {
  for (const commune of dataset.communes) {
    const note = indicatorValue(dataset, commune.id, period, code).note;
    if (note !== null) return `${commune.name}: ${note}`;
  }
  return null;
}

export function headlineOf(
  dataset: Dataset,
  period: PeriodCode,
  previousPeriod: PeriodCode | null,
  code: IndicatorCode,
  target: Target | undefined,
): Headline {
  const ids = dataset.communes.map((c) => c.id);
  const current = aggregate(dataset, ids, period, code);
  const previous = previousPeriod ? aggregate(dataset, ids, previousPeriod, code) : null;
  const change = current.value !== null && previous?.value != null ? current.value - previous.value : null;
  let behind = 0;
  let near = 0;
  if (target) {
    for (const commune of reportingCommunes(dataset, period)) {
      const value = indicatorValue(dataset, commune.id, period, code).value;
      const status = evaluateTarget(value === null ? null : roundForDisplay(code, value), target);
      if (status === 'behind') behind += 1;
      if (status === 'near') near += 1;
    }
  }
  return {
    code,
    area: areaOf(code),
    current,
    previous,
    change,
    status: evaluateTarget(current.value === null ? null : roundForDisplay(code, current.value), target),
    target,
    behind,
    near,
    note: current.covered < current.total ? firstNote(dataset, period, code) : null,
    previousNote: previousPeriod && previous && previous.value === null ? firstNote(dataset, previousPeriod, code) : null,
  };
}
