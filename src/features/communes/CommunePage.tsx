import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { aggregate } from '../../domain/aggregate';
import { AREAS, indicatorLabel, indicatorsOfArea, isPercent } from '../../domain/catalog';
import type { Dataset } from '../../domain/dataset';
import { formatIndicatorValue } from '../../domain/format';
import { periodLabel } from '../../domain/periods';
import type { Target } from '../../domain/targets';
import type { Area, Commune, IndicatorCode, PeriodCode } from '../../domain/types';
import { indicatorValue } from '../../domain/values';
import { useDataset, useSettings, useTargets } from '../../db/hooks';
import { SERIES_COLOURS } from '../../ui/chart-format';
import { CsvButton } from '../../ui/CsvButton';
import { fileNameOf } from '../../ui/download';
import { IndicatorPicker } from '../../ui/IndicatorPicker';
import { T, pick, useLang } from '../../ui/i18n';
import { periodsOfCommune } from '../../ui/league';
import { TrendChart } from '../../ui/TrendChart';
import { TRACK, trendPoints } from '../../ui/trend';
import { PARAM, useQueryParam } from '../../ui/url-state';
import { usePeriodView } from '../../ui/use-period-view';
import { TEXT, fill } from './text';

const AREA_NAME: Readonly<Record<Area, { readonly vi: string; readonly en: string }>> = {
  one_window: T.oneWindow,
  online: T.online,
  staff: T.staff,
  plan: T.plan,
};

const ALL_CODES: readonly IndicatorCode[] = AREAS.flatMap((area) => indicatorsOfArea(area));

/** The route's `:code` is the official code, or the commune id when it has none. */
export function findCommune(communes: readonly Commune[], key: string): Commune | undefined {
  return communes.find((c) => c.code === key) ?? communes.find((c) => c.id === key);
}

/** One commune: every indicator over all its periods, trends against the whole unit and the target. */
export default function CommunePage() {
  const lang = useLang();
  const params = useParams();
  const dataset = useDataset();
  const targets = useTargets();
  const settings = useSettings();
  const view = usePeriodView(dataset.data);
  const [rawCode, setCode] = useQueryParam(PARAM.indicator);
  const code = ALL_CODES.find((c) => c === rawCode) ?? 'on_time_rate';

  if (!dataset.data || !targets.data) return <p aria-busy="true">{pick(lang, T.loading)}</p>;
  const key = params['code'] ?? '';
  const commune = findCommune(dataset.data.communes, key);
  if (!commune) {
    return (
      <>
        <h1>{pick(lang, TEXT.listTitle)}</h1>
        <p role="alert">{fill(pick(lang, TEXT.notFound), { code: key })}</p>
        <Link to="/xa">{pick(lang, TEXT.back)}</Link>
      </>
    );
  }
  return (
    <CommuneView
      dataset={dataset.data}
      commune={commune}
      periods={view.periods}
      code={code}
      onCodeChange={setCode}
      target={targets.data.get(code)}
      unitName={settings.data?.unitName ?? '—'}
    />
  );
}

