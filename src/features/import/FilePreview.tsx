import { useId, useMemo, useState } from 'react';
import { indicatorLabel } from '../../domain/catalog';
import { formatCount, formatDecimal } from '../../domain/format';
import { parsePeriodLabel, periodLabel } from '../../domain/periods';
import type { Commune } from '../../domain/types';
import type { FileCommune, ImportPlan } from '../../import/types';
import { pick, useLang } from '../../ui/i18n';
import { fill } from '../../ui/template';
import { fileChanges, type Together } from '../../import/together';
import { FileChanges } from './FileChanges';
import { FileConflicts } from './FileConflicts';
import { useImportSession, type FileEntry, type SessionBase } from './import-session';
import { ProblemTable } from './ProblemTable';
import { communesToDecide, communeIdOf, problemsBySeverity } from '../../import/decisions';
import { ENCODING_LABEL, LAYOUT_LABEL, SEPARATOR_LABEL, TX } from './text';

const MB = 1024 * 1024;
const LIST_LIMIT = 30;

function megabytes(bytes: number, lang: 'vi' | 'en'): string {
  return `${formatDecimal(bytes / MB, lang, 1)} MB`;
}

/** What the files of the session would store together, and the stored data they meet. */
export interface SessionView {
  readonly together: Together | null;
  readonly base: SessionBase | null;
  readonly files: ReadonlyMap<number, FileEntry>;
}

/** One file of the session: its progress while read, then what it was understood to contain. */
export function FilePreview(props: { readonly entry: FileEntry; readonly known: readonly Commune[]; readonly session: SessionView }) {
  const lang = useLang();
  const { entry } = props;
  const headingId = useId();
  const remove = useImportSession((s) => s.remove);
  const rerun = useImportSession((s) => s.rerun);
  const cancel = useImportSession((s) => s.cancel);

  return (
    <section className="card file-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.file.name}</h3>
      {entry.state === 'queued' && <p className="muted">{pick(lang, TX.queued)}</p>}
      {entry.state === 'parsing' && <ReadProgress entry={entry} onCancel={() => cancel(entry.id)} />}
      {entry.state === 'cancelled' && (
        <div className="toolbar">
          <span>{pick(lang, TX.cancelled)}</span>
          <button type="button" onClick={() => rerun(entry.id, {})}>
            {pick(lang, TX.retry)}
          </button>
        </div>
      )}
      {entry.state === 'failed' && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TX.readFailed)} {entry.error}
        </p>
      )}
      {entry.state === 'store_failed' && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TX.storeFailed)} {entry.error}
        </p>
      )}
      {(entry.state === 'ready' || entry.state === 'store_failed') && entry.plan && (
        <PlanPreview entry={entry} plan={entry.plan} known={props.known} session={props.session} />
      )}
      {entry.state !== 'parsing' && (
        <div className="toolbar">
          <button type="button" onClick={() => remove(entry.id)}>
            {pick(lang, TX.remove)}
          </button>
        </div>
      )}
    </section>
  );
}

function ReadProgress(props: { readonly entry: FileEntry; readonly onCancel: () => void }) {
  const lang = useLang();
  const p = props.entry.progress;
  const total = p?.bytesTotal ?? props.entry.file.size;
  const done = p?.bytesDone ?? 0;
  const label = `${pick(lang, TX.reading)} ${props.entry.file.name}`;
  return (
    <div className="toolbar" aria-live="polite">
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span className="small">
        {megabytes(done, lang)} / {megabytes(total, lang)} · {formatCount(p?.rows ?? 0, lang)} {lang === 'vi' ? 'dòng' : 'rows'}
      </span>
      <button type="button" onClick={props.onCancel}>
        {pick(lang, TX.cancel)}
      </button>
    </div>
  );
}

