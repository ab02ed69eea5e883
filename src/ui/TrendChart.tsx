import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorCode } from '../domain/types';
import { axisTick, tooltipValue } from './chart-format';
import { ChartFrame } from './ChartFrame';
import { useLang } from './i18n';
import { plainTick } from './PlainTick';

export interface TrendSeries {
  readonly key: string;
  readonly name: string;
  readonly colour: string;
  readonly dashed?: boolean;
}

export interface TrendPoint {
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** Lines over periods, with the target as a reference line when there is one. */
export function TrendChart(props: {
  readonly title: string;
  readonly fileName: string;
  readonly code: IndicatorCode;
  readonly points: readonly TrendPoint[];
  readonly series: readonly TrendSeries[];
  readonly target?: number | undefined;
  readonly targetLabel?: string;
  readonly note?: string;
}) {
  const lang = useLang();
  const data = props.points.map((p) => ({ label: p.label, ...p.values }));
  return (
    <ChartFrame title={props.title} fileName={props.fileName} height={280} {...(props.note ? { note: props.note } : {})}>
      <LineChart data={data} margin={{ top: 12, right: 24, bottom: 8, left: 12 }}>
        <CartesianGrid stroke="#e4e7eb" />
        {/* About six labels, chosen by count: recharts' own choice measures text in the DOM. */}
        <XAxis dataKey="label" tick={plainTick('bottom')} interval={Math.max(0, Math.ceil(data.length / 6) - 1)} height={36} />
        {/* Rates of 95–100 % are unreadable on a 0–100 axis; a trend line (unlike a bar) may start above 0. */}
        <YAxis tick={plainTick('left', (v) => axisTick(props.code, lang)(Number(v)))} interval={0} width={72} domain={['auto', 'auto']} />
        <Tooltip formatter={tooltipValue(props.code, lang)} />
        <Legend itemSorter={null} />
        {props.target !== undefined && (
          <ReferenceLine
            y={props.target}
            stroke="#991b1b"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: props.targetLabel ?? '', position: 'insideTopRight', fontSize: 12, fill: '#991b1b' }}
          />
        )}
        {props.series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '5 4' : '0'}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
