import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
};

function decoded(bytes: Uint8Array) {
  const result = decodeBytes(bytes, 'a.csv');
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', utf8('Xã Bình Lãng;1.590'), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Xã Bình Lãng;1.590')]), 'utf-8-bom'],
    ['UTF-16LE with BOM (Excel Unicode text)', utf16('Xã Bình Lãng;1.590', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16('Xã Bình Lãng;1.590', false), 'utf-16be'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decoded(bytes)).toEqual({ text: 'Xã Bình Lãng;1.590', encoding });
  });

  it('reads Windows-1258, whose accents are combining marks, and composes them (NFC)', () => {
    // "Xã Bình Lãng" as old Vietnamese Excel writes it: ã = a + 0xDE (combining tilde), ì = i + 0xCC (combining grave).
    const bytes = new Uint8Array([0x58, 0x61, 0xde, 0x20, 0x42, 0x69, 0xcc, 0x6e, 0x68, 0x20, 0x4c, 0x61, 0xde, 0x6e, 0x67, 0x3b, 0xf0]);
    expect(decoded(bytes)).toEqual({ text: 'Xã Bình Lãng;đ', encoding: 'windows-1258' });
    expect(decoded(bytes).text).not.toMatch(/[\u0300-\u036f]/);
  });

  it('composes NFD input (macOS exports) to NFC', () => {
    expect(decoded(utf8('Bình Lãng'.normalize('NFD'))).text).toBe('Bình Lãng');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty_file'],
    ['a truncated UTF-16 file (odd length)', utf16('Bình Lãng', true).subarray(0, 9), 'truncated_utf16'],
    ['a binary file (NUL bytes) named .csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'binary_file'],
    ['text full of control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary_file'],
    ['a UTF-8 BOM followed by invalid bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0x58, 0xe3, 0x20]), 'bad_utf8'],
    ['a file already holding U+FFFD', utf8('Xã B\uFFFDnh Lãng'), 'replacement_char'],
  ])('refuses %s with a Vietnamese message naming the file', (_name, bytes, code) => {
    const result = decodeBytes(bytes, 'bao-cao.csv');
    expect(result).toHaveProperty('error');
    const { error } = result as { error: { code: string; message: string; severity: string } };
    expect(error.code).toBe(code);
    expect(error.severity).toBe('error');
    expect(error.message).toContain('Tệp "bao-cao.csv"');
  });

  it('never lets U+FFFD out, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = decodeBytes(bytes);
        if ('text' in result) expect(result.text.includes('\uFFFD')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
