import { describe, expect, it } from 'vitest';
import { roundForDisplay } from './format';
import { byVietnameseName, rankRows, vietnameseNameOrder } from './ranking';
import type { Better } from './types';

interface Row {
  readonly name: string;
  readonly value: number | null;
}

const percentKey = (v: number) => roundForDisplay('on_time_rate', v);

function rank(rows: readonly Row[], better: Better): [string, number | null][] {
  return rankRows(rows, (r) => r.value, better, percentKey, byVietnameseName((r) => r.name)).map((r) => [r.item.name, r.rank]);
}

describe('rankRows', () => {
  it('ranks best first; ties share a rank, competition style (1, 1, 3), in Vietnamese name order', () => {
    expect(
      rank(
        [
          { name: 'Xã Cộng Lạc', value: (1589 / 1590) * 100 },
          { name: 'Xã Bình Lãng', value: 100 },
          { name: 'Xã Lộc Thủy', value: (394 / 406) * 100 },
          { name: 'Phường Cổ Thành', value: 100 },
        ],
        'higher',
      ),
    ).toEqual([
      ['Phường Cổ Thành', 1],
      ['Xã Bình Lãng', 1],
      ['Xã Cộng Lạc', 3],
      ['Xã Lộc Thủy', 4],
    ]);
  });

  it('treats values displayed alike as a tie (94,96 and 95,04 both show 95,0 %)', () => {
    expect(rank([{ name: 'Xã B', value: 94.96 }, { name: 'Xã A', value: 95.04 }, { name: 'Xã C', value: 95.06 }], 'higher')).toEqual([
      ['Xã C', 1],
      ['Xã A', 2],
      ['Xã B', 2],
    ]);
  });

  it('puts missing values last, unranked, by name', () => {
    expect(
      rank(
        [
          { name: 'Xã Đại Hợp', value: null },
          { name: 'Xã Cộng Lạc', value: null },
          { name: 'Xã Bình Lãng', value: (14 / 33) * 100 },
          { name: 'Xã Dương', value: Number.NaN },
        ],
        'higher',
      ),
    ).toEqual([
      ['Xã Bình Lãng', 1],
      ['Xã Cộng Lạc', null],
      ['Xã Dương', null],
      ['Xã Đại Hợp', null],
    ]);
  });

  it('ranks lowest first when lower is better (late rate)', () => {
    expect(rank([{ name: 'Xã Lộc Thủy', value: (12 / 406) * 100 }, { name: 'Xã Cộng Lạc', value: (1 / 1590) * 100 }, { name: 'Xã Bình Lãng', value: 0 }], 'lower')).toEqual([
      ['Xã Bình Lãng', 1],
      ['Xã Cộng Lạc', 2],
      ['Xã Lộc Thủy', 3],
    ]);
  });

  it('ranks by distance from 100 for staffing fill, over and under alike', () => {
    expect(
      rank(
        [
          { name: 'Xã A', value: 90 },
          { name: 'Xã B', value: 101 },
          { name: 'Xã C', value: 99 },
          { name: 'Xã D', value: 100 },
          { name: 'Xã E', value: 115 },
        ],
        'closer_to_100',
      ),
    ).toEqual([
      ['Xã D', 1],
      ['Xã B', 2],
      ['Xã C', 2],
      ['Xã A', 4],
      ['Xã E', 5],
    ]);
  });

  it('orders names the Vietnamese way within a tie (D before Đ, A before Á)', () => {
    const rows = ['Xã Đông', 'Xã Dương', 'Xã Ánh', 'Xã An'].map((name) => ({ name, value: 50 }));
    expect(rank(rows, 'higher').map(([name]) => name)).toEqual(['Xã An', 'Xã Ánh', 'Xã Dương', 'Xã Đông']);
  });

  it('returns nothing for nothing', () => {
    expect(rank([], 'higher')).toEqual([]);
  });
});

describe('vietnameseNameOrder', () => {
  it('gives the positions of Vietnamese alphabetical order (Đ after D, accents after the bare letter)', () => {
    const communes = [
      { id: 'c', name: 'Xã Đại Hợp' },
      { id: 'a', name: 'Xã Dân Chủ' },
      { id: 'b', name: 'Xã Ân Thi' },
      { id: 'd', name: 'Xã An Bình' },
    ];
    const order = vietnameseNameOrder(communes, (c) => c.id, (c) => c.name);
    expect([...order].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('ranks exactly as comparing names does', () => {
    const rows = [
      { name: 'Xã Lộc Thủy', value: 95 },
      { name: 'Xã Bình Lãng', value: 95 },
      { name: 'Phường Cổ Thành', value: null },
      { name: 'Xã Cộng Lạc', value: 95.01 },
      { name: 'Xã Ân Thi', value: null },
    ];
    const order = vietnameseNameOrder(rows, (r) => r.name, (r) => r.name);
    const byPosition = (a: Row, b: Row) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0);
    const ranked = (tieBreak: (a: Row, b: Row) => number) => rankRows(rows, (r) => r.value, 'higher', percentKey, tieBreak).map((r) => [r.item.name, r.rank]);
    expect(ranked(byPosition)).toEqual(ranked(byVietnameseName((r) => r.name)));
  });
});
