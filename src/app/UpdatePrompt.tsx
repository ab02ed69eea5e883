import { pick, useLang } from '../ui/i18n';
import { hasUnsavedWork, useUnsavedWork } from '../ui/unsaved-work';
import { reloadApp, useUpdateWaiting } from './app-update';
import { TEXT } from './text';

/** "Có phiên bản mới — Tải lại": the new version is let in on the officer's click, never under unsaved work. */
export function UpdatePrompt() {
  const lang = useLang();
  const waiting = useUpdateWaiting();
  const unsaved = useUnsavedWork();
  if (!waiting) return null;
  return (
    <div role="status" aria-label={pick(lang, TEXT.updateReady)} className="banner banner-info update-prompt no-print">
      <span>{pick(lang, TEXT.updateReady)} —</span>{' '}
      <button type="button" disabled={unsaved} onClick={() => !hasUnsavedWork() && void reloadApp()}>
        {pick(lang, TEXT.reload)}
      </button>
      {unsaved && <span className="small">{pick(lang, TEXT.updateWaitsForImport)}</span>}
    </div>
  );
}
