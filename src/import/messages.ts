// Every problem the import pipeline can report, by its stable code: its
// severity and its Vietnamese wording, in one place. A message is a sentence
// after "Tệp "…", dòng N, cột "…": " (problems.ts adds that part).
import { baseIndicator } from '../domain/catalog';
import type { BaseCode } from '../domain/types';
import { quote } from './text';

type Severity = 'error' | 'warning';

interface Message<P extends readonly unknown[]> {
  readonly severity: Severity;
  readonly text: (...params: P) => string;
}

function message<P extends readonly unknown[]>(severity: Severity, text: (...params: P) => string): Message<P> {
  return { severity, text };
}

/** "Tên chỉ tiêu" (code), … — the indicators a header or label might mean. */
export function candidateNames(codes: readonly BaseCode[]): string {
  return codes.map((c) => `"${baseIndicator(c).labelVi}" (${c})`).join(', ');
}

const maybe = (codes: readonly BaseCode[]): string => (codes.length > 0 ? `; có thể là: ${candidateNames(codes)}` : '');

export const MESSAGES = {
  // ── the file as a whole ──
  no_layout: message('error', (hasColumns: boolean) =>
    hasColumns
      ? 'không nhận ra bố cục tệp: không tìm thấy dòng tiêu đề có mã xã/tên xã, kỳ báo cáo và các chỉ tiêu (dạng rộng), cột "chỉ tiêu" và "giá trị" (dạng dọc), hoặc cột "STT" và "Chỉ tiêu" (biểu mẫu).'
      : 'tệp không có nội dung nào để đọc.',
  ),
  no_data: message('error', () => 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.'),
  no_values: message('error', (rowsWithErrors: boolean) =>
    rowsWithErrors ? 'không có giá trị hợp lệ nào để nhập: mọi dòng đều có lỗi.' : 'không có giá trị nào để nhập: các ô số liệu đều trống.',
  ),
  needs_commune: message('warning', () => 'tệp không ghi rõ số liệu của xã/phường nào (không có ở tiêu đề hay tên tệp) — hãy chọn xã cho tệp này.'),
  needs_period: message('warning', () => 'tệp không ghi rõ kỳ báo cáo (không có ở tiêu đề hay tên tệp) — hãy chọn kỳ báo cáo cho tệp này.'),
  problems_truncated: message('warning', (total: number, shown: number) => `có tất cả ${total} vấn đề; chỉ hiện ${shown} vấn đề đầu tiên.`),

  // ── columns ──
  unknown_column: message('warning', (candidates: readonly BaseCode[], layoutKnown: boolean) =>
    `không nhận ra cột này${maybe(candidates)}.${layoutKnown ? ' Cột này chưa được nhập.' : ''}`,
  ),
  ambiguous_column: message('warning', (candidates: readonly BaseCode[]) =>
    `tên cột có thể là nhiều chỉ tiêu: ${candidateNames(candidates)} — hãy đổi tên cột cho rõ. Cột này chưa được nhập.`,
  ),
  duplicate_header: message('error', (earlier: string, header: string, meaning: string) =>
    `cột trùng: cả cột ${quote(earlier)} và cột ${quote(header)} đều là "${meaning}". Hãy xóa hoặc đổi tên một cột.`,
  ),

  // ── rows ──
  unclosed_quote: message('error', () => 'dấu ngoặc kép (") mở ở dòng này không được đóng — dòng bị bỏ qua, các dòng sau vẫn được đọc. Hãy kiểm tra ô có dấu ngoặc kép.'),
  malformed_quote: message('error', () => 'dấu ngoặc kép (") đặt sai chỗ trong một ô — dòng bị bỏ qua.'),
  column_count: message('error', (fields: number, width: number) =>
    `dòng có ${fields} cột trong khi dòng tiêu đề có ${width} cột — có thể tệp dùng lẫn dấu phân cách hoặc thiếu dấu ngoặc kép quanh ô có dấu phân cách. Dòng bị bỏ qua.`,
  ),
  missing_commune: message('error', () => 'thiếu tên và mã xã. Dòng bị bỏ qua.'),
  missing_period: message('error', () => 'thiếu kỳ báo cáo. Dòng bị bỏ qua.'),
  bad_period: message('error', (text: string) =>
    `${quote(text)} không phải kỳ báo cáo hợp lệ (ví dụ: 2022-H1, Quý I/2022, 6 tháng đầu năm 2022, 9 tháng 2022, Năm 2022). Dòng bị bỏ qua.`,
  ),
  unknown_indicator: message('error', (text: string, candidates: readonly BaseCode[], ambiguous: boolean) =>
    text.length === 0
      ? 'thiếu tên chỉ tiêu. Dòng bị bỏ qua.'
      : ambiguous
        ? `${quote(text)} có thể là nhiều chỉ tiêu: ${candidateNames(candidates)}. Dòng bị bỏ qua.`
        : `không nhận ra chỉ tiêu ${quote(text)}${maybe(candidates)}. Dòng bị bỏ qua.`,
  ),
  form_row_skipped: message('warning', (section: number | null, stt: string, label: string, value: string) =>
    `${section === null ? '' : `biểu mẫu ${section}, `}mục ${stt} ${quote(label || '(không có tên)')} = ${quote(value)} không thuộc các chỉ tiêu theo dõi nên không được nhập (điều này là bình thường).`,
  ),

  // ── values ──
  not_a_number: message('error', (reason: string) => `${reason} Dòng bị bỏ qua.`),
  bad_value: message('error', (reason: string) => `${reason} Dòng bị bỏ qua.`),
  conflicting_duplicate: message('error', (commune: string, period: string, indicator: BaseCode, earlier: number, earlierLine: number, value: number) =>
    `${commune}, ${period}: "${baseIndicator(indicator).labelVi}" đã có giá trị ${plainNumber(earlier)} ở dòng ${earlierLine}, dòng này ghi ${plainNumber(value)}. Một xã trong một kỳ chỉ được có một giá trị — dòng sau bị bỏ qua.`,
  ),
  /** A data check of a report (src/domain/checks.ts words the finding). */
  check: message('warning', (commune: string, period: string, finding: string) => `${commune}, ${period}: ${finding}`),
} as const;

export type ProblemCode = keyof typeof MESSAGES;
export type MessageParams<C extends ProblemCode> = Parameters<(typeof MESSAGES)[C]['text']>;

/** A form's row that no tracked indicator takes (most rows of a form): listed apart in the preview. */
export const FORM_ROW_SKIPPED: ProblemCode = 'form_row_skipped';

/** A number as a message quotes it: Vietnamese decimal comma, no thousands separator. */
function plainNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
}
