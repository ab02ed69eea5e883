// CSV for every export: RFC 4180 (comma, CRLF, quotes doubled), numbers in
// full precision with a '.' decimal point so they read back exactly, and text
// that a spreadsheet could run as a formula defused with a leading ' (OWASP
// "CSV injection"): a commune name typed as =HYPERLINK(...) must stay text.

export type CsvCell = string | number | null;

const CRLF = '\r\n';
const BOM = '\uFEFF';

/** A plain number literal written as text ("-5", "+3", "1.5e3") is data, not a formula. */
const NUMBER_LITERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Excel/LibreOffice start a formula with these, also after leading spaces. */
const FORMULA_START = /^ *[=+\-@\t\r\n]/;
const LINE_FORMULA_START = /^ *[=+\-@\t]/;

function defuse(text: string): string {
  if (text === '' || NUMBER_LITERAL.test(text)) return text;
  const first = FORMULA_START.test(text) ? `'${text}` : text;
  // Later lines of a multi-line cell are defused one by one.
  return first.replace(/(\r\n|\r|\n)([^\r\n]*)/g, (_, end: string, line: string) => (LINE_FORMULA_START.test(line) ? `${end}'${line}` : `${end}${line}`));
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''; // NaN is missing, never "NaN"
  const text = defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text; every row ends with CRLF. `bom: true` prepends U+FEFF so Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options?: { bom?: boolean }): string {
  const body = rows.map((row) => row.map(cell).join(',') + CRLF).join('');
  return options?.bom ? BOM + body : body;
}
