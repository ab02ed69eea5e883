import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-write';

describe('toCsv', () => {
  it('writes commas, CRLF line ends, full-precision numbers and empty cells for null', () => {
    expect(toCsv([
      ['commune', 'period', 'on_time_rate'],
      ['Xã Cộng Lạc', '2022-H1', (1589 / 1590) * 100],
      ['Xã Bình Lãng', '2022-H1', null],
    ])).toBe('commune,period,on_time_rate\r\nXã Cộng Lạc,2022-H1,99.937106918239\r\nXã Bình Lãng,2022-H1,\r\n');
  });

  it.each([
    ['Huyện Tứ Kỳ, Hải Dương', '"Huyện Tứ Kỳ, Hải Dương"'],
    ['UBND "xã" Bình Lãng', '"UBND ""xã"" Bình Lãng"'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['', ''],
  ])('quotes %j only when needed', (text, expected) => {
    expect(toCsv([[text]])).toBe(`${expected}\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://x.example","bấm")', `"'=HYPERLINK(""http://x.example"",""bấm"")"`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['  =1+1', "'  =1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r'=1+1"`],
    ['a\n=1+1', `"a\n'=1+1"`],
    ['a\r\n  @x', `"a\r\n'  @x"`],
  ])('defuses the formula payload %j with a leading quote', (text, expected) => {
    expect(toCsv([[text]])).toBe(`${expected}\r\n`);
  });

  it.each([
    [-5, '-5'],
    [-0.5, '-0.5'],
    [1e21, '1e+21'],
    ['-5', '-5'],
    ['+3', '+3'],
    ['-1.5e3', '-1.5e3'],
    ['Xã An-Bình', 'Xã An-Bình'],
    [Number.NaN, ''],
  ] as const)('leaves the number %j alone (numbers are never formulas)', (value, expected) => {
    expect(toCsv([[value]])).toBe(`${expected}\r\n`);
  });

  it('prepends a BOM only when asked', () => {
    expect(toCsv([['a', 1]], { bom: true })).toBe('\uFEFFa,1\r\n');
    expect(toCsv([['a', 1]])).toBe('a,1\r\n');
    expect(toCsv([])).toBe('');
  });
});
