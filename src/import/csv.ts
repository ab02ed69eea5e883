// Text → rows of strings. papaparse does the quoting rules on the decoded
// string (header: false, never dynamicTyping, which reads `1.590` as 1.59);
// we add what it lacks: separator detection among , ; tab, the file line of
// each row, and an unclosed quote reported at its row instead of swallowing
// the rest of the file.
import Papa from 'papaparse';
import type { Separator } from './types';

const CANDIDATES: readonly Separator[] = [';', '\t', ','];
const SAMPLE_LINES = 30;

/** Lines of the first part of a text, split outside quotes. */
function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  const end = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < end && lines.length < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) inQuotes = !inQuotes;
    else if ((c === 0x0a || c === 0x0d) && !inQuotes) {
      lines.push(text.slice(start, i));
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (lines.length < SAMPLE_LINES && start < end) lines.push(text.slice(start, end));
  return lines.filter((l) => l.trim().length > 0);
}

function countOutsideQuotes(line: string, sep: string): number {
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === sep && !inQuotes) count++;
  }
  return count;
}

/**
 * The separator used by most of the first lines the same number of times
 * (outside quotes). A decimal comma in a `;` file varies from line to line,
 * the real separator does not. Null when no line has any candidate.
 */
export function detectSeparator(text: string): Separator | null {
  const lines = sampleLines(text);
  let best: Separator | null = null;
  let bestScore = 0;
  let bestCount = 0;
  for (const sep of CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, sep);
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    let modeCount = 0;
    let modeLines = 0;
    for (const [n, times] of frequency) {
      if (times > modeLines || (times === modeLines && n > modeCount)) {
        modeLines = times;
        modeCount = n;
      }
    }
    if (modeLines > bestScore || (modeLines === bestScore && modeLines > 0 && modeCount > bestCount)) {
      best = sep;
      bestScore = modeLines;
      bestCount = modeCount;
    }
  }
  return best;
}

export interface CsvIssue {
  /** 1-based file line where the broken row starts. */
  readonly line: number;
  readonly code: 'unclosed_quote' | 'malformed_quote';
  readonly text: string;
}

export interface SplitOptions {
  /** Characters per papaparse slice; progress is reported after each. */
  readonly sliceChars?: number;
  /** Called after each slice with the characters consumed so far and rows emitted. */
  readonly onSlice?: (charsDone: number, rows: number) => void;
}

const DEFAULT_SLICE = 512 * 1024;

/**
 * Splits `text` into rows and hands each to `onRow` with the file line it
 * starts on. Fields are strings exactly as written (quotes removed). Blank
 * lines are passed too (as `['']`) so nothing shifts the line count.
 * A row whose quote never closes is reported and parsing resumes on the next line.
 */
