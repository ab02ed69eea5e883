import { useQuery, useQueryClient } from '@tanstack/react-query';
import { requestPersistence, storageStatus } from '../../db';
import { formatPercent } from '../../domain/format';
import { pick, useLang } from '../../ui/i18n';
import { TD } from './text';
import { megabytes } from './time';

const STORAGE_KEY = ['storage-status'] as const;

/** Whether the browser may evict our data, what it means, and how much room is used. */
export function StorageSection() {
  const lang = useLang();
  const client = useQueryClient();
  const status = useQuery({ queryKey: STORAGE_KEY, queryFn: storageStatus });
  const s = status.data;

  const ask = async () => {
    await requestPersistence().catch(() => null);
    await client.invalidateQueries({ queryKey: STORAGE_KEY });
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{pick(lang, TD.storageTitle)}</h2>
      {s && (
        <>
          <p className={s.persisted === true ? 'banner banner-info' : 'banner banner-warn'}>
            {pick(lang, s.persisted === true ? TD.persisted : s.persisted === false ? TD.notPersisted : TD.persistUnknown)}
          </p>
          {s.persisted !== true && (
            <div className="toolbar">
              <button type="button" onClick={() => void ask()}>
                {pick(lang, TD.askPersist)}
              </button>
            </div>
          )}
          {s.usage !== null && (
            <p>
              {pick(lang, TD.usage)}: {megabytes(s.usage, lang)}
              {s.quota !== null && s.quota > 0 && (
                <>
                  {' '}
                  {pick(lang, TD.of)} {megabytes(s.quota, lang)} {pick(lang, TD.available)} ({formatPercent((100 * s.usage) / s.quota, lang, 1)})
                </>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
