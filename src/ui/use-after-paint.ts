import { useEffect, useState } from 'react';

/**
 * `value`, but updated only after the browser has painted the current frame;
 * null until the first paint. Charts use it to follow the league table:
 * drawing a recharts line asks the DOM for path lengths (getTotalLength),
 * which forces a layout of everything still dirty, and a first render of
 * every chart with the page's trend cost ~0.3 s before the table could show
 * (both measured in Chromium with 3,300 communes). After the paint the table
 * is laid out, and the charts render in their own commit without
 * re-rendering the table.
 */
export function useAfterPaint<T>(value: T): T | null {
  const [shown, setShown] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    if (shown !== null && Object.is(shown.value, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown({ value }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown === null ? null : shown.value;
}
