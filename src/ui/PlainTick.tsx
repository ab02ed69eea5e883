// Axis tick labels drawn as plain SVG text. Recharts' own ticks measure text
// in the DOM (to wrap words and to drop colliding ticks); every measurement
// forces a layout of the whole page, and beside a 3,300-row league table that
// cost seconds per switch (measured in Chromium). These never measure.

const MAX_CHARS = 24;

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** A tick renderer for recharts axes: `tick={plainTick('left', format)}`. */
export function plainTick(side: 'left' | 'bottom', format: (value: unknown) => string = String) {
  return function renderTick(props: TickProps) {
    const text = shorten(format(props.payload?.value));
    return side === 'left' ? (
      <text x={Number(props.x ?? 0) - 4} y={props.y} dy="0.35em" textAnchor="end" fontSize={12} fill="#52606d">
        {text}
      </text>
    ) : (
      <text x={props.x} y={Number(props.y ?? 0) + 4} dy="0.71em" textAnchor="middle" fontSize={12} fill="#52606d">
        {text}
      </text>
    );
  };
}
