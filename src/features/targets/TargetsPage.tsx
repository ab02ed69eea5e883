import { useId, useMemo, useState } from 'react';
import { resetTarget, saveTarget } from '../../db';
import { useTargets } from '../../db/hooks';
import { areaOf, indicatorLabel, isPercent } from '../../domain/catalog';
import { formatDecimal, type Lang } from '../../domain/format';
import { NO_TARGET_LABEL, validateTarget, type Target } from '../../domain/targets';
import { pick, useLang, type Bilingual } from '../../ui/i18n';
import { parseTypedNumber, proposedTarget, targetRows, type TargetRow } from './target-rows';

const TT = {
  title: { vi: 'Chỉ tiêu', en: 'Targets' },
  intro: {
    vi: 'Mỗi chỉ tiêu có mục tiêu và ngưỡng bắt đầu vùng “gần đạt”. Thay đổi ở đây áp dụng ngay cho mọi bảng và biểu đồ.',
    en: 'Each indicator has a target and the start of its “near” band. Changes here apply at once to every table and chart.',
  },
  bands: {
    vi: 'Các vùng là nửa mở: với mục tiêu ≥ 100 % và ngưỡng gần đạt 95 %, một xã đạt 100 % là “Đạt”, từ 95,0 % đến dưới 100 % là “Gần đạt”, dưới 95,0 % (ví dụ 94,9 %) là “Chưa đạt”. Với chỉ tiêu càng thấp càng tốt (≤), thứ tự ngược lại.',
    en: 'Bands are half-open: with a target ≥ 100 % and a near band from 95 %, 100 % is “met”, 95.0 % up to below 100 % is “near”, below 95.0 % (e.g. 94.9 %) is “behind”. For lower-is-better targets (≤) the order is reversed.',
  },
  rounding: {
    vi: 'Trạng thái được xét trên con số hiển thị (tỷ lệ làm tròn một chữ số thập phân): 94,96 % hiển thị là 95,0 % nên là “Gần đạt” — màu và con số không bao giờ mâu thuẫn.',
    en: 'Status is judged on the figure as displayed (rates rounded to one decimal): 94.96 % shows as 95.0 % and is “near” — colour and figure never disagree.',
  },
  caption: { vi: 'Chỉ tiêu và ngưỡng cảnh báo', en: 'Targets and warning bands' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  direction: { vi: 'Hướng', en: 'Direction' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  nearFrom: { vi: 'Bắt đầu vùng “gần đạt”', en: '“Near” band starts at' },
  provenance: { vi: 'Nguồn', en: 'Source' },
  action: { vi: 'Thao tác', en: 'Action' },
  higher: { vi: '≥ (càng cao càng tốt)', en: '≥ (higher is better)' },
  lower: { vi: '≤ (càng thấp càng tốt)', en: '≤ (lower is better)' },
  national: { vi: 'văn bản trung ương', en: 'national document' },
  inferred: { vi: 'đề xuất theo thực tiễn tỉnh', en: 'proposed from provincial practice' },
  userSet: { vi: 'do đơn vị đặt', en: 'set by the unit' },
  defaultWas: { vi: 'mặc định', en: 'default' },
  edit: { vi: 'Sửa', en: 'Edit' },
  add: { vi: 'Đặt chỉ tiêu', en: 'Set a target' },
  save: { vi: 'Lưu chỉ tiêu', en: 'Save target' },
  cancel: { vi: 'Thôi', en: 'Cancel' },
  reset: { vi: 'Về mặc định', en: 'Reset to default' },
  remove: { vi: 'Bỏ chỉ tiêu', en: 'Remove target' },
  saved: { vi: 'Đã lưu chỉ tiêu', en: 'Target saved' },
  failed: { vi: 'Không lưu được:', en: 'Could not save:' },
} as const satisfies Record<string, Bilingual>;

function formatTargetValue(code: Target['indicator'], value: number, lang: Lang): string {
  return isPercent(code) ? `${formatDecimal(value, lang)}\u00A0%` : formatDecimal(value, lang);
}

function directionSign(direction: Target['direction']): string {
  return direction === '>=' ? '≥' : '≤';
}

/** /chi-tieu: each indicator's target and warning band, defaults with their provenance, editable. */
export default function TargetsPage() {
  const lang = useLang();
  const targets = useTargets();
  const rows = useMemo(() => (targets.data ? targetRows(targets.data) : []), [targets.data]);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setNotice({ ok: true, text: done });
      setEditing(null);
    } catch (error) {
      setNotice({ ok: false, text: `${pick(lang, TT.failed)} ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="targets-page">
      <h1>{pick(lang, TT.title)}</h1>
      <p>{pick(lang, TT.intro)}</p>
      <p className="muted">{pick(lang, TT.bands)}</p>
      <p className="muted">{pick(lang, TT.rounding)}</p>
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={`banner ${notice.ok ? 'banner-info' : 'banner-error'}`}>
          {notice.text}
        </p>
      )}
      {targets.isError && (
        <p role="alert" className="banner banner-error">
          {String(targets.error instanceof Error ? targets.error.message : targets.error)}
        </p>
      )}
      <table className="data targets-table">
        <caption>{pick(lang, TT.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{pick(lang, TT.indicator)}</th>
            <th scope="col">{pick(lang, TT.direction)}</th>
            <th scope="col" className="num">
              {pick(lang, TT.target)}
            </th>
            <th scope="col" className="num">
              {pick(lang, TT.nearFrom)}
            </th>
            <th scope="col">{pick(lang, TT.provenance)}</th>
            <th scope="col">{pick(lang, TT.action)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            editing === row.indicator ? (
              <EditRow
                key={row.indicator}
                row={row}
                onCancel={() => setEditing(null)}
                onSave={(t) => act(() => saveTarget(t), `${pick(lang, TT.saved)}: ${indicatorLabel(t.indicator, lang)}.`)}
              />
            ) : (
              <ViewRow
                key={row.indicator}
                row={row}
                onEdit={() => {
                  setNotice(null);
                  setEditing(row.indicator);
                }}
                onReset={() => act(() => resetTarget(row.indicator), `${pick(lang, row.fallback ? TT.reset : TT.remove)}: ${indicatorLabel(row.indicator, lang)}.`)}
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function Provenance(props: { readonly row: TargetRow }) {
  const lang = useLang();
  const { current, fallback } = props.row;
  if (!current && !fallback) return <span className="muted">—</span>;
  const userSet = current && !current.isDefault;
  return (
    <>
      {userSet && <strong>{pick(lang, TT.userSet)}</strong>}
      {fallback && (
        <div className={userSet ? 'muted small' : undefined}>
          {userSet &&
            `${pick(lang, TT.defaultWas)}: ${directionSign(fallback.direction)} ${formatTargetValue(fallback.indicator, fallback.target, lang)}, ${formatTargetValue(fallback.indicator, fallback.nearFrom, lang)} — `}
          <span className={`provenance provenance-${fallback.provenance}`}>{pick(lang, TT[fallback.provenance])}</span>
          <div className="muted small">{pick(lang, fallback.source)}</div>
        </div>
      )}
    </>
  );
}

function ViewRow(props: { readonly row: TargetRow; readonly onEdit: () => void; readonly onReset: () => void }) {
  const lang = useLang();
  const { row } = props;
  const label = indicatorLabel(row.indicator, lang);
  const t = row.current;
  return (
    <tr>
      <th scope="row">{label}</th>
      {t ? (
        <>
          <td>{pick(lang, t.direction === '>=' ? TT.higher : TT.lower)}</td>
          <td className="num">
            {directionSign(t.direction)} {formatTargetValue(t.indicator, t.target, lang)}
          </td>
          <td className="num">{formatTargetValue(t.indicator, t.nearFrom, lang)}</td>
        </>
      ) : (
        <td colSpan={3}>
          <span className="status status-none">{pick(lang, NO_TARGET_LABEL)}</span>
        </td>
      )}
      <td>
        <Provenance row={row} />
      </td>
      <td>
        <div className="row-actions">
          <button type="button" aria-label={`${pick(lang, t ? TT.edit : TT.add)}: ${label}`} onClick={props.onEdit}>
            {pick(lang, t ? TT.edit : TT.add)}
          </button>
          {t && !t.isDefault && (
            <button type="button" aria-label={`${pick(lang, row.fallback ? TT.reset : TT.remove)}: ${label}`} onClick={props.onReset}>
              {pick(lang, row.fallback ? TT.reset : TT.remove)}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function EditRow(props: { readonly row: TargetRow; readonly onSave: (t: Target) => Promise<void>; readonly onCancel: () => void }) {
  const lang = useLang();
  const { row } = props;
  const start = row.current ?? proposedTarget(row.indicator);
  const [direction, setDirection] = useState<Target['direction']>(start.direction);
  const [targetText, setTargetText] = useState(formatDecimal(start.target, 'vi'));
  const [nearText, setNearText] = useState(formatDecimal(start.nearFrom, 'vi'));
  const [problems, setProblems] = useState<readonly string[]>([]);
  const label = indicatorLabel(row.indicator, lang);
  const errorId = useId();
  const unit = isPercent(row.indicator) ? ' (%)' : '';

  const submit = () => {
    const candidate: Target = {
      indicator: row.indicator,
      direction,
      target: parseTypedNumber(targetText),
      nearFrom: parseTypedNumber(nearText),
    };
    const found = validateTarget(candidate);
    setProblems(found);
    if (found.length === 0) void props.onSave(candidate);
  };

  const described = problems.length > 0 ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
  return (
    <tr className="editing" data-area={areaOf(row.indicator)}>
      <th scope="row">{label}</th>
      <td>
        <select aria-label={`${pick(lang, TT.direction)}: ${label}`} value={direction} onChange={(e) => setDirection(e.target.value === '<=' ? '<=' : '>=')}>
          <option value=">=">{pick(lang, TT.higher)}</option>
          <option value="<=">{pick(lang, TT.lower)}</option>
        </select>
      </td>
      <td className="num">
        <input
          type="text"
          inputMode="decimal"
          size={7}
          aria-label={`${pick(lang, TT.target)}${unit}: ${label}`}
          value={targetText}
          onChange={(e) => setTargetText(e.target.value)}
          {...described}
        />
      </td>
      <td className="num">
        <input
          type="text"
          inputMode="decimal"
          size={7}
          aria-label={`${pick(lang, TT.nearFrom)}${unit}: ${label}`}
          value={nearText}
          onChange={(e) => setNearText(e.target.value)}
          {...described}
        />
      </td>
      <td>
        <Provenance row={row} />
        {problems.length > 0 && (
          <ul id={errorId} role="alert" className="banner banner-error field-errors">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <div className="row-actions">
          <button type="button" className="primary" onClick={submit}>
            {pick(lang, TT.save)}
          </button>
          <button type="button" onClick={props.onCancel}>
            {pick(lang, TT.cancel)}
          </button>
        </div>
      </td>
    </tr>
  );
}
