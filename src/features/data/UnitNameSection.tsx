import { useId, useState } from 'react';
import { saveSettings } from '../../db';
import { useSettings } from '../../db/hooks';
import { pick, useLang } from '../../ui/i18n';
import { TD } from './text';

/** The unit name shown in the header (the demo sets an "illustrative" one). */
export function UnitNameSection() {
  const lang = useLang();
  const settings = useSettings();
  const stored = settings.data?.unitName ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  const value = draft ?? stored;

  const save = async () => {
    const name = value.trim();
    if (name === '') {
      setMessage({ ok: false, text: pick(lang, TD.unitEmpty) });
      return;
    }
    try {
      await saveSettings({ unitName: name });
      setDraft(null);
      setMessage({ ok: true, text: pick(lang, TD.unitSaved) });
    } catch (error) {
      setMessage({ ok: false, text: `${pick(lang, TD.failed)} ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section aria-labelledby="unit-title">
      <h2 id="unit-title">{pick(lang, TD.unitTitle)}</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor={inputId}>{pick(lang, TD.unitLabel)}</label>
        <input id={inputId} type="text" size={40} value={value} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">{pick(lang, TD.unitSave)}</button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`banner ${message.ok ? 'banner-info' : 'banner-error'}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
