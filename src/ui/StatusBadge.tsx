import type { Lang } from '../domain/format';
import { NO_TARGET_LABEL, STATUS_LABEL, type Status } from '../domain/targets';
import { pick, useLang } from './i18n';

// A shape beside the colour so status never rests on colour alone.
const MARK: Readonly<Record<Status, string>> = { met: '✓', near: '!', behind: '✗', no_data: '–' };

/** The badge in a given language, without subscribing to the language (3,300 table rows). */
export function StatusLabel(props: { readonly status: Status | null; readonly lang: Lang }) {
  if (props.status === null) return <span className="status status-none">{pick(props.lang, NO_TARGET_LABEL)}</span>;
  return (
    <span className={`status status-${props.status}`}>
      <span aria-hidden="true">{MARK[props.status]} </span>
      {pick(props.lang, STATUS_LABEL[props.status])}
    </span>
  );
}

/** Target status with colour AND text; null (no target) shows "chưa đặt chỉ tiêu" without colour. */
export function StatusBadge(props: { readonly status: Status | null }) {
  const lang = useLang();
  return <StatusLabel status={props.status} lang={lang} />;
}
