import { Suspense, lazy, memo, useCallback, useMemo } from 'react';
import { aggregate } from '../../domain/aggregate';
import { HEADLINE, indicatorLabel, indicatorsOfArea, isPercent } from '../../domain/catalog';
import type { Dataset } from '../../domain/dataset';
import { formatIndicatorValue, roundForDisplay } from '../../domain/format';
import { periodLabel } from '../../domain/periods';
import { evaluateTarget, type Target } from '../../domain/targets';
import type { Area, BaseCode, IndicatorCode, PeriodCode } from '../../domain/types';
import { useDataset, useSettings, useTargets } from '../../db/hooks';
import { ComparisonNote } from '../../ui/ComparisonNote';
import { ComparisonToggle } from '../../ui/ComparisonToggle';
import { Coverage } from '../../ui/Coverage';
import { fileNameOf } from '../../ui/download';
import { IndicatorPicker } from '../../ui/IndicatorPicker';
import { T, pick, useLang } from '../../ui/i18n';
import { LeagueTable, formatSort, parseSort, type Sort } from '../../ui/LeagueTable';
import { missingCommunes, type LeagueRow } from '../../ui/league';
import { useAfterPaint } from '../../ui/use-after-paint';
import { useLeagueRows, usePreparedRankings } from '../../ui/use-league-rows';
import { MissingCommunes } from '../../ui/MissingCommunes';
import { StatusBadge } from '../../ui/StatusBadge';
import { SERIES_COLOURS } from '../../ui/chart-format';
import { TRACK, trendPoints } from '../../ui/trend';
import { PARAM, useQueryParam } from '../../ui/url-state';
import { usePeriodView, type PeriodView } from '../../ui/use-period-view';
import { ASSIGNED, EDUCATION, PLAN_REMAINING, POLITICS, stackRows } from './stacks';
import { AREA_TITLE, TEXT, fill } from './text';

// The charts and recharts (~125 KB gzip) load once the table is painted (they
// are drawn after it anyway, see useAfterPaint): the first table of a visit
// does not wait for them.
const RankingChart = lazy(() => import('./RankingChart').then((m) => ({ default: m.RankingChart })));
const StackedChart = lazy(() => import('./StackedChart').then((m) => ({ default: m.StackedChart })));
const TrendChart = lazy(() => import('../../ui/TrendChart').then((m) => ({ default: m.TrendChart })));

/** One page per area: indicator picker, league table, ranking chart, the unit's trend. */
export default function AreaPage(props: { readonly area: Area }) {
  const lang = useLang();
  const dataset = useDataset();
  const targets = useTargets();
  const settings = useSettings();
  const view = usePeriodView(dataset.data);
  const codes = useMemo(() => indicatorsOfArea(props.area), [props.area]);
  const [rawCode, setCode] = useQueryParam(PARAM.indicator);
  const code = codes.find((c) => c === rawCode) ?? HEADLINE[props.area][0] ?? codes[0];

  if (!dataset.data || !targets.data || code === undefined) return <p aria-busy="true">{pick(lang, T.loading)}</p>;
  return (
    <AreaView
      area={props.area}
      dataset={dataset.data}
      view={view}
      codes={codes}
      code={code}
      onCodeChange={setCode}
      targets={targets.data}
      unitName={settings.data?.unitName ?? pick(lang, TEXT.district)}
    />
  );
}

