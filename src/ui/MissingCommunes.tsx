import { Link } from 'react-router';
import type { Commune } from '../domain/types';
import { pick, useLang, type Bilingual } from './i18n';
import { communePath } from './league';

const SHOWN = 30;

const TEXT = {
  all: { vi: 'Tất cả xã/phường đã báo cáo kỳ này.', en: 'Every commune reported this period.' },
  more: { vi: 'và {n} xã khác', en: 'and {n} more' },
} as const satisfies Record<string, Bilingual>;

/**
 * Reporting completeness: "9/12 xã đã báo cáo; chưa báo cáo: …". Partial data
 * is normal; the figures shown cover the communes that reported.
 */
export function MissingCommunes(props: {
  readonly missing: readonly Commune[];
  readonly total: number;
  readonly periodLabel: string;
  /** Show a sentence even when nobody is missing. */
  readonly always?: boolean;
}) {
  const lang = useLang();
  const { missing, total } = props;
  if (missing.length === 0) return props.always ? <p className="small muted">{pick(lang, TEXT.all)}</p> : null;
  const reported = total - missing.length;
  const head =
    lang === 'vi'
      ? `${props.periodLabel}: ${reported}/${total} xã đã báo cáo; ${missing.length} xã chưa có số liệu:`
      : `${props.periodLabel}: ${reported}/${total} communes reported; ${missing.length} have no data:`;
  const shown = missing.slice(0, SHOWN);
  return (
    <div className="banner banner-warn missing-communes" role="status">
      <p>
        {head}{' '}
        {shown.map((c, i) => (
          <span key={c.id}>
            {i > 0 && ', '}
            <Link to={communePath(c)}>{c.name}</Link>
          </span>
        ))}
        {missing.length > SHOWN && ` ${pick(lang, TEXT.more).replace('{n}', String(missing.length - SHOWN))}`}
      </p>
    </div>
  );
}
