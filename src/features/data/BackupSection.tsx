import { useId, useState } from 'react';
import { createBackup, parseBackup, restoreBackup, saveSettings, type Backup, type RestoreMode, type RestoreSummary } from '../../db';
import { useSettings } from '../../db/hooks';
import { formatCount } from '../../domain/format';
import { pick, useLang } from '../../ui/i18n';
import { datedFileName, downloadText } from './download';
import { TD } from './text';
import { formatTime } from './time';

type Parsed =
  | { readonly fileName: string; readonly ok: true; readonly backup: Backup }
  | { readonly fileName: string; readonly ok: false; readonly errors: readonly string[] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Download a backup; restore one after it was checked whole, replacing or merging. */
export function BackupSection() {
  const lang = useLang();
  const settings = useSettings();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [restored, setRestored] = useState<{ mode: RestoreMode; summary: RestoreSummary } | null>(null);
  const inputId = useId();
  const lastBackupAt = settings.data?.lastBackupAt ?? null;
  const lastChangeAt = settings.data?.lastDataChangeAt ?? null;
  const stale = lastChangeAt !== null && (lastBackupAt === null || lastBackupAt < lastChangeAt);

  const run = async (work: () => Promise<void>) => {
    setWorking(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setWorking(false);
    }
  };

  const backup = () =>
    run(async () => {
      const text = await createBackup();
      downloadText(datedFileName('cchc-sao-luu', 'json'), text, 'application/json');
      await saveSettings({ lastBackupAt: Date.now() });
    });

  const choose = (file: File) =>
    run(async () => {
      setRestored(null);
      const result = await parseBackup(await file.text());
      setParsed(result.ok ? { fileName: file.name, ok: true, backup: result.backup } : { fileName: file.name, ok: false, errors: result.errors });
    });

  const restore = (backupToRestore: Backup, mode: RestoreMode) =>
    run(async () => {
      const summary = await restoreBackup(backupToRestore, mode);
      setRestored({ mode, summary });
      setParsed(null);
    });

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{pick(lang, TD.backupTitle)}</h2>
      <p className="muted">{pick(lang, TD.backupHelp)}</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={working} onClick={() => void backup()}>
          {pick(lang, TD.backup)}
        </button>
        <span className="small">
          {pick(lang, TD.lastBackup)}: {lastBackupAt === null ? pick(lang, TD.never) : formatTime(lastBackupAt, lang)}
        </span>
      </div>
      {stale && <p className="banner banner-warn">{pick(lang, TD.backupOld)}</p>}

      <div className="toolbar">
        <label htmlFor={inputId}>{pick(lang, TD.restoreChoose)}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={working}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>

      {parsed && !parsed.ok && (
        <div role="alert" className="banner banner-error">
          <div>
            {pick(lang, TD.restoreInvalid)} {parsed.fileName}
            <ul>
              {parsed.errors.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {parsed?.ok && (
        <div className="card restore-summary">
          <h3>
            {pick(lang, TD.restoreSummary)}: {parsed.fileName}
          </h3>
          <p>
            {lang === 'vi'
              ? `Tạo lúc ${formatTime(parsed.backup.createdAt, lang)}; ${formatCount(parsed.backup.data.communes.length, lang)} xã/phường, ${formatCount(parsed.backup.data.periods.length, lang)} kỳ, ${formatCount(parsed.backup.data.imports.length, lang)} lần nhập, ${formatCount(parsed.backup.data.targets.length, lang)} chỉ tiêu đã đặt.`
              : `Made ${formatTime(parsed.backup.createdAt, lang)}; ${formatCount(parsed.backup.data.communes.length, lang)} communes, ${formatCount(parsed.backup.data.periods.length, lang)} periods, ${formatCount(parsed.backup.data.imports.length, lang)} imports, ${formatCount(parsed.backup.data.targets.length, lang)} targets set.`}
          </p>
          <div className="toolbar">
            <button type="button" disabled={working} onClick={() => void restore(parsed.backup, 'replace')}>
              {pick(lang, TD.replaceAll)}
            </button>
            <span className="muted small">{pick(lang, TD.replaceHelp)}</span>
          </div>
          <div className="toolbar">
            <button type="button" disabled={working} onClick={() => void restore(parsed.backup, 'merge')}>
              {pick(lang, TD.merge)}
            </button>
            <span className="muted small">{pick(lang, TD.mergeHelp)}</span>
          </div>
        </div>
      )}
      {restored && (
        <p role="status" className="banner banner-info">
          {pick(lang, TD.restored)} ({pick(lang, restored.mode === 'replace' ? TD.replaceAll : TD.merge)}):{' '}
          {lang === 'vi'
            ? `${formatCount(restored.summary.communes, lang)} xã/phường, ${formatCount(restored.summary.reports, lang)} báo cáo, ${formatCount(restored.summary.imports, lang)} lần nhập.`
            : `${formatCount(restored.summary.communes, lang)} communes, ${formatCount(restored.summary.reports, lang)} reports, ${formatCount(restored.summary.imports, lang)} imports.`}
        </p>
      )}
      {error && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TD.failed)} {error}
        </p>
      )}
    </section>
  );
}
