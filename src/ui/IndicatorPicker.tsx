import { useId } from 'react';
import { indicatorLabel, isDerivedCode } from '../domain/catalog';
import type { IndicatorCode } from '../domain/types';
import { pick, useLang, type Bilingual } from './i18n';

const TEXT = {
  label: { vi: 'Chỉ tiêu', en: 'Indicator' },
  derived: { vi: 'Tỷ lệ (tính từ số liệu thành phần)', en: 'Rates (computed from their parts)' },
  base: { vi: 'Số liệu báo cáo', en: 'Reported figures' },
} as const satisfies Record<string, Bilingual>;

/** A choice among the given indicators: computed rates first, then reported figures. */
export function IndicatorPicker(props: {
  readonly options: readonly IndicatorCode[];
  readonly value: IndicatorCode;
  readonly onChange: (code: IndicatorCode) => void;
  readonly label?: string;
}) {
  const lang = useLang();
  const id = useId();
  const derived = props.options.filter((c) => isDerivedCode(c));
  const base = props.options.filter((c) => !isDerivedCode(c));
  const option = (code: IndicatorCode) => (
    <option key={code} value={code}>
      {indicatorLabel(code, lang)}
    </option>
  );
  return (
    <span className="indicator-picker">
      <label htmlFor={id}>{props.label ?? pick(lang, TEXT.label)}</label>{' '}
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          const chosen = props.options.find((c) => c === e.target.value);
          if (chosen) props.onChange(chosen);
        }}
      >
        {derived.length > 0 && <optgroup label={pick(lang, TEXT.derived)}>{derived.map(option)}</optgroup>}
        {base.length > 0 && <optgroup label={pick(lang, TEXT.base)}>{base.map(option)}</optgroup>}
      </select>
    </span>
  );
}