function PlanPreview(props: { readonly entry: FileEntry; readonly plan: ImportPlan; readonly known: readonly Commune[]; readonly session: SessionView }) {
  const lang = useLang();
  const { entry, plan } = props;
  const rerun = useImportSession((s) => s.rerun);
  const setSkipErrors = useImportSession((s) => s.setSkipErrors);
  const { errors, warnings, untrackedFormRows } = useMemo(() => problemsBySeverity(plan), [plan]);
  const unmatched = plan.columns.filter((c) => c.match.kind === 'unmatched');
  const newCommunes = plan.communes.filter((fc) => fc.match.kind === 'new' && communeIdOf(fc, entry.decisions) === fc.match.newId);
  const toDecide = useMemo(() => communesToDecide(plan), [plan]);
  const outcome = props.session.together?.files.get(entry.id);
  const stored = props.session.base?.stored;
  const checkboxId = useId();

  return (
    <div className="plan-preview">
      {plan.fatal && (
        <div role="alert" className="banner banner-error">
          {pick(lang, TX.fatal)} {(errors.find((p) => p.row === null) ?? errors[0])?.message ?? ''}
        </div>
      )}
      <dl className="facts">
        <dt>{pick(lang, TX.layout)}</dt>
        <dd>{plan.layout ? pick(lang, LAYOUT_LABEL[plan.layout] ?? { vi: plan.layout, en: plan.layout }) : '—'}</dd>
        <dt>{pick(lang, TX.encoding)}</dt>
        <dd>{ENCODING_LABEL[plan.encoding] ?? plan.encoding}</dd>
        <dt>{pick(lang, TX.separator)}</dt>
        <dd>{plan.separator ? pick(lang, SEPARATOR_LABEL[plan.separator] ?? { vi: plan.separator, en: plan.separator }) : '—'}</dd>
        <dt>{pick(lang, TX.found)}</dt>
        <dd>
          {lang === 'vi'
            ? `${formatCount(plan.communes.length, lang)} xã/phường × ${formatCount(plan.periods.length, lang)} kỳ`
            : `${formatCount(plan.communes.length, lang)} communes × ${formatCount(plan.periods.length, lang)} periods`}
          {plan.periods.length > 0 && `: ${plan.periods.map((p) => periodLabel(p, lang)).join('; ')}`}
        </dd>
        <dt>{pick(lang, TX.rows)}</dt>
        <dd>{formatCount(plan.rowCount, lang)}</dd>
        <dt>{pick(lang, TX.values)}</dt>
        <dd>{formatCount(plan.valueCount, lang)}</dd>
        <dt>{pick(lang, TX.rowsWithErrors)}</dt>
        <dd>{formatCount(plan.rowsWithErrors, lang)}</dd>
      </dl>

      <ConventionControl
        value={plan.numberConvention}
        reason={plan.conventionReason}
        onChange={(numberConvention) => rerun(entry.id, { numberConvention })}
      />

      {(plan.needs.commune || plan.needs.period) && <FormNeeds entry={entry} plan={plan} />}

      {unmatched.length > 0 && (
        <>
          <h4>{pick(lang, TX.unmatched)}</h4>
          <ul>
            {unmatched.map((c) => (
              <li key={c.index}>
                “{c.header}” — {pick(lang, TX.closest)}:{' '}
                {c.match.kind === 'unmatched' && c.match.candidates.length > 0
                  ? c.match.candidates.map((code) => indicatorLabel(code, lang)).join('; ')
                  : pick(lang, TX.noCandidate)}
              </li>
            ))}
          </ul>
        </>
      )}

      {toDecide.length > 0 && <CommuneDecisions entry={entry} communes={toDecide} known={props.known} />}

      {newCommunes.length > 0 && (
        <>
          <h4>
            {pick(lang, TX.newCommunes)} ({formatCount(newCommunes.length, lang)})
          </h4>
          <ShortList items={newCommunes.map((fc) => (fc.code ? `${fc.name} (${fc.code})` : fc.name))} />
        </>
      )}

      {outcome?.refusal && (
        <p role="alert" className="banner banner-error">
          {outcome.refusal}
        </p>
      )}
      {outcome && !outcome.refusal && stored && (
        <FileChanges
          entry={entry}
          changes={outcome.changes}
          emptiedIf={(policy) => fileChanges({ ...outcome.batch, policy }, stored).emptiedCount}
          known={props.known}
        />
      )}
      {props.session.together && (
        <FileConflicts entry={entry} conflicts={props.session.together.conflicts} files={props.session.files} known={props.known} />
      )}

      {/* A refused file says what stops it, under a caption that says nothing is stored; its other notes are not "stored anyway". */}
      <ProblemTable caption={`${pick(lang, plan.fatal ? TX.fatalCaption : TX.errorsCaption)} — ${plan.fileName}`} problems={errors} />
      <ProblemTable caption={`${pick(lang, plan.fatal ? TX.otherNotesCaption : TX.warningsCaption)} — ${plan.fileName}`} problems={warnings} />
      {untrackedFormRows.length > 0 && (
        <details className="untracked-rows">
          <summary>{fill(pick(lang, TX.untrackedFormRows), { n: formatCount(untrackedFormRows.length, lang) })}</summary>
          <ProblemTable caption={`${pick(lang, TX.untrackedFormRowsCaption)} — ${plan.fileName}`} problems={untrackedFormRows} />
        </details>
      )}

      {!plan.fatal && plan.rowsWithErrors > 0 && (
        <p className="skip-errors">
          <input
            id={checkboxId}
            type="checkbox"
            checked={entry.skipErrors}
            onChange={(e) => setSkipErrors(entry.id, e.target.checked)}
          />{' '}
          <label htmlFor={checkboxId}>
            {lang === 'vi'
              ? `Bỏ qua ${formatCount(plan.rowsWithErrors, lang)} dòng có lỗi, chỉ lưu các dòng hợp lệ`
              : `Skip ${formatCount(plan.rowsWithErrors, lang)} rows with errors, store the valid rows only`}
            {` (${plan.fileName})`}
          </label>
        </p>
      )}
    </div>
  );
}

