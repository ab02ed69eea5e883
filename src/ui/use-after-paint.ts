import { useEffect, useState } from 'react';

/**
 * `value`, but updated only after the browser has painted the current frame.
 * Charts use it to follow the league table: drawing a recharts line asks the
 * DOM for path lengths (getTotalLength), which forces a layout of everything
 * still dirty — 3,300 fresh table rows cost ~0.3 s per forced layout
 * (measured in Chromium). After the paint the table is laid out, and the chart
 * renders in its own commit without re-rendering the table.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
