import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorCode } from '../../domain/types';
import { axisTick, tooltipValue } from '../../ui/chart-format';
import { ChartFrame } from '../../ui/ChartFrame';
import { pick, useLang } from '../../ui/i18n';
import type { LeagueRow } from '../../ui/league';
import { TEXT, fill } from './text';
import { plainTick } from '../../ui/PlainTick';

const EDGE = 15;

const STATUS_FILL: Readonly<Record<string, string>> = {
  met: '#15803d',
  near: '#ca8a04',
  behind: '#b91c1c',
  none: '#1d4ed8',
};

/** Rows shown in the chart: all with a value, or the best and worst EDGE when there are many. */
export function chartRows(rows: readonly LeagueRow[]): { readonly shown: LeagueRow[]; readonly total: number } {
  const withValue = rows.filter((r) => r.value !== null);
  if (withValue.length <= EDGE * 2) return { shown: withValue, total: withValue.length };
  return { shown: [...withValue.slice(0, EDGE), ...withValue.slice(-EDGE)], total: withValue.length };
}

/** The league table's ranking as bars, coloured by status (the table beside it says the status in words). */
export const RankingChart = memo(function RankingChart(props: {
  readonly title: string;
  readonly fileName: string;
  readonly code: IndicatorCode;
  readonly rows: readonly LeagueRow[];
  readonly target: number | undefined;
}) {
  const lang = useLang();
  const { shown, total } = chartRows(props.rows);
  const data = shown.map((r) => ({ name: `${r.rank ?? ''}. ${r.name}`, value: r.value, status: r.status ?? 'none' }));
  const note = total > shown.length ? fill(pick(lang, TEXT.rankingNote), { top: EDGE, n: total }) : undefined;
  return (
    <ChartFrame
      title={props.title}
      fileName={props.fileName}
      height={Math.max(200, data.length * 24 + 60)}
      {...(note ? { note } : {})}
    >
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#e4e7eb" horizontal={false} />
        <XAxis type="number" tick={plainTick('bottom', (v) => axisTick(props.code, lang)(Number(v)))} interval={0} />
        <YAxis type="category" dataKey="name" width={170} tick={plainTick('left')} interval={0} />
        <Tooltip formatter={tooltipValue(props.code, lang)} />
        {props.target !== undefined && <ReferenceLine x={props.target} stroke="#991b1b" strokeDasharray="6 4" />}
        <Bar dataKey="value" name={pick(lang, { vi: 'Giá trị', en: 'Value' })} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={STATUS_FILL[d.status] ?? '#1d4ed8'} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});
