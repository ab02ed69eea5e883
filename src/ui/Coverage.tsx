import { useLang } from './i18n';

/** "11/12 xã": how many communes a figure covers; the rest did not give what it needs. */
export function Coverage(props: { readonly covered: number; readonly total: number }) {
  const lang = useLang();
  const text = lang === 'vi' ? `${props.covered}/${props.total} xã` : `${props.covered}/${props.total} communes`;
  const full = lang === 'vi' ? ' có số liệu' : ' with data';
  return (
    <span className="coverage small muted">
      {text}
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
