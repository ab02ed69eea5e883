import { periodLabel } from '../domain/periods';
import type { PeriodCode } from '../domain/types';
import { useLang } from './i18n';

/** Says why changes show "—": the comparable period has no data, or there is none. */
export function ComparisonNote(props: { readonly previousPeriod: PeriodCode | null; readonly available: boolean }) {
  const lang = useLang();
  if (props.available) return null;
  const text =
    props.previousPeriod === null
      ? lang === 'vi'
        ? 'Không có kỳ để so sánh.'
        : 'There is no period to compare with.'
      : lang === 'vi'
        ? `Không có số liệu ${periodLabel(props.previousPeriod, 'vi')} để so sánh (chưa báo cáo và không suy ra được từ số lũy kế).`
        : `No data for ${periodLabel(props.previousPeriod, 'en')} to compare with (not reported, and it cannot be derived from year-to-date reports).`;
  return <p className="small muted comparison-note">{text}</p>;
}