/** A list that stays short: the first 30, the rest behind a disclosure. */
function ShortList(props: { readonly items: readonly string[] }) {
  const lang = useLang();
  const head = props.items.slice(0, LIST_LIMIT);
  const tail = props.items.slice(LIST_LIMIT);
  // A province's file lists thousands of new communes: build their items only when asked.
  const [open, setOpen] = useState(false);
  return (
    <>
      <ul className="short-list">
        {head.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      {tail.length > 0 && (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{lang === 'vi' ? `và ${formatCount(tail.length, lang)} mục khác` : `and ${formatCount(tail.length, lang)} more`}</summary>
          {open && (
            <ul className="short-list">
              {tail.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </>
  );
}

function ConventionControl(props: { readonly value: 'vi' | 'en'; readonly reason: string; readonly onChange: (c: 'vi' | 'en') => void }) {
  const lang = useLang();
  const id = useId();
  return (
    <div className="convention">
      <label htmlFor={id}>{pick(lang, TX.convention)}</label>{' '}
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value === 'en' ? 'en' : 'vi')}>
        <option value="vi">{pick(lang, TX.conventionVi)}</option>
        <option value="en">{pick(lang, TX.conventionEn)}</option>
      </select>
      <p className="muted small">{props.reason}</p>
    </div>
  );
}

function FormNeeds(props: { readonly entry: FileEntry; readonly plan: ImportPlan }) {
  const lang = useLang();
  const rerun = useImportSession((s) => s.rerun);
  const [commune, setCommune] = useState(props.entry.options.formCommuneName ?? '');
  const [periodText, setPeriodText] = useState(props.entry.options.formPeriod ?? '');
  const [touched, setTouched] = useState(false);
  const period = periodText.trim() === '' ? null : parsePeriodLabel(periodText);
  const periodBad = props.plan.needs.period && period === null;
  const communeBad = props.plan.needs.commune && commune.trim() === '';
  const communeId = useId();
  const periodId = useId();
  return (
    <form
      className="card form-needs"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (periodBad || communeBad) return;
        rerun(props.entry.id, {
          ...(commune.trim() ? { formCommuneName: commune.trim() } : {}),
          ...(period ? { formPeriod: period } : {}),
        });
      }}
    >
      <h4>{pick(lang, TX.needsTitle)}</h4>
      {props.plan.needs.commune && (
        <p>
          <label htmlFor={communeId}>{pick(lang, TX.formCommune)}</label>{' '}
          <input id={communeId} type="text" value={commune} onChange={(e) => setCommune(e.target.value)} />
        </p>
      )}
      {props.plan.needs.period && (
        <p>
          <label htmlFor={periodId}>{pick(lang, TX.formPeriod)}</label>{' '}
          <input id={periodId} type="text" value={periodText} onChange={(e) => setPeriodText(e.target.value)} />
          {period && <span className="muted small"> → {periodLabel(period, lang)}</span>}
        </p>
      )}
      {touched && periodBad && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TX.periodInvalid)}
        </p>
      )}
      <button type="submit">{pick(lang, TX.rerunWith)}</button>
    </form>
  );
}

function CommuneDecisions(props: { readonly entry: FileEntry; readonly communes: readonly FileCommune[]; readonly known: readonly Commune[] }) {
  const lang = useLang();
  const decide = useImportSession((s) => s.decide);
  const nameOf = useMemo(() => new Map(props.known.map((c) => [c.id, c.name])), [props.known]);
  return (
    <div className="decisions">
      <h4>{pick(lang, TX.decideTitle)}</h4>
      {props.communes.map((fc) => {
        if (fc.match.kind !== 'new') return null;
        const decision = props.entry.decisions.get(fc.key);
        const group = `decide-${props.entry.id}-${fc.key}`;
        return (
          <fieldset key={fc.key}>
            <legend>“{fc.name}”</legend>
            {fc.match.suggestions.map((id) => (
              <label key={id} className="choice">
                <input
                  type="radio"
                  name={group}
                  checked={decision?.kind === 'merge' && decision.communeId === id}
                  onChange={() => decide(props.entry.id, fc.key, { kind: 'merge', communeId: id })}
                />{' '}
                {pick(lang, TX.mergeInto)} {nameOf.get(id) ?? id}
              </label>
            ))}
            <label className="choice">
              <input
                type="radio"
                name={group}
                checked={decision === undefined || decision.kind === 'new'}
                onChange={() => decide(props.entry.id, fc.key, { kind: 'new' })}
              />{' '}
              {pick(lang, TX.addNew)}
            </label>
          </fieldset>
        );
      })}
    </div>
  );
}
