// The problems of one file: every one counted, the first MAX_PROBLEMS kept,
// each message naming file, row and column in Vietnamese (messages.ts words them).
import { MESSAGES, type MessageParams, type ProblemCode } from './messages';
import { quote } from './text';
import type { ImportProblem } from './types';

export const MAX_PROBLEMS = 1000;

/** Where a problem is: the file's 1-based line (null for the whole file), the column's header as written, the text. */
export interface ProblemAt {
  readonly row: number | null;
  readonly column: string | null;
  readonly text: string;
}

export const WHOLE_FILE: ProblemAt = { row: null, column: null, text: '' };

export class Problems {
  readonly list: ImportProblem[] = [];
  total = 0;

  constructor(private readonly file: string) {}

  add<C extends ProblemCode>(code: C, at: ProblemAt, ...params: MessageParams<C>): void {
    const { severity, text } = MESSAGES[code] as { severity: ImportProblem['severity']; text: (...p: MessageParams<C>) => string };
    this.push(code, severity, at, text(...params));
  }

  /** A data check's finding about one report; its code names the check (`check_parts_exceed_total`…). */
  addCheck(kind: string, at: ProblemAt, ...params: MessageParams<'check'>): void {
    this.push(`check_${kind}`, MESSAGES.check.severity, at, MESSAGES.check.text(...params));
  }

  private push(code: string, severity: ImportProblem['severity'], at: ProblemAt, detail: string): void {
    this.total++;
    if (this.list.length >= MAX_PROBLEMS) return;
    this.list.push({ file: this.file, row: at.row, column: at.column, text: clip(at.text), message: `${this.where(at)}: ${detail}`, severity, code });
  }

  private where(at: ProblemAt): string {
    let where = `Tệp "${this.file}"`;
    if (at.row !== null) where += `, dòng ${at.row}`;
    if (at.column !== null) where += `, cột ${quote(at.column, 120)}`;
    return where;
  }

  final(): ImportProblem[] {
    if (this.total <= this.list.length) return this.list;
    const { severity, text } = MESSAGES.problems_truncated;
    return [
      ...this.list,
      { file: this.file, row: null, column: null, text: '', message: `${this.where(WHOLE_FILE)}: ${text(this.total, this.list.length)}`, severity, code: 'problems_truncated' },
    ];
  }
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
