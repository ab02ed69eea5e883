import { useState } from 'react';
import { formatCount } from '../../domain/format';
import type { ImportProblem } from '../../import/types';
import { useLang } from '../../ui/i18n';

const PAGE = 200;

/**
 * Every problem of a file, by file, row and column. Long lists show 200 at a
 * time so a file with 10,000 bad rows does not build 10,000 table rows at once.
 * File text is rendered as React text, never as HTML.
 */
export function ProblemTable(props: { readonly caption: string; readonly problems: readonly ImportProblem[] }) {
  const lang = useLang();
  const [shown, setShown] = useState(PAGE);
  const { problems } = props;
  if (problems.length === 0) return null;
  const visible = problems.slice(0, shown);
  const rest = problems.length - visible.length;
  return (
    <div className="problem-table">
      <table className="data">
        <caption>
          {props.caption} ({formatCount(problems.length, lang)})
        </caption>
        <thead>
          <tr>
            <th scope="col">{lang === 'vi' ? 'Tệp' : 'File'}</th>
            <th scope="col" className="num">
              {lang === 'vi' ? 'Dòng' : 'Row'}
            </th>
            <th scope="col">{lang === 'vi' ? 'Cột' : 'Column'}</th>
            <th scope="col">{lang === 'vi' ? 'Nội dung' : 'Text'}</th>
            <th scope="col">{lang === 'vi' ? 'Vì sao' : 'Why'}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((p, i) => (
            <tr key={i}>
              <td>{p.file}</td>
              <td className="num">{p.row === null ? '—' : formatCount(p.row, lang)}</td>
              <td>{p.column ?? '—'}</td>
              <td className="cell-text">{p.text}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <div className="toolbar">
          <span className="muted small">
            {lang === 'vi'
              ? `Đang hiện ${formatCount(visible.length, lang)} / ${formatCount(problems.length, lang)} dòng.`
              : `Showing ${formatCount(visible.length, lang)} of ${formatCount(problems.length, lang)}.`}
          </span>
          <button type="button" onClick={() => setShown((n) => n + PAGE)}>
            {lang === 'vi' ? `Hiện thêm ${formatCount(Math.min(PAGE, rest), lang)} dòng` : `Show ${formatCount(Math.min(PAGE, rest), lang)} more`}
          </button>
          <button type="button" onClick={() => setShown(problems.length)}>
            {lang === 'vi' ? 'Hiện tất cả' : 'Show all'}
          </button>
        </div>
      )}
    </div>
  );
}
