import { useId } from 'react';
import { BASE_CODES, indicatorLabel } from '../../domain/catalog';
import { formatCount, formatIndicatorValue } from '../../domain/format';
import { periodLabel } from '../../domain/periods';
import { FLAG_LOWER_BOUND, type BaseCode, type Commune } from '../../domain/types';
import { pairKey, type FileConflict } from '../../import/together';
import { pick, useLang } from '../../ui/i18n';
import { fill } from '../../ui/template';
import { useImportSession, type FileEntry } from './import-session';
import { TX } from './text';

const LISTED = 20;

/**
 * Where this file and another chosen with it give one value differently: the
 * values side by side, and the officer's choice of which file's values to
 * store (or "Bỏ tệp này" on either file). Until chosen, neither is stored.
 */
export function FileConflicts(props: {
  readonly entry: FileEntry;
  readonly conflicts: readonly FileConflict[];
  readonly files: ReadonlyMap<number, FileEntry>;
  readonly known: readonly Commune[];
}) {
  const lang = useLang();
  const choices = useImportSession((s) => s.choices);
  const chooseWinner = useImportSession((s) => s.chooseWinner);
  const group = useId();
  const nameOf = new Map(props.known.map((c) => [c.id, c.name]));
  const byOther = new Map<number, FileConflict[]>();
  for (const c of props.conflicts) {
    if (!c.files.includes(props.entry.id)) continue;
    const other = c.files[0] === props.entry.id ? c.files[1] : c.files[0];
    byOther.set(other, [...(byOther.get(other) ?? []), c]);
  }
  if (byOther.size === 0) return null;
  const value = (column: number, v: { value: number; flag: number }) =>
    formatIndicatorValue(BASE_CODES[column] as BaseCode, v.value, (v.flag & FLAG_LOWER_BOUND) !== 0, lang);

  return (
    <div className="file-conflicts" role="group" aria-label={pick(lang, TX.conflictsTitle)}>
      {[...byOther].map(([other, list]) => {
        const otherName = props.files.get(other)?.file.name ?? '';
        const winner = choices.get(pairKey(props.entry.id, other));
        const mineFirst = list[0]?.files[0] === props.entry.id;
        return (
          <fieldset key={other} className={winner === undefined ? 'unsettled' : undefined}>
            <legend>{fill(pick(lang, TX.conflictsWith), { n: formatCount(list.length, lang), other: otherName })}</legend>
            <ul className="short-list">
              {list.slice(0, LISTED).map((c, i) => {
                const [mine, theirs] = mineFirst ? c.values : [c.values[1], c.values[0]];
                return (
                  <li key={i}>
                    {nameOf.get(c.communeId) ?? c.communeId}, {periodLabel(c.period, lang)}, {indicatorLabel(BASE_CODES[c.column] as BaseCode, lang)}: {props.entry.file.name}{' '}
                    <strong>{value(c.column, mine)}</strong> · {otherName} <strong>{value(c.column, theirs)}</strong>
                  </li>
                );
              })}
            </ul>
            {list.length > LISTED && <p className="muted small">{lang === 'vi' ? `và ${formatCount(list.length - LISTED, lang)} mục khác` : `and ${formatCount(list.length - LISTED, lang)} more`}</p>}
            {[props.entry.id, other].map((key) => (
              <label key={key} className="choice">
                <input type="radio" name={`${group}-${other}`} checked={winner === key} onChange={() => chooseWinner(props.entry.id, other, key)} />{' '}
                {fill(pick(lang, TX.conflictKeep), { file: props.files.get(key)?.file.name ?? '' })}
              </label>
            ))}
            {winner === undefined && <p className="small">{pick(lang, TX.conflictUnsettled)}</p>}
          </fieldset>
        );
      })}
    </div>
  );
}
