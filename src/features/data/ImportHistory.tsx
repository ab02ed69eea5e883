import { useState } from 'react';
import { undoImport, type ImportMeta, type UndoResult } from '../../db';
import { useCommunes, useImports } from '../../db/hooks';
import { formatCount } from '../../domain/format';
import { periodLabel } from '../../domain/periods';
import { pick, useLang, type Bilingual } from '../../ui/i18n';
import { fill } from '../../ui/template';
import { formatTime } from './time';
import { TD } from './text';

type Outcome = { readonly importId: number } & ({ readonly ok: true; readonly result: UndoResult } | { readonly ok: false; readonly message: string });

function undoMessage(outcome: Outcome, meta: ImportMeta | undefined): Bilingual {
  const name = meta?.fileName ?? `#${outcome.importId}`;
  if (!outcome.ok) return { vi: `Không hoàn tác được ${name}: ${outcome.message}`, en: `Could not undo ${name}: ${outcome.message}` };
  const { restored, skipped } = outcome.result;
  const vi = `Đã hoàn tác ${name}: ${formatCount(restored, 'vi')} báo cáo đã trở về như trước lần nhập này.${
    skipped > 0 ? ` Giữ nguyên ${formatCount(skipped, 'vi')} báo cáo vì một lần nhập sau đã ghi đè.` : ''
  }`;
  const en = `Undid ${name}: ${formatCount(restored, 'en')} reports are back to what they were before this import.${
    skipped > 0 ? ` ${formatCount(skipped, 'en')} reports left as they are: a later import overwrote them.` : ''
  }`;
  return { vi, en };
}

/** Every import, newest first, each with its undo. */
export function ImportHistory() {
  const lang = useLang();
  const imports = useImports();
  const communes = useCommunes();
  const nameOf = new Map((communes.data ?? []).map((c) => [c.id, c.name]));
  const [busy, setBusy] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = imports.data ?? [];

  const undo = async (meta: ImportMeta) => {
    setBusy(meta.id);
    setOutcome(null);
    try {
      const result = await undoImport(meta.id);
      setOutcome({ importId: meta.id, ok: true, result });
    } catch (error) {
      setOutcome({ importId: meta.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{pick(lang, TD.history)}</h2>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={`banner ${outcome.ok ? 'banner-info' : 'banner-error'}`}>
          {pick(lang, undoMessage(outcome, list.find((m) => m.id === outcome.importId)))}
        </p>
      )}
      {imports.isError && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TD.failed)} {String(imports.error instanceof Error ? imports.error.message : imports.error)}
        </p>
      )}
      {list.length === 0 && !imports.isPending ? (
        <p className="muted">{pick(lang, TD.noImports)}</p>
      ) : (
        <table className="data">
          <caption>
            {pick(lang, TD.historyCaption)} ({formatCount(list.length, lang)})
          </caption>
          <thead>
            <tr>
              <th scope="col">{pick(lang, TD.file)}</th>
              <th scope="col">{pick(lang, TD.time)}</th>
              <th scope="col" className="num">
                {pick(lang, TD.values)}
              </th>
              <th scope="col" className="num">
                {pick(lang, TD.communes)}
              </th>
              <th scope="col">{pick(lang, TD.periods)}</th>
              <th scope="col" className="num">
                {pick(lang, TD.replaced)}
              </th>
              <th scope="col">{pick(lang, TD.status)}</th>
              <th scope="col">{pick(lang, TD.action)}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((meta) => (
              <tr key={meta.id}>
                <th scope="row" className="cell-text">
                  {meta.fileName}
                  {meta.namesAsWritten && meta.namesAsWritten.length > 0 && (
                    <details className="small">
                      <summary>{fill(pick(lang, TD.namesAsWritten), { n: formatCount(meta.namesAsWritten.length, lang) })}</summary>
                      <ul className="short-list">
                        {meta.namesAsWritten.slice(0, 50).map((n) => (
                          <li key={`${n.written}|${n.communeId}`}>
                            “{n.written}” → {nameOf.get(n.communeId) ?? n.communeId}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </th>
                <td>{formatTime(meta.importedAt, lang)}</td>
                <td className="num">{formatCount(meta.valueCount, lang)}</td>
                <td className="num">{formatCount(meta.communeCount, lang)}</td>
                <td>{meta.periods.map((p) => periodLabel(p, lang)).join('; ')}</td>
                <td className="num">{formatCount(meta.replacedCount, lang)}</td>
                <td>
                  {meta.undoneAt === null
                    ? pick(lang, TD.active)
                    : `${pick(lang, TD.undone)} (${formatTime(meta.undoneAt, lang)})`}
                </td>
                <td>
                  {meta.undoneAt === null && (
                    <button
                      type="button"
                      disabled={busy !== null}
                      aria-label={`${pick(lang, TD.undo)}: ${meta.fileName}, ${formatTime(meta.importedAt, lang)}`}
                      onClick={() => void undo(meta)}
                    >
                      {busy === meta.id ? pick(lang, TD.undoing) : pick(lang, TD.undo)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
