import { useState } from 'react';
import { exportAllLongCsv } from '../../db';
import { pick, useLang } from '../../ui/i18n';
import { BackupSection } from './BackupSection';
import { datedFileName, downloadText } from './download';
import { ImportHistory } from './ImportHistory';
import { StorageSection } from './StorageSection';
import { TD } from './text';
import { UnitNameSection } from './UnitNameSection';

/** /du-lieu: what is stored, its history with undo, export, backup and restore, storage health, the unit name. */
export default function DataPage() {
  const lang = useLang();
  return (
    <div className="data-page">
      <h1>{pick(lang, TD.pageTitle)}</h1>
      <p>{pick(lang, TD.intro)}</p>
      <ImportHistory />
      <ExportSection />
      <BackupSection />
      <StorageSection />
      <UnitNameSection />
    </div>
  );
}

function ExportSection() {
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportAll = async () => {
    setBusy(true);
    setError(null);
    try {
      downloadText(datedFileName('cchc-du-lieu', 'csv'), await exportAllLongCsv(), 'text/csv;charset=utf-8');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{pick(lang, TD.exportTitle)}</h2>
      <p className="muted">{pick(lang, TD.exportHelp)}</p>
      <button type="button" disabled={busy} onClick={() => void exportAll()}>
        {pick(lang, TD.exportAll)}
      </button>
      {error && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TD.failed)} {error}
        </p>
      )}
    </section>
  );
}