function AreaView(props: {
  readonly area: Area;
  readonly dataset: Dataset;
  readonly view: PeriodView;
  readonly codes: readonly IndicatorCode[];
  readonly code: IndicatorCode;
  readonly onCodeChange: (code: string) => void;
  readonly targets: ReadonlyMap<IndicatorCode, Target>;
  readonly unitName: string;
}) {
  const lang = useLang();
  const { dataset, view, code, area } = props;
  const target = props.targets.get(code);
  const { period, previousPeriod } = view;
  const [rawSort, setSort] = useQueryParam(PARAM.sort);
  const sort = useMemo(() => parseSort(rawSort), [rawSort]);
  const onSortChange = useCallback((s: Sort) => setSort(formatSort(s) === 'hang' ? null : formatSort(s)), [setSort]);
  const title = pick(lang, AREA_TITLE[area]);

  const rows = useLeagueRows(period ? { dataset, period, previousPeriod, code, target } : null);
  usePreparedRankings(period ? { dataset, period, previousPeriod } : null, props.codes);
  // Charts follow the table after it is painted (see useAfterPaint): the
  // table is what must answer within the frame budget.
  const chart = useAfterPaint(useMemo(() => ({ rows, code, period }), [rows, code, period]));
  const missing = useMemo(() => (period ? missingCommunes(dataset, period) : []), [dataset, period]);
  const allIds = useMemo(() => dataset.communes.map((c) => c.id), [dataset]);
  const unit = useMemo(() => (period ? aggregate(dataset, allIds, period, code) : null), [dataset, allIds, period, code]);

  if (!period) {
    return (
      <>
        <h1>{title}</h1>
        <p>{pick(lang, TEXT.noPeriod)}</p>
      </>
    );
  }
  const label = indicatorLabel(code, lang);
  const pLabel = periodLabel(period, lang);
  const unitStatus = unit && unit.value !== null ? evaluateTarget(roundForDisplay(code, unit.value), target) : evaluateTarget(null, target);

  return (
    <>
      <h1>
        {title} <span className="muted">— {pLabel}</span>
      </h1>
      <div className="toolbar">
        <IndicatorPicker options={props.codes} value={code} onChange={props.onCodeChange} />
        <ComparisonToggle value={view.comparison} onChange={view.setComparison} />
      </div>
      <MissingCommunes missing={missing} total={dataset.communes.length} periodLabel={pLabel} />

      <section className="card unit-figure" aria-labelledby="unit-figure-title">
        <h2 id="unit-figure-title">{fill(pick(lang, TEXT.districtFigure), { period: pLabel })}</h2>
        <p className="headline-value">
          <span className="big-number">{formatIndicatorValue(code, unit?.value ?? null, unit?.lowerBound ?? false, lang)}</span>{' '}
          <StatusBadge status={unitStatus} /> <Coverage covered={unit?.covered ?? 0} total={unit?.total ?? 0} />
        </p>
        <p className="small muted">
          {label}
          {isPercent(code) && unit?.method === 'ratio_of_sums' && ` · ${pick(lang, TEXT.method)}`}
          {unit?.method === 'plain_mean' && ` · ${pick(lang, TEXT.plainMean)}`}
        </p>
      </section>

      <ComparisonNote previousPeriod={previousPeriod} available={view.previousAvailable} />
      <LeagueTable
        rows={rows}
        code={code}
        period={period}
        previousPeriod={previousPeriod}
        caption={fill(pick(lang, TEXT.leagueCaption), { indicator: label, period: pLabel })}
        sort={sort}
        onSortChange={onSortChange}
      />

      {chart?.period && (
        <Suspense fallback={null}>
          <AreaCharts area={area} dataset={dataset} view={view} targets={props.targets} unitName={props.unitName} allIds={allIds} rows={chart.rows} code={chart.code} period={chart.period} />
        </Suspense>
      )}
    </>
  );
}

/** The ranking chart, the unit's trend and the area's structure charts, drawn after the table (see useAfterPaint). */
function AreaCharts(props: {
  readonly area: Area;
  readonly dataset: Dataset;
  readonly view: PeriodView;
  readonly targets: ReadonlyMap<IndicatorCode, Target>;
  readonly unitName: string;
  readonly allIds: readonly string[];
  readonly rows: readonly LeagueRow[];
  readonly code: IndicatorCode;
  readonly period: PeriodCode;
}) {
  const lang = useLang();
  const { area, dataset, code, period, unitName } = props;
  const target = props.targets.get(code)?.target;
  return (
    <>
      <div className="grid grid-2 charts">
        <RankingChart
          title={fill(pick(lang, TEXT.ranking), { indicator: indicatorLabel(code, lang), period: periodLabel(period, lang) })}
          fileName={fileNameOf(['xep-hang', code, period], 'png')}
          code={code}
          rows={props.rows}
          target={target}
        />
        <UnitTrend dataset={dataset} periods={props.view.periods} code={code} target={target} unitName={unitName} allIds={props.allIds} />
      </div>
      {area === 'staff' && <StaffStructure dataset={dataset} period={period} unitName={unitName} />}
      {area === 'plan' && <PlanTimeliness dataset={dataset} period={period} unitName={unitName} />}
    </>
  );
}

