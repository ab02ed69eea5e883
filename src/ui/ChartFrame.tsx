import { useRef, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { chartToPng } from './chart-png';
import { saveBlob } from './download';
import { pick, useLang, type Bilingual } from './i18n';

const TEXT = {
  png: { vi: 'Tải PNG', en: 'Download PNG' },
  failed: { vi: 'Không tạo được ảnh PNG của biểu đồ.', en: 'Could not make a PNG of the chart.' },
} as const satisfies Record<string, Bilingual>;

/**
 * A titled chart with a "Tải PNG" export. The chart fills the frame's width;
 * `initialDimension` lets it draw where nothing is measured (jsdom, print).
 */
export function ChartFrame(props: {
  readonly title: string;
  readonly fileName: string;
  readonly children: ReactElement;
  readonly height?: number;
  /** A sentence under the title: what is shown, what is left out. */
  readonly note?: ReactNode;
}) {
  const lang = useLang();
  const body = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const height = props.height ?? 300;

  async function exportPng() {
    const container = body.current;
    if (!container) return;
    try {
      const png = await chartToPng(container, props.title);
      if (!png) throw new Error('no chart');
      setFailed(false);
      saveBlob(png, props.fileName);
    } catch {
      setFailed(true);
    }
  }

  return (
    <figure className="chart-frame card">
      <figcaption className="chart-head">
        <strong>{props.title}</strong>
        <button type="button" className="no-print" onClick={() => void exportPng()}>
          {pick(lang, TEXT.png)}
          <span className="visually-hidden">{`: ${props.title}`}</span>
        </button>
      </figcaption>
      {props.note !== undefined && <p className="small muted">{props.note}</p>}
      <div ref={body} className="chart-body">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          {props.children}
        </ResponsiveContainer>
      </div>
      {failed && (
        <p role="alert" className="small">
          {pick(lang, TEXT.failed)}
        </p>
      )}
    </figure>
  );
}
