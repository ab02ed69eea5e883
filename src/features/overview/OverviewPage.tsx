import { useMemo } from 'react';
import { Link } from 'react-router';
import { indicatorLabel } from '../../domain/catalog';
import type { Dataset } from '../../domain/dataset';
import { formatChange, formatIndicatorValue } from '../../domain/format';
import { periodLabel } from '../../domain/periods';
import type { Target } from '../../domain/targets';
import type { IndicatorCode } from '../../domain/types';
import { useDataset, useTargets } from '../../db/hooks';
import { ComparisonToggle } from '../../ui/ComparisonToggle';
import { Coverage } from '../../ui/Coverage';
import { T, pick, useLang } from '../../ui/i18n';
import { missingCommunes } from '../../ui/league';
import { MissingCommunes } from '../../ui/MissingCommunes';
import { AREA_PATH, viewLink } from '../../ui/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { usePeriodView, type PeriodView } from '../../ui/use-period-view';
import { HEADLINE_CODES, headlineOf, type Headline } from './headline';
import { TEXT, fill } from './text';

/** What a leader opens each quarter: headline figures against targets, who is behind, who has not reported. */
export default function OverviewPage() {
  const lang = useLang();
  const dataset = useDataset();
  const targets = useTargets();
  const view = usePeriodView(dataset.data);
  if (!dataset.data || !targets.data) return <p aria-busy="true">{pick(lang, T.loading)}</p>;
  return <OverviewView dataset={dataset.data} view={view} targets={targets.data} />;
}

function OverviewView(props: { readonly dataset: Dataset; readonly view: PeriodView; readonly targets: ReadonlyMap<IndicatorCode, Target> }) {
  const lang = useLang();
  const { dataset, view, targets } = props;
  const { period, previousPeriod, comparison } = view;
  const headlines = useMemo(
    () => (period ? HEADLINE_CODES.map((code) => headlineOf(dataset, period, previousPeriod, code, targets.get(code))) : []),
    [dataset, period, previousPeriod, targets],
  );
  const missing = useMemo(() => (period ? missingCommunes(dataset, period) : []), [dataset, period]);

  if (!period) {
    return (
      <>
        <h1>{pick(lang, TEXT.title)}</h1>
        <p>{pick(lang, TEXT.noPeriod)}</p>
      </>
    );
  }
  const pLabel = periodLabel(period, lang);
  const option = view.options.find((o) => o.period === period);
  return (
    <>
      <h1>
        {pick(lang, TEXT.title)} <span className="muted">— {pLabel}</span>
      </h1>
      <div className="toolbar">
        <ComparisonToggle value={comparison} onChange={view.setComparison} />
        <button type="button" className="no-print" onClick={() => window.print()}>
          {pick(lang, TEXT.print)}
        </button>
      </div>
      {option?.source === 'derived' && (
        <p className="small muted">
          {fill(pick(lang, TEXT.derivedPeriod), { period: pLabel, from: option.from.map((p) => periodLabel(p, lang)).join(' − ') })}
        </p>
      )}
      <h2 className="visually-hidden">{pick(lang, TEXT.headlines)}</h2>
      <div className="grid grid-4 headlines">
        {headlines.map((h) => (
          <HeadlineCard key={h.code} headline={h} period={period} comparison={comparison} previousLabel={previousPeriod ? periodLabel(previousPeriod, lang) : null} />
        ))}
      </div>
      <section className="card completeness" aria-labelledby="completeness-title">
        <h2 id="completeness-title">{pick(lang, TEXT.completeness)}</h2>
        <p>
          <Coverage covered={dataset.communes.length - missing.length} total={dataset.communes.length} />
        </p>
        <MissingCommunes missing={missing} total={dataset.communes.length} periodLabel={pLabel} always />
      </section>
    </>
  );
}

function HeadlineCard(props: {
  readonly headline: Headline;
  readonly period: string;
  readonly comparison: string;
  readonly previousLabel: string | null;
}) {
  const lang = useLang();
  const { headline: h, previousLabel } = props;
  const titleId = `headline-${h.code}`;
  const path = AREA_PATH[h.area];
  const targetText = h.target
    ? `${pick(lang, TEXT.target)}: ${h.target.direction === '>=' ? '≥' : '≤'} ${formatIndicatorValue(h.code, h.target.target, false, lang)}`
    : pick(lang, TEXT.noTarget);
  const behindLink = viewLink(path, { period: props.period, indicator: h.code, sort: 'trang-thai', comparison: props.comparison });
  return (
    <section className="card headline" aria-labelledby={titleId}>
      <h3 id={titleId}>{indicatorLabel(h.code, lang)}</h3>
      <p className="headline-value">
        <span className="big-number">{formatIndicatorValue(h.code, h.current.value, h.current.lowerBound, lang)}</span>{' '}
        <StatusBadge status={h.status} />
      </p>
      <p className="small muted">{targetText}</p>
      <p className="small">
        {previousLabel === null
          ? pick(lang, TEXT.noComparison)
          : h.change !== null
            ? `${fill(pick(lang, TEXT.change), { period: previousLabel })}: ${formatChange(h.change, h.code, lang)}`
            : fill(pick(lang, TEXT.noPrevious), { period: previousLabel })}
        {h.change === null && h.previousNote && <span className="cell-note">{fill(pick(lang, TEXT.why), { note: h.previousNote })}</span>}
      </p>
      <p>
        <Coverage covered={h.current.covered} total={h.current.total} />
        {h.note && <span className="cell-note">{h.note}</span>}
      </p>
      {h.target && (
        <p className="small">
          {h.behind > 0 ? (
            <Link to={behindLink}>{fill(pick(lang, TEXT.behind), { n: h.behind })}</Link>
          ) : (
            <>
              {pick(lang, TEXT.noneBehind)} · <Link to={behindLink}>{pick(lang, TEXT.seeTable)}</Link>
            </>
          )}
          {h.near > 0 && ` · ${fill(pick(lang, TEXT.near), { n: h.near })}`}
        </p>
      )}
    </section>
  );
}
