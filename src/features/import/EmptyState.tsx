import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../domain/format';
import { pick, useLang, type Bilingual } from '../../ui/i18n';
import { setUnsavedWork } from '../../ui/unsaved-work';
import { errorMessage } from './pipeline';
import { loadSampleData, type SampleProgress, type SampleResult, type SampleSet } from './sample-data';

const TE = {
  title: { vi: 'Chưa có dữ liệu', en: 'No data yet' },
  firstStep: {
    vi: 'Việc đầu tiên: nhập các tệp CSV số liệu cải cách hành chính mà các xã, phường gửi lên, ở trang',
    en: 'First step: import the communes’ administrative-reform CSV files, on the page',
  },
  importLink: { vi: 'Nhập dữ liệu', en: 'Import data' },
  formats: {
    vi: 'Ứng dụng đọc tệp dạng dọc, dạng ngang và biểu mẫu thống kê, lưu ngay trong trình duyệt này; không gửi đi đâu.',
    en: 'Long, wide and form files are read and stored in this browser only; nothing is sent anywhere.',
  },
  orSample: { vi: 'Hoặc xem thử ứng dụng với dữ liệu mẫu:', en: 'Or try the app with sample data:' },
  demo: { vi: 'Dùng dữ liệu mẫu', en: 'Dùng dữ liệu mẫu (use sample data)' },
  demoNote: {
    vi: 'Huyện Minh Họa: 25 xã, phường giả định, các kỳ Quý I, 6 tháng, 9 tháng, năm 2023–2024 — dữ liệu minh họa, không phải số liệu thật.',
    en: 'Huyện Minh Họa: 25 invented communes, Q1, H1, 9M and year of 2023–2024 — illustrative data, not real figures.',
  },
  seeds: { vi: 'Dùng 5 báo cáo thật của các xã', en: 'Use the five real commune reports' },
  seedsNote: {
    vi: 'Số liệu từ năm báo cáo CCHC có thật (Cộng Lạc, Bình Lãng, Đại Hợp, Lộc Thủy, Cổ Thành), mỗi tệp một dạng và bảng mã khác nhau.',
    en: 'Figures of five real reform reports, each file in another layout and encoding.',
  },
  loading: { vi: 'Đang nạp', en: 'Loading' },
  done: { vi: 'Đã nạp xong.', en: 'Loaded.' },
  failed: { vi: 'Không nạp được dữ liệu mẫu; dữ liệu đã lưu không thay đổi:', en: 'Could not load the sample data; stored data unchanged:' },
} as const satisfies Record<string, Bilingual>;

const STAGE: Readonly<Record<SampleProgress['stage'], Bilingual>> = {
  download: { vi: 'tải tệp', en: 'fetching' },
  read: { vi: 'đọc và kiểm tra', en: 'reading and checking' },
  store: { vi: 'Đang lưu', en: 'Storing' },
};

/** What a dashboard shows while nothing is stored: what to do first, and sample data one click away. */
export function EmptyState() {
  const lang = useLang();
  const [progress, setProgress] = useState<SampleProgress | null>(null);
  const [result, setResult] = useState<SampleResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null && result === null && error === null;
  // A sample set being read and stored is an import in progress: no reload for a new version meanwhile.
  useEffect(() => {
    setUnsavedWork('sample-data', busy);
    return () => setUnsavedWork('sample-data', false);
  }, [busy]);

  const load = (set: SampleSet) => {
    setResult(null);
    setError(null);
    setProgress({ fileName: '', index: 0, total: 1, stage: 'download' });
    loadSampleData(set, setProgress).then(setResult, (e: unknown) => setError(errorMessage(e)));
  };

  return (
    <section className="card empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">{pick(lang, TE.title)}</h1>
      <p>
        {pick(lang, TE.firstStep)} <Link to="/nhap-du-lieu">{pick(lang, TE.importLink)}</Link>.
      </p>
      <p className="muted">{pick(lang, TE.formats)}</p>
      <h2>{pick(lang, TE.orSample)}</h2>
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={() => load('demo')}>
          {pick(lang, TE.demo)}
        </button>
        <span className="muted small">{pick(lang, TE.demoNote)}</span>
      </div>
      <div className="toolbar">
        <button type="button" className="small" disabled={busy} onClick={() => load('seeds')}>
          {pick(lang, TE.seeds)}
        </button>
        <span className="muted small">{pick(lang, TE.seedsNote)}</span>
      </div>
      {busy && progress && (
        <div className="toolbar" aria-live="polite">
          <progress max={progress.total} value={Math.max(progress.index - 1, 0)} aria-label={pick(lang, TE.loading)} />
          <span className="small">
            {progress.stage === 'store'
              ? `${pick(lang, STAGE.store)}: ${progress.fileName}`
              : `${pick(lang, TE.loading)} ${formatCount(progress.index, lang)}/${formatCount(progress.total, lang)}${progress.fileName ? `: ${progress.fileName} (${pick(lang, STAGE[progress.stage])})` : ''}`}
          </span>
        </div>
      )}
      {result && (
        <div role="status">
          {result.stored && (
            <p>
              {pick(lang, TE.done)}{' '}
              {lang === 'vi'
                ? `${formatCount(result.stored.valueCount, lang)} giá trị của ${formatCount(result.stored.communeCount, lang)} xã/phường.`
                : `${formatCount(result.stored.valueCount, lang)} values of ${formatCount(result.stored.communeCount, lang)} communes.`}
            </p>
          )}
          {result.skipped.length > 0 && (
            <ul className="banner banner-warn">
              {result.skipped.map((s) => (
                <li key={s.fileName}>
                  {s.fileName}: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="banner banner-error">
          {pick(lang, TE.failed)} {error}
        </p>
      )}
    </section>
  );
}
