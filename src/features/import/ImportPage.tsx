import { useEffect, useId, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useCommunes } from '../../db/hooks';
import { formatCount } from '../../domain/format';
import { pick, useLang } from '../../ui/i18n';
import { droppedFiles } from './dropped-files';
import { FilePreview } from './FilePreview';
import { commitSummary, useImportSession, useTogether, type CommitOutcome } from './import-session';
import { releaseImportWorker, warmImportWorker } from './pipeline';
import type { Together } from '../../import/together';
import { fill } from '../../ui/template';
import { TX } from './text';

/** /nhap-du-lieu: choose files, see what each holds, store them when the officer agrees. */
export default function ImportPage() {
  const lang = useLang();
  const entries = useImportSession((s) => s.entries);
  const committing = useImportSession((s) => s.committing);
  const outcome = useImportSession((s) => s.outcome);
  const addFiles = useImportSession((s) => s.addFiles);
  const commitAll = useImportSession((s) => s.commitAll);
  const communes = useCommunes();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    warmImportWorker();
    return releaseImportWorker;
  }, []);
  const inputId = useId();
  const base = useImportSession((s) => s.base);
  const together = useTogether();
  const files = new Map(entries.map((e) => [e.id, e]));
  const summary = commitSummary(entries, together);
  const blockedByConflicts = summary.conflicted.length > 0;
  const blockedByErrors = summary.blocked.some((e) => e.plan && e.plan.rowsWithErrors > 0 && !e.skipErrors);
  const blockedByNeeds = summary.blocked.some((e) => e.plan && (e.plan.needs.commune || e.plan.needs.period));
  const canCommit = !committing && !summary.busy && summary.files > 0 && summary.blocked.length === 0;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then((files) => addFiles(files));
  };

  return (
    <div className="import-page">
      <h1>{pick(lang, TX.pageTitle)}</h1>
      <p>{pick(lang, TX.intro)}</p>

      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{pick(lang, TX.chooseFiles)}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.txt,.tsv"
          onChange={(e) => {
            const files = e.target.files ? [...e.target.files] : [];
            e.target.value = ''; // choosing the same file again must read it again
            addFiles(files);
          }}
        />
        <span className="muted small">{pick(lang, TX.dropHint)}</span>
      </div>

      {outcome && <CommitResult outcome={outcome} />}

      {entries
        .filter((entry) => entry.state !== 'stored') // the result above reports stored files
        .map((entry) => (
          <FilePreview key={entry.id} entry={entry} known={communes.data ?? []} session={{ together, base, files }} />
        ))}

      {entries.some((e) => e.state !== 'stored') && (
        <div className="commit-bar toolbar">
          <button type="button" className="primary" disabled={!canCommit} onClick={() => void commitAll()}>
            {committing
              ? pick(lang, TX.committing)
              : lang === 'vi'
                ? `Lưu ${formatCount(summary.valueCount, lang)} giá trị${summary.files > 1 ? ` từ ${formatCount(summary.files, lang)} tệp` : ''}`
                : `Lưu · Save ${formatCount(summary.valueCount, lang)} values${summary.files > 1 ? ` from ${formatCount(summary.files, lang)} files` : ''}`}
          </button>
          {together && together.files.size > 1 && <span className="small">{totalChanges(together, lang)}</span>}
          {blockedByErrors && <span className="muted small">{pick(lang, TX.blockedErrors)}</span>}
          {blockedByNeeds && <span className="muted small">{pick(lang, TX.blockedNeeds)}</span>}
          {blockedByConflicts && <span className="muted small">{pick(lang, TX.blockedConflicts)}</span>}
        </div>
      )}
    </div>
  );
}

/** What the files chosen together would do, summed: the preview's total beside the commit button. */
function totalChanges(together: Together, lang: 'vi' | 'en'): string {
  let added = 0;
  let changed = 0;
  let emptied = 0;
  for (const { changes } of together.files.values()) {
    added += changes.added;
    changed += changes.changedCount;
    emptied += changes.emptiedCount;
  }
  return fill(pick(lang, TX.totalChanges), { added: formatCount(added, lang), changed: formatCount(changed, lang), emptied: formatCount(emptied, lang) });
}

function CommitResult(props: { readonly outcome: CommitOutcome }) {
  const lang = useLang();
  const { outcome } = props;
  return (
    <section className="card commit-result" aria-labelledby="commit-result-title" role="status">
      <h2 id="commit-result-title">{pick(lang, TX.summaryTitle)}</h2>
      {outcome.stored.length > 0 && (
        <ul>
          {outcome.stored.map((meta) => (
            <li key={meta.id}>
              {lang === 'vi'
                ? `${meta.fileName}: đã lưu ${formatCount(meta.valueCount, lang)} giá trị của ${formatCount(meta.communeCount, lang)} xã/phường, ${formatCount(meta.periods.length, lang)} kỳ; thay thế ${formatCount(meta.replacedCount, lang)} báo cáo đã có, thêm ${formatCount(meta.addedCount, lang)} báo cáo mới.`
                : `${meta.fileName}: stored ${formatCount(meta.valueCount, lang)} values of ${formatCount(meta.communeCount, lang)} communes, ${formatCount(meta.periods.length, lang)} periods; replaced ${formatCount(meta.replacedCount, lang)} reports, added ${formatCount(meta.addedCount, lang)}.`}
            </li>
          ))}
        </ul>
      )}
      {outcome.failed.length > 0 && (
        <div role="alert" className="banner banner-error">
          <ul>
            {outcome.failed.map((f, i) => (
              <li key={i}>
                {f.fileName}: {pick(lang, TX.storeFailed)} {f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.persistence !== undefined && (
        <p className={outcome.persistence ? 'banner banner-info' : 'banner banner-warn'}>
          {pick(lang, outcome.persistence ? TX.persistGranted : TX.persistDenied)}
        </p>
      )}
      {outcome.backupReminder && (
        <p className="banner banner-warn">
          {pick(lang, TX.backupReminder)} <Link to="/du-lieu">{pick(lang, TX.backupLink)}</Link>
        </p>
      )}
      {outcome.stored.length > 0 && (
        <p>
          <Link to="/">{pick(lang, TX.toOverview)}</Link>
        </p>
      )}
    </section>
  );
}
