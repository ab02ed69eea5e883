import { describe, expect, it } from 'vitest';
import { detectSeparator, splitCsv } from './csv';
import type { Separator } from './types';

function split(text: string, separator: Separator, sliceChars?: number) {
  const rows: { line: number; fields: string[] }[] = [];
  const result = splitCsv(text, separator, (fields, line) => rows.push({ line, fields }), sliceChars ? { sliceChars } : {});
  return { rows: rows.filter((r) => !(r.fields.length === 1 && r.fields[0] === '')), issues: result.issues };
}

describe('detectSeparator', () => {
  it.each<[string, string, Separator | null]>([
    ['semicolon with decimal commas', 'Mã xã;Tên xã;Tỷ lệ\n30715;Xã Bình Lãng;99,93\n30716;Xã Cộng Lạc;100\n', ';'],
    ['tab from Excel Unicode text', 'Mã xã\tTên xã\tTỷ lệ\n30715\tBình Lãng\t99,93\n', '\t'],
    ['comma with quoted decimal comma', 'code,name,rate\n30715,"Xã Bình Lãng","99,93"\n30716,"Xã Cộng Lạc","100"\n', ','],
    ['comma inside quotes only does not count', '"a,b,c";x\n"d,e";y\n', ';'],
    ['no separator at all', 'just one column\nanother\n', null],
  ])('%s', (_name, text, expected) => {
    expect(detectSeparator(text)).toBe(expected);
  });
});

describe('splitCsv', () => {
  it('reports the file line of each row, counting newlines inside quotes (CRLF)', () => {
    const { rows } = split('a;b\r\n1;"x\r\ny"\r\n\r\n2;3\r\n', ';');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\r\ny'] },
      { line: 5, fields: ['2', '3'] },
    ]);
  });

  it('keeps separators inside quoted fields', () => {
    const { rows } = split('name,value\n"Xã Bình Lãng, huyện Tứ Kỳ","1.590"\n', ',');
    expect(rows[1]?.fields).toEqual(['Xã Bình Lãng, huyện Tứ Kỳ', '1.590']);
  });

  it('reports an unclosed quote at its row and reads the rows after it', () => {
    const { rows, issues } = split('a;b\n1;"open\n2;3\n4;5\n', ';', 5);
    expect(issues).toEqual([{ line: 2, code: 'unclosed_quote', text: '1;"open' }]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(rows[2]?.fields).toEqual(['4', '5']);
  });

  it('gives the same rows whatever the slice size (rows crossing slices)', () => {
    const text = Array.from({ length: 50 }, (_, i) => `${i};"Xã Bình Lãng\n${i}";99,93`).join('\r\n');
    const whole = split(text, ';');
    for (const slice of [3, 17, 64, 1000]) expect(split(text, ';', slice)).toEqual(whole);
    expect(whole.rows).toHaveLength(50);
    expect(whole.rows[49]).toEqual({ line: 99, fields: ['49', 'Xã Bình Lãng\n49', '99,93'] });
  });

  it('splits a text without quotes line by line, whatever the slice size (CR, CRLF, BOM, blank and unfinished lines)', () => {
    const text = '\ufeffa;b\r\n1;2\r\n\r\n3;4\r\n5';
    const expected = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
      { line: 5, fields: ['5'] },
    ];
    for (const slice of [1, 2, 5, 1000]) {
      expect(split(text, ';', slice).rows).toEqual(expected);
      expect(split(text.replace(/\r\n/g, '\r'), ';', slice).rows).toEqual(expected);
    }
    expect(split('', ';').rows).toEqual([]);
  });

  it('reports a stray quote after a quoted field at its row and reads the rows after it', () => {
    const { rows, issues } = split('a;b\n1;"x"y\n2;3\n', ';');
    expect(issues.map((i) => i.line)).toEqual([2]);
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
  });

  it('never builds objects from headers: __proto__ and constructor are plain fields', () => {
    const { rows } = split('__proto__,constructor\n1,2\n', ',');
    expect(rows[0]?.fields).toEqual(['__proto__', 'constructor']);
  });
});