function CommuneView(props: {
  readonly dataset: Dataset;
  readonly commune: Commune;
  readonly periods: readonly PeriodCode[];
  readonly code: IndicatorCode;
  readonly onCodeChange: (code: string) => void;
  readonly target: Target | undefined;
  readonly unitName: string;
}) {
  const lang = useLang();
  const { dataset, commune, code } = props;
  const own = useMemo(() => periodsOfCommune(dataset, props.periods, commune.id), [dataset, props.periods, commune.id]);
  const allIds = useMemo(() => dataset.communes.map((c) => c.id), [dataset]);
  const points = useMemo(
    () =>
      trendPoints(props.periods, lang, [
        { prefix: 'c_', valueAt: (p) => indicatorValue(dataset, commune.id, p, code).value },
        { prefix: 'u_', valueAt: (p) => (isPercent(code) ? aggregate(dataset, allIds, p, code).value : null) },
      ]),
    [dataset, props.periods, lang, code, commune.id, allIds],
  );
  const names = { name: commune.name, unit: props.unitName };
  const series = [
    { key: `c_${TRACK.quarter}`, name: fill(pick(lang, TEXT.quarter), names), colour: SERIES_COLOURS[0] },
    { key: `c_${TRACK.yearToDate}`, name: fill(pick(lang, TEXT.ytd), names), colour: SERIES_COLOURS[2] },
    ...(isPercent(code)
      ? [
          { key: `u_${TRACK.quarter}`, name: fill(pick(lang, TEXT.quarter), { name: props.unitName }), colour: SERIES_COLOURS[1], dashed: true },
          { key: `u_${TRACK.yearToDate}`, name: fill(pick(lang, TEXT.ytd), { name: props.unitName }), colour: SERIES_COLOURS[3], dashed: true },
        ]
      : []),
  ];
  return (
    <>
      <h1>{commune.name}</h1>
      <p className="muted">
        {[commune.code && `${pick(lang, TEXT.code)}: ${commune.code}`, commune.type, commune.parent && `${pick(lang, TEXT.parent)}: ${commune.parent}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        {pick(lang, TEXT.periods)}: {own.length > 0 ? own.map((p) => periodLabel(p, lang)).join(', ') : pick(lang, TEXT.none)}
      </p>
      <div className="toolbar">
        <IndicatorPicker options={ALL_CODES} value={code} onChange={props.onCodeChange} />
      </div>
      <TrendChart
        title={fill(pick(lang, TEXT.trend), { indicator: indicatorLabel(code, lang) })}
        fileName={fileNameOf(['xu-huong', commune.code ?? commune.name, code], 'png')}
        code={code}
        points={points}
        series={series}
        target={isPercent(code) ? props.target?.target : undefined}
        targetLabel={pick(lang, TEXT.target)}
        {...(isPercent(code) ? {} : { note: pick(lang, TEXT.countNote) })}
      />
      {own.length === 0 ? (
        <p>{pick(lang, TEXT.noPeriods)}</p>
      ) : (
        AREAS.map((area) => <AreaTable key={area} area={area} dataset={dataset} commune={commune} periods={own} />)
      )}
    </>
  );
}

function AreaTable(props: { readonly area: Area; readonly dataset: Dataset; readonly commune: Commune; readonly periods: readonly PeriodCode[] }) {
  const lang = useLang();
  const { area, dataset, commune, periods } = props;
  const codes = useMemo(() => indicatorsOfArea(area), [area]);
  const cells = useMemo(
    () => codes.map((code) => periods.map((period) => indicatorValue(dataset, commune.id, period, code))),
    [codes, periods, dataset, commune.id],
  );
  // Reasons a figure is missing (cannot derive, denominator 0) repeat across
  // periods: each distinct one becomes a numbered footnote under the table.
  const notes = useMemo(() => {
    const list: string[] = [];
    for (const row of cells) for (const r of row) if (r.value === null && r.note !== null && !list.includes(r.note)) list.push(r.note);
    return list;
  }, [cells]);
  const areaName = pick(lang, AREA_NAME[area]);
  return (
    <section className="commune-area">
      <h2>{areaName}</h2>
      <div className="toolbar">
        <CsvButton
          what={fill(pick(lang, TEXT.csvArea), { area: areaName })}
          fileName={fileNameOf([commune.code ?? commune.name, area], 'csv')}
          rows={() => [
            ['commune_code', 'commune_name', 'period', 'indicator', 'value'],
            ...codes.flatMap((code, i) =>
              periods.map((period, j) => [commune.code ?? '', commune.name, period, code, cells[i]?.[j]?.value ?? null]),
            ),
          ]}
        />
      </div>
      <div className="table-scroll">
        <table className="data">
          <caption>{fill(pick(lang, TEXT.areaCaption), { area: areaName, name: commune.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{pick(lang, TEXT.indicator)}</th>
              {periods.map((p) => (
                <th scope="col" className="num" key={p}>
                  {periodLabel(p, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code, i) => (
              <tr key={code}>
                <th scope="row">{indicatorLabel(code, lang)}</th>
                {periods.map((period, j) => {
                  const result = cells[i]?.[j];
                  return (
                    <td className="num" key={period}>
                      {formatIndicatorValue(code, result?.value ?? null, result?.lowerBound ?? false, lang)}
                      {result && result.value === null && result.note !== null && (
                        <sup className="note-ref">
                          <span className="visually-hidden">{` ${pick(lang, TEXT.noteRef)} `}</span>
                          {notes.indexOf(result.note) + 1}
                        </sup>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <ol className="footnotes small muted">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
