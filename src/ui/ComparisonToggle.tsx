import { useId } from 'react';
import type { Comparison } from '../domain/periods';
import { pick, useLang, type Bilingual } from './i18n';

const TEXT = {
  legend: { vi: 'So sánh với', en: 'Compare with' },
  previous: { vi: 'Quý trước', en: 'Previous quarter' },
  yearAgo: { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
} as const satisfies Record<string, Bilingual>;

/** The comparison the change columns use (URL `so-sanh`: quy-truoc | cung-ky). */
export function ComparisonToggle(props: { readonly value: Comparison; readonly onChange: (c: Comparison) => void }) {
  const lang = useLang();
  const name = useId();
  const choices: readonly [Comparison, Bilingual][] = [
    ['quy-truoc', TEXT.previous],
    ['cung-ky', TEXT.yearAgo],
  ];
  return (
    <fieldset className="comparison-toggle">
      <legend>{pick(lang, TEXT.legend)}</legend>
      {choices.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {pick(lang, label)}
        </label>
      ))}
    </fieldset>
  );
}
