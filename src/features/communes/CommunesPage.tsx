import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { periodLabel } from '../../domain/periods';
import type { Commune, PeriodCode } from '../../domain/types';
import { useDataset } from '../../db/hooks';
import { CsvButton } from '../../ui/CsvButton';
import { T, pick, useLang } from '../../ui/i18n';
import { communePath, reportedPeriodsByCommune } from '../../ui/league';
import { TEXT, fill } from './text';
import { stripAccents } from '../../domain/text';

const collator = new Intl.Collator('vi');

function simplify(text: string): string {
  return stripAccents(text).toLowerCase();
}

/** Every commune: name, code, type, the periods it reported, a link to its page. */
export default function CommunesPage() {
  const lang = useLang();
  const dataset = useDataset();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const reported = useMemo(() => (dataset.data ? reportedPeriodsByCommune(dataset.data) : new Map<string, PeriodCode[]>()), [dataset.data]);
  const communes = useMemo(
    () => [...(dataset.data?.communes ?? [])].sort((a, b) => collator.compare(a.name, b.name)),
    [dataset.data],
  );
  const shown = useMemo(() => {
    const needle = simplify(deferredQuery.trim());
    if (!needle) return communes;
    return communes.filter((c) => simplify(c.name).includes(needle) || (c.code ?? '').includes(needle));
  }, [communes, deferredQuery]);

  if (!dataset.data) return <p aria-busy="true">{pick(lang, T.loading)}</p>;
  const periodsText = (c: Commune) => (reported.get(c.id) ?? []).map((p) => periodLabel(p, lang)).join(', ');
  return (
    <>
      <h1>{pick(lang, TEXT.listTitle)}</h1>
      <div className="toolbar">
        <label>
          {pick(lang, TEXT.filter)}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <CsvButton
          what={pick(lang, TEXT.csvList)}
          fileName="danh-sach-xa.csv"
          rows={() => [
            ['commune_code', 'commune_name', 'type', 'periods'],
            ...shown.map((c) => [c.code ?? '', c.name, c.type ?? '', (reported.get(c.id) ?? []).join(' ')]),
          ]}
        />
      </div>
      <div className="table-scroll">
        <table className="data">
          <caption>{fill(pick(lang, TEXT.listCaption), { n: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{pick(lang, TEXT.name)}</th>
              <th scope="col">{pick(lang, TEXT.code)}</th>
              <th scope="col">{pick(lang, TEXT.type)}</th>
              <th scope="col">{pick(lang, TEXT.periods)}</th>
              <th scope="col" className="num">
                {pick(lang, TEXT.periodCount)}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={communePath(c)}>{c.name}</Link>
                </th>
                <td>{c.code ?? '—'}</td>
                <td>{c.type ?? '—'}</td>
                <td>{periodsText(c) || <span className="muted">{pick(lang, TEXT.none)}</span>}</td>
                <td className="num">{reported.get(c.id)?.length ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
