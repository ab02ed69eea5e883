// The problems of one file: every one counted, the first MAX_PROBLEMS kept,
// each message naming file, row and column in Vietnamese.
import { quote } from './text';
import type { ImportProblem } from './types';

export const MAX_PROBLEMS = 1000;

/** The code of a statistical form's row that no tracked indicator takes (most rows of a form). */
export const FORM_ROW_SKIPPED = 'form_row_skipped';

export class Problems {
  readonly list: ImportProblem[] = [];
  total = 0;

  constructor(private readonly file: string) {}

  add(row: number | null, column: string | null, text: string, detail: string, severity: 'error' | 'warning', code: string): void {
    this.total++;
    if (this.list.length >= MAX_PROBLEMS) return;
    let where = `Tệp "${this.file}"`;
    if (row !== null) where += `, dòng ${row}`;
    if (column !== null) where += `, cột ${quote(column, 120)}`;
    this.list.push({ file: this.file, row, column, text: text.length > 200 ? `${text.slice(0, 200)}…` : text, message: `${where}: ${detail}`, severity, code });
  }

  final(): ImportProblem[] {
    if (this.total <= this.list.length) return this.list;
    return [
      ...this.list,
      {
        file: this.file,
        row: null,
        column: null,
        text: '',
        message: `Tệp "${this.file}": có tất cả ${this.total} vấn đề; chỉ hiện ${this.list.length} vấn đề đầu tiên.`,
        severity: 'warning',
        code: 'problems_truncated',
      },
    ];
  }
}