export function splitCsv(
  text: string,
  separator: Separator,
  onRow: (fields: string[], line: number) => void,
  options: SplitOptions = {},
): { readonly rows: number; readonly issues: readonly CsvIssue[] } {
  const newline = text.indexOf('\n') !== -1 ? '\n' : text.indexOf('\r') !== -1 ? '\r' : '\n';
  const sliceChars = options.sliceChars ?? DEFAULT_SLICE;
  const issues: CsvIssue[] = [];
  // Without any quote no field can hold a newline: skip looking for one in every field.
  const quoted = text.indexOf('"') !== -1;
  let rows = 0;
  let offset = 0;
  let line = 1;
  /** Every row, from papaparse or from splitPlain. */
  const take = (fields: string[], malformed: CsvIssue['code'] | undefined): void => {
    const startLine = line;
    if (quoted) {
      for (let f = 0; f < fields.length; f++) {
        const value = fields[f] as string;
        if (value.length > 0 && value.indexOf(newline) !== -1) line += countChar(value, newline);
      }
    }
    line++;
    if (newline === '\n') {
      const last = fields.length - 1;
      const tail = fields[last] as string;
      if (tail.length > 0 && tail.charCodeAt(tail.length - 1) === 0x0d) fields[last] = tail.slice(0, -1);
    }
    if (malformed) issues.push({ line: startLine, code: malformed, text: fields.join(separator).slice(0, 200) });
    else onRow(fields, startLine);
    rows++;
  };
  if (!quoted) {
    splitPlain(text, separator, newline, sliceChars, (fields) => take(fields, undefined), (charsDone) => options.onSlice?.(charsDone, rows));
    return { rows, issues };
  }
  for (;;) {
    const parseStartLine = line;
    let brokenLine = -1;
    const input = offset === 0 ? text : text.slice(offset);
    parseString(input, {
      delimiter: separator,
      newline,
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunkSize: sliceChars,
      chunk: (results: Papa.ParseResult<string[]>) => {
        const data = results.data;
        let stop = data.length;
        const bad = new Map<number, CsvIssue['code']>();
        for (const error of results.errors) {
          const r = error.row ?? -1;
          if (r < 0 || r >= data.length) continue;
          if (error.code === 'MissingQuotes') {
            stop = Math.min(stop, r);
          } else if (error.code === 'InvalidQuotes' && !bad.has(r)) {
            bad.set(r, 'malformed_quote');
          }
        }
        for (let r = 0; r < stop; r++) take(data[r] as string[], bad.get(r));
        if (stop < data.length) brokenLine = line;
        options.onSlice?.(offset + results.meta.cursor, rows);
      },
    });
    if (brokenLine < 0) break;
    // The quote opened on `brokenLine`: report it there and go on with the next line.
    const lineStart = offsetOfLine(text, offset, parseStartLine, brokenLine, newline);
    const lineEnd = text.indexOf(newline, lineStart);
    issues.push({ line: brokenLine, code: 'unclosed_quote', text: text.slice(lineStart, lineEnd === -1 ? lineStart + 200 : Math.min(lineEnd, lineStart + 200)) });
    if (lineEnd === -1) break;
    offset = lineEnd + 1;
    line = brokenLine + 1;
  }
  return { rows, issues };
}

/**
 * Text without any quote, split as papaparse splits it in its fast mode
 * (lines at the newline, fields at the separator, a leading BOM dropped, the
 * same slices), without its chunk bookkeeping: ~60 instead of ~110 ms for the
 * nation file.
 */
function splitPlain(text: string, separator: Separator, newline: string, sliceChars: number, take: (fields: string[]) => void, onSlice: (charsDone: number) => void): void {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // papaparse gives no row at all, not one blank row, for an empty text.
  if (input.length === 0) return onSlice(0);
  let from = 0;
  for (let end = Math.min(input.length, sliceChars); ; end = Math.min(input.length, end + sliceChars)) {
    const final = end >= input.length;
    // A slice's last line may go on in the next one: before the end, whole lines only.
    const upTo = final ? input.length : input.lastIndexOf(newline, end - 1);
    if (upTo >= from) {
      for (const row of input.slice(from, upTo).split(newline)) take(row.split(separator));
      from = upTo + 1;
    }
    onSlice(Math.min(from, input.length));
    if (final) return;
  }
}

/**
 * papaparse streams a string in slices when given `chunk` (its StringStreamer,
 * synchronous); its typings allow `chunk` only for files, hence this one cast.
 */
const parseString = Papa.parse as unknown as (
  input: string,
  config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (results: Papa.ParseResult<string[]>) => void },
) => void;

function countChar(text: string, char: string): number {
  let n = 0;
  let i = text.indexOf(char);
  while (i !== -1) {
    n++;
    i = text.indexOf(char, i + 1);
  }
  return n;
}

/** Offset in `text` of file line `target`, counting from `fromOffset`, which starts line `fromLine`. */
function offsetOfLine(text: string, fromOffset: number, fromLine: number, target: number, newline: string): number {
  let pos = fromOffset;
  for (let l = fromLine; l < target; l++) {
    const next = text.indexOf(newline, pos);
    if (next === -1) return pos;
    pos = next + 1;
  }
  return pos;
}
