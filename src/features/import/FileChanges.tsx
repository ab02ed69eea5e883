import { useId, useRef, useState } from 'react';
import { BASE_CODES, indicatorLabel } from '../../domain/catalog';
import { formatCount, formatIndicatorValue } from '../../domain/format';
import type { MergePolicy } from '../../domain/period-table';
import { periodLabel } from '../../domain/periods';
import { FLAG_LOWER_BOUND, type BaseCode, type Commune } from '../../domain/types';
import type { FileChanges as Changes } from '../../import/together';
import { pick, useLang } from '../../ui/i18n';
import { fill } from '../../ui/template';
import { useImportSession, type FileEntry } from './import-session';
import { POLICY_LABEL, TX } from './text';

const LISTED = 30;

/**
 * What storing the file would do to the stored values — new, changed (old →
 * new, so a changed figure is seen before it is stored), untouched — and how
 * it meets stored reports: values merged (the default), or whole reports or
 * the whole period replaced, which asks first and says how many values go.
 */
export function FileChanges(props: {
  readonly entry: FileEntry;
  readonly changes: Changes;
  /** How many stored values the file would empty under another policy. */
  readonly emptiedIf: (policy: MergePolicy) => number;
  readonly known: readonly Commune[];
}) {
  const lang = useLang();
  const { entry, changes } = props;
  const setPolicy = useImportSession((s) => s.setPolicy);
  const [asking, setAsking] = useState<{ policy: keyof typeof POLICY_LABEL; emptied: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const group = useId();
  const nameOf = new Map(props.known.map((c) => [c.id, c.name]));

  const choose = (policy: keyof typeof POLICY_LABEL) => {
    if (policy === 'overlay') {
      setPolicy(entry.id, policy);
      return;
    }
    setAsking({ policy, emptied: props.emptiedIf(policy) });
    const d = dialog.current;
    // Where <dialog> has no showModal (older engines), it opens in place.
    if (d && typeof d.showModal === 'function') d.showModal();
    else d?.setAttribute('open', '');
  };
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close();
    else d?.removeAttribute('open');
    setAsking(null);
  };
  const value = (column: number, v: number, flag: number) => formatIndicatorValue(BASE_CODES[column] as BaseCode, v, (flag & FLAG_LOWER_BOUND) !== 0, lang);

  return (
    <section className="file-changes" aria-labelledby={headingId}>
      <h4 id={headingId}>{pick(lang, TX.changesTitle)}</h4>
      <ul className="change-counts">
        <li>{fill(pick(lang, TX.changesAdded), { n: formatCount(changes.added, lang) })}</li>
        <li>{fill(pick(lang, TX.changesChanged), { n: formatCount(changes.changedCount, lang) })}</li>
        {changes.same > 0 && <li>{fill(pick(lang, TX.changesSame), { n: formatCount(changes.same, lang) })}</li>}
        {changes.emptiedCount > 0 && <li className="warn">{fill(pick(lang, TX.changesEmptied), { n: formatCount(changes.emptiedCount, lang) })}</li>}
        <li>{fill(pick(lang, TX.changesUntouched), { n: formatCount(changes.untouched, lang) })}</li>
      </ul>
      {changes.changed.length > 0 && (
        <details open={changes.changedCount <= 10}>
          <summary>{fill(pick(lang, TX.changesList), { n: formatCount(changes.changedCount, lang) })}</summary>
          <ul className="short-list">
            {changes.changed.slice(0, LISTED).map((c, i) => (
              <li key={i}>
                {nameOf.get(c.communeId) ?? c.communeId}, {periodLabel(c.period, lang)}, {indicatorLabel(BASE_CODES[c.column] as BaseCode, lang)}:{' '}
                <span className="old">{value(c.column, c.before.value, c.before.flag)}</span> → <strong>{value(c.column, c.after.value, c.after.flag)}</strong>
              </li>
            ))}
          </ul>
          {changes.changedCount > LISTED && (
            <p className="muted small">{lang === 'vi' ? `và ${formatCount(changes.changedCount - LISTED, lang)} mục khác` : `and ${formatCount(changes.changedCount - LISTED, lang)} more`}</p>
          )}
        </details>
      )}
      <fieldset className="policy">
        <legend>{pick(lang, TX.policyTitle)}</legend>
        {(['overlay', 'replace', 'replace_period'] as const).map((policy) => (
          <label key={policy} className="choice">
            <input type="radio" name={group} checked={entry.policy === policy} onChange={() => choose(policy)} /> {pick(lang, POLICY_LABEL[policy])}
          </label>
        ))}
      </fieldset>
      <dialog ref={dialog} aria-labelledby={`${headingId}-confirm`} onCancel={close}>
        {asking && (
          <>
            <h4 id={`${headingId}-confirm`}>{pick(lang, POLICY_LABEL[asking.policy as keyof typeof POLICY_LABEL])}</h4>
            <p>{fill(pick(lang, TX.replaceConfirm), { n: formatCount(asking.emptied, lang), file: entry.file.name })}</p>
            <div className="toolbar">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setPolicy(entry.id, asking.policy);
                  close();
                }}
              >
                {pick(lang, TX.replaceYes)}
              </button>
              <button type="button" onClick={close}>
                {pick(lang, TX.replaceNo)}
              </button>
            </div>
          </>
        )}
      </dialog>
    </section>
  );
}
