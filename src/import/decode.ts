// Bytes → text. We decode ourselves (never papaparse on a File): streaming
// parsers split multi-byte characters at chunk boundaries and corrupt
// Vietnamese text. BOM first, then strict UTF-8, then Windows-1258 (older
// Vietnamese Excel), whose decoder returns decomposed accents: hence NFC.
import type { Encoding, ImportProblem } from './types';

export type DecodeResult = { readonly text: string; readonly encoding: Encoding } | { readonly error: ImportProblem };

/** Above this share of control characters a "CSV" is binary (random bytes give ~12 %). */
const MAX_CONTROL_SHARE = 0.01;

function refuse(code: string, message: string, fileName: string): { error: ImportProblem } {
  return { error: { file: fileName, row: null, column: null, text: '', message: `Tệp "${fileName}": ${message}`, severity: 'error', code } };
}

function isControl(c: number): boolean {
  // C0 except tab, LF, CR; DEL; C1 (Windows-1258 maps its unused bytes there).
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Every character below U+0300, and the Vietnamese letters U+1EA0–U+1EF9, is
// NFC on its own (NFC_Quick_Check Yes, combining class 0): text of only those
// is NFC already. Checking costs half of normalising (~5 of ~10 ms for the
// nation file, 65 of 160 ms for its long form).
// eslint-disable-next-line no-control-regex -- the range starts at NUL
const MAYBE_NOT_NFC_RE = /[^\u0000-\u02ff\u1ea0-\u1ef9]/;
// Either of the above, or U+FFFD: most files have none, and one scan says so
// in half the time of three (~10 of ~20 ms for the nation file).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const WORTH_A_LOOK_RE = /[\u0300-\u1e9f\u1efa-\uffff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function controlShare(text: string): number {
  // A native scan first: most files have no control character at all.
  if (text.length === 0 || !ANY_CONTROL_RE.test(text)) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++;
  return count / text.length;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, fileName = 'tệp'): DecodeResult {
  if (bytes.length === 0) return refuse('empty_file', 'tệp rỗng, không có dữ liệu.', fileName);
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding: Encoding;
  let text: string | null;
  if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    if ((bytes.length - 2) % 2 !== 0) return refuse('truncated_utf16', 'tệp UTF-16 bị cắt cụt (số byte lẻ), có thể tệp chưa được lưu trọn vẹn.', fileName);
    text = strict('utf-16le', bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    if ((bytes.length - 2) % 2 !== 0) return refuse('truncated_utf16', 'tệp UTF-16 bị cắt cụt (số byte lẻ), có thể tệp chưa được lưu trọn vẹn.', fileName);
    text = strict('utf-16be', bytes.subarray(2));
  } else {
    // A NUL byte never appears in a text file that is not UTF-16.
    if (bytes.indexOf(0) !== -1) return refuse('binary_file', 'đây không phải tệp văn bản CSV (có byte NUL) — có thể là tệp Excel (.xlsx) hoặc tệp nhị phân đổi đuôi thành .csv.', fileName);
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
      encoding = 'utf-8-bom';
      text = strict('utf-8', bytes.subarray(3));
      if (text === null) return refuse('bad_utf8', 'tệp ghi là UTF-8 (có BOM) nhưng chứa byte không hợp lệ.', fileName);
    } else {
      text = strict('utf-8', bytes);
      encoding = 'utf-8';
      if (text === null) {
        encoding = 'windows-1258';
        text = strict('windows-1258', bytes);
      }
    }
  }
  if (text === null) return refuse('bad_encoding', `không giải mã được tệp theo bảng mã ${encoding.toUpperCase()}.`, fileName);
  if (!WORTH_A_LOOK_RE.test(text)) return { text, encoding };
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return refuse('binary_file', 'đây không phải tệp văn bản CSV (quá nhiều ký tự điều khiển) — có thể là tệp nhị phân đổi đuôi thành .csv.', fileName);
  }
  if (text.indexOf('\uFFFD') !== -1) {
    return refuse('replacement_char', 'tệp chứa ký tự lỗi "\uFFFD" (dữ liệu đã hỏng khi lưu với bảng mã sai); hãy lưu lại tệp dạng CSV UTF-8.', fileName);
  }
  return { text: MAYBE_NOT_NFC_RE.test(text) ? text.normalize('NFC') : text, encoding };
}
