import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../../domain/format';
import { SERIES_COLOURS } from '../../ui/chart-format';
import { ChartFrame } from '../../ui/ChartFrame';
import { useLang } from '../../ui/i18n';
import type { Stacks } from './stacks';
import { TEXT, fill } from './text';
import { pick } from '../../ui/i18n';
import { plainTick } from '../../ui/PlainTick';

const MAX_BARS = 40;

/**
 * Stacked horizontal bars as shares of each bar's total (the whole unit is
 * 25× a commune: counts would hide the communes), tooltips in counts: the
 * whole unit, then communes by name (at most 40 shown).
 */
export function StackedChart(props: {
  readonly title: string;
  readonly fileName: string;
  readonly stacks: Stacks;
  readonly segments: readonly { readonly key: string; readonly name: string }[];
}) {
  const lang = useLang();
  const { stacks } = props;
  if (stacks.communes.length === 0) {
    return (
      <section className="card">
        <h3>{props.title}</h3>
        <p className="muted">{pick(lang, TEXT.noStackData)}</p>
      </section>
    );
  }
  const shown = stacks.communes.slice(0, MAX_BARS);
  const data = [stacks.unit, ...shown].map((row) => ({ name: row.name, ...row.values }));
  const note =
    stacks.communes.length > MAX_BARS
      ? fill(pick(lang, TEXT.stackNote), { shown: shown.length, n: stacks.communes.length })
      : pick(lang, TEXT.stackNoteAll);
  return (
    <ChartFrame title={props.title} fileName={props.fileName} height={Math.max(220, data.length * 26 + 80)} note={note}>
      <BarChart data={data} layout="vertical" stackOffset="expand" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#e4e7eb" horizontal={false} />
        <XAxis type="number" tick={plainTick('bottom', (v) => formatPercent(Number(v) * 100, lang, 0))} interval={0} />
        <YAxis type="category" dataKey="name" width={150} tick={plainTick('left')} interval={0} />
        <Tooltip formatter={(v: unknown) => formatCount(typeof v === 'number' ? v : null, lang)} />
        <Legend itemSorter={null} />
        {props.segments.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId="stack"
            fill={SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#1d4ed8'}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
