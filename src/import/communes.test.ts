import { describe, expect, it } from 'vitest';
import { bareName, communeMatcher, communeName, communeNameKey, communeType, newCommuneId } from './communes';
import type { CommuneMatch } from './types';

const known = [
  { id: '30715', code: '30715', name: 'Xã Bình Lãng' },
  { id: 'ten:cộng lạc', code: null, name: 'Xã Cộng Lạc' },
  { id: 'ten:quảng nghiệp', code: null, name: 'Xã Quảng Nghiệp' },
  { id: '10001', code: '10001', name: 'Phường Tân Bình' },
];
const match = communeMatcher({ knownCommunes: known, aliases: [{ alias: 'Cong Lac cu', communeId: 'ten:cộng lạc' }] });

describe('communeMatcher', () => {
  it.each<[string | null, string, CommuneMatch]>([
    ['30715', 'anything', { kind: 'code', communeId: '30715' }],
    [null, 'Xã Bình Lãng', { kind: 'name', communeId: '30715' }],
    [null, 'XÃ BÌNH LÃNG', { kind: 'name', communeId: '30715' }],
    [null, 'Xã Bình Lãng'.normalize('NFD'), { kind: 'name', communeId: '30715' }],
    [null, 'Bình Lãng', { kind: 'name_without_prefix', communeId: '30715' }],
    [null, 'UBND xã Bình Lãng', { kind: 'name_without_prefix', communeId: '30715' }],
    [null, 'Ủy ban nhân dân xã Cộng Lạc', { kind: 'name_without_prefix', communeId: 'ten:cộng lạc' }],
    [null, 'Cong Lac cu', { kind: 'remembered', communeId: 'ten:cộng lạc' }],
    // seed 001's own typo: matches only without accents → a new commune with a suggestion
    [null, 'Xã Bình Lăng', { kind: 'new', newId: 'ten:bình lăng', suggestions: ['30715'] }],
    [null, 'Quang Nghiệp', { kind: 'new', newId: 'ten:quang nghiệp', suggestions: ['ten:quảng nghiệp'] }],
    ['30999', 'Xã Hà Kỳ', { kind: 'new', newId: '30999', suggestions: [] }],
    // a known commune with another official code is another commune, whatever the name
    ['20000', 'Phường Tân Bình', { kind: 'new', newId: '20000', suggestions: [] }],
  ])('code %j, name %j → %j', (code, name, expected) => {
    expect(match(code, name)).toEqual(expected);
  });
});

describe('commune names', () => {
  it.each([
    ['Xã Bình Lãng', 'xã', 'bình lãng', 'Bình Lãng'],
    ['UBND xã Bình Lãng', 'xã', 'bình lãng', 'Bình Lãng'],
    ['Phường Tân Bình', 'phường', 'tân bình', 'Tân Bình'],
    ['Thị trấn Tứ Kỳ', 'thị trấn', 'tứ kỳ', 'Tứ Kỳ'],
    ['TT. Tứ Kỳ', 'thị trấn', 'tứ kỳ', 'Tứ Kỳ'],
    ['Bình Lãng', null, 'bình lãng', 'Bình Lãng'],
    ['=HYPERLINK("x")', null, '=hyperlink("x")', '=HYPERLINK("x")'],
  ])('%j: type %j, key %j, bare %j', (name, type, key, bare) => {
    expect(communeType(name)).toBe(type);
    expect(communeNameKey(name)).toBe(key);
    expect(bareName(name)).toBe(bare);
  });

  it.each([
    ['UBND xã Hy Cương', 'Xã Hy Cương'],
    ['Xã Hy Cương - Tỉnh Phú Thọ', 'Xã Hy Cương'],
    ['xã Hy Cương (huyện Lâm Thao)', 'Xã Hy Cương'],
    ['UBND xã Tam Dương Bắc', 'Xã Tam Dương Bắc'],
    ['Xã Lâm Thao - Tỉnh Phú Thọ', 'Xã Lâm Thao'],
    ['XÃ CỘNG LẠC', 'Xã Cộng Lạc'],
    ['Ủy ban nhân dân phường Cổ Thành', 'Phường Cổ Thành'],
    // a hyphen inside the name stays: only a level word after it is the unit above
    ['Xã Chân Mây - Lăng Cô', 'Xã Chân Mây - Lăng Cô'],
    ['Phường Văn Miếu - Quốc Tử Giám', 'Phường Văn Miếu - Quốc Tử Giám'],
  ])('keeps %j as %j, and matches it to that name', (written, kept) => {
    expect(communeName(written)).toBe(kept);
    expect(communeNameKey(written)).toBe(communeNameKey(kept));
  });

  it('gives new communes their code as id, else ten: and the name key', () => {
    expect(newCommuneId('30715', 'Xã Bình Lãng')).toBe('30715');
    expect(newCommuneId(null, 'UBND Xã Bình Lãng')).toBe('ten:bình lãng');
  });
});