const UnitTrend = memo(function UnitTrend(props: {
  readonly dataset: Dataset;
  readonly periods: readonly PeriodCode[];
  readonly code: IndicatorCode;
  readonly target: number | undefined;
  readonly unitName: string;
  readonly allIds: readonly string[];
}) {
  const lang = useLang();
  const { dataset, periods, allIds, code } = props;
  const points = useMemo(
    () => trendPoints(periods, lang, [{ prefix: '', valueAt: (p) => aggregate(dataset, allIds, p, code).value }]),
    [dataset, periods, lang, code, allIds],
  );
  const unit = { unit: props.unitName };
  const series = [
    { key: TRACK.quarter, name: fill(pick(lang, TEXT.trendQuarter), unit), colour: SERIES_COLOURS[0] },
    { key: TRACK.yearToDate, name: fill(pick(lang, TEXT.trendYtd), unit), colour: SERIES_COLOURS[1], dashed: true },
  ];
  return (
    <TrendChart
      title={fill(pick(lang, TEXT.trend), { indicator: indicatorLabel(code, lang) })}
      fileName={fileNameOf(['xu-huong', code], 'png')}
      code={code}
      points={points}
      series={series}
      target={props.target}
      targetLabel={pick(lang, TEXT.target)}
    />
  );
});

function segmentsOf(codes: readonly BaseCode[], lang: 'vi' | 'en') {
  return codes.map((c) => ({ key: c, name: indicatorLabel(c, lang) }));
}

const StaffStructure = memo(function StaffStructure(props: { readonly dataset: Dataset; readonly period: PeriodCode; readonly unitName: string }) {
  const lang = useLang();
  const { dataset, period, unitName } = props;
  const education = useMemo(() => stackRows(dataset, period, dataset.communes, EDUCATION, [], unitName), [dataset, period, unitName]);
  const politics = useMemo(() => stackRows(dataset, period, dataset.communes, POLITICS, [], unitName), [dataset, period, unitName]);
  const pLabel = periodLabel(period, lang);
  return (
    <div className="grid grid-2 charts">
      <StackedChart
        title={fill(pick(lang, TEXT.education), { period: pLabel })}
        fileName={fileNameOf(['trinh-do-chuyen-mon', period], 'png')}
        stacks={education}
        segments={segmentsOf(EDUCATION, lang)}
      />
      <StackedChart
        title={fill(pick(lang, TEXT.politics), { period: pLabel })}
        fileName={fileNameOf(['ly-luan-chinh-tri', period], 'png')}
        stacks={politics}
        segments={segmentsOf(POLITICS, lang)}
      />
    </div>
  );
});

const PlanTimeliness = memo(function PlanTimeliness(props: { readonly dataset: Dataset; readonly period: PeriodCode; readonly unitName: string }) {
  const lang = useLang();
  const { dataset, period, unitName } = props;
  const plan = useMemo(
    () => stackRows(dataset, period, dataset.communes, ['plan_tasks_done'], [PLAN_REMAINING], unitName),
    [dataset, period, unitName],
  );
  const assigned = useMemo(() => stackRows(dataset, period, dataset.communes, ASSIGNED, [], unitName), [dataset, period, unitName]);
  const pLabel = periodLabel(period, lang);
  return (
    <div className="grid grid-2 charts">
      <StackedChart
        title={fill(pick(lang, TEXT.planDone), { period: pLabel })}
        fileName={fileNameOf(['ke-hoach-cchc', period], 'png')}
        stacks={plan}
        segments={[
          { key: 'plan_tasks_done', name: indicatorLabel('plan_tasks_done', lang) },
          { key: PLAN_REMAINING.key, name: pick(lang, TEXT.remaining) },
        ]}
      />
      <StackedChart
        title={fill(pick(lang, TEXT.assigned), { period: pLabel })}
        fileName={fileNameOf(['nhiem-vu-cap-tren-giao', period], 'png')}
        stacks={assigned}
        segments={segmentsOf(ASSIGNED, lang)}
      />
    </div>
  );
});
