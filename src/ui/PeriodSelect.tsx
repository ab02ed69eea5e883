import { periodLabel } from '../domain/periods';
import type { PeriodCode } from '../domain/types';
import { T, pick, useLang } from './i18n';

export interface PeriodOption {
  readonly period: PeriodCode;
  readonly source: 'reported' | 'derived';
  readonly from: readonly PeriodCode[];
}

/** The periods reported and the quarters derivable from them, saying which is which. */
export function PeriodSelect(props: {
  readonly options: readonly PeriodOption[];
  readonly value: PeriodCode | null;
  readonly onChange: (period: PeriodCode) => void;
  readonly id?: string;
}) {
  const lang = useLang();
  const label = (o: PeriodOption) => {
    const base = periodLabel(o.period, lang);
    if (o.source === 'reported') return base;
    const from = o.from.map((p) => periodLabel(p, lang)).join(' − ');
    return `${base} (${pick(lang, T.derived)}: ${from})`;
  };
  return (
    <label className="period-select">
      <span>{pick(lang, T.period)}</span>
      <select
        id={props.id}
        value={props.value ?? ''}
        disabled={props.options.length === 0}
        onChange={(e) => {
          const chosen = props.options.find((o) => o.period === e.target.value);
          if (chosen) props.onChange(chosen.period);
        }}
      >
        {props.options.length === 0 && <option value="">{pick(lang, T.noData)}</option>}
        {[...props.options].reverse().map((o) => (
          <option key={o.period} value={o.period}>
            {label(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
