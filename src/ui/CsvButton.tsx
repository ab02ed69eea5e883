import type { CsvCell } from './download';
import { saveCsv } from './download';
import { useLang } from './i18n';

/**
 * Exports a table. The accessible name always starts with "Tải CSV" (a public
 * contract the acceptance tests rely on), in either language. Rows are built
 * only on click, so a 3,300-row table costs nothing until asked for.
 */
export function CsvButton(props: {
  /** What is exported, e.g. "bảng xếp hạng"; appended to "Tải CSV". */
  readonly what: string;
  readonly fileName: string;
  readonly rows: () => readonly (readonly CsvCell[])[];
  readonly disabled?: boolean;
}) {
  const lang = useLang();
  return (
    <button
      type="button"
      className="csv-button"
      disabled={props.disabled ?? false}
      onClick={() => saveCsv(props.rows(), props.fileName)}
    >
      {`Tải CSV ${props.what}`}
      {lang === 'en' && <span className="muted small"> (download)</span>}
    </button>
  );
}
