import { describe, expect, it } from 'vitest';
import { periodOf } from '../../tests/support/reports';
import { aliasesOf, communeIdOf, communesToDecide, newCommunesOf, readiness, replacementsOf, type Decision } from './decisions';
import { BINH_LANG_ACCENTLESS, BINH_LANG_NEW, CONG_LAC_KNOWN, block, planOf, problem } from '../../tests/support/plans';

const none = new Map<number, Decision>();
const merged = new Map<number, Decision>([[BINH_LANG_ACCENTLESS.key, { kind: 'merge', communeId: '30715' }]]);

describe('communeIdOf', () => {
  it.each([
    ['a matched commune keeps its stored id', CONG_LAC_KNOWN, none, 'ten:cộng lạc'],
    ['a new commune is added under its new id by default', BINH_LANG_NEW, none, '30715'],
    ['an accent-only resemblance stays a new commune unless the officer merges', BINH_LANG_ACCENTLESS, none, 'ten:bình lăng'],
    ['a merge decision writes into the chosen commune', BINH_LANG_ACCENTLESS, merged, '30715'],
  ])('%s', (_rule, fc, decisions, id) => {
    expect(communeIdOf(fc, decisions)).toBe(id);
  });
});

describe('new communes and aliases', () => {
  const plan = planOf({ communes: [BINH_LANG_NEW, CONG_LAC_KNOWN, BINH_LANG_ACCENTLESS] });

  it('adds every new commune by default, and only those', () => {
    expect(newCommunesOf(plan, none).map((c) => c.id)).toEqual(['30715', 'ten:bình lăng']);
    expect(newCommunesOf(plan, none)[0]).toEqual({ id: '30715', code: '30715', name: 'Xã Bình Lãng', type: 'xã', parent: null });
  });

  it('does not add a commune the officer merged into a known one, and remembers the name as an alias', () => {
    expect(newCommunesOf(plan, merged).map((c) => c.id)).toEqual(['30715']);
    expect(aliasesOf(plan, merged)).toEqual([{ alias: 'Xã Bình Lăng', communeId: '30715' }]);
    expect(aliasesOf(plan, none)).toEqual([]);
  });

  it('asks only about new communes that resemble a known one', () => {
    expect(communesToDecide(plan).map((fc) => fc.name)).toEqual(['Xã Bình Lăng']);
  });
});

describe('replacementsOf', () => {
  const plan = planOf();

  it('lists stored commune-periods the file will replace and counts the added ones', () => {
    const existing = new Set(['2022-H1|ten:cộng lạc', '2022-Q1|30715']);
    const result = replacementsOf(plan, none, existing);
    expect(result.replaced).toEqual([{ period: periodOf('2022-H1'), communeName: 'Xã Cộng Lạc' }]);
    expect(result.added).toBe(1);
  });

  it('follows a merge decision: merging into a stored commune replaces its report', () => {
    const withAccentless = planOf({
      communes: [BINH_LANG_ACCENTLESS],
      blocks: [block('2022-H1', [[BINH_LANG_ACCENTLESS.key, { dossiers_received: 738 }]])],
    });
    const existing = new Set(['2022-H1|30715']);
    expect(replacementsOf(withAccentless, none, existing).replaced).toHaveLength(0);
    expect(replacementsOf(withAccentless, merged, existing).replaced).toHaveLength(1);
  });
});

describe('readiness', () => {
  const errorRow = problem({ row: 7, column: 'Giải quyết đúng hạn', text: '12,5', message: 'Dòng 7, cột "Giải quyết đúng hạn": "12,5" không phải số nguyên.' });
  it.each([
    ['a clean file can be stored', planOf(), false, { ok: true }],
    ['rows with errors block until the officer chooses to skip them', planOf({ rowsWithErrors: 1, problems: [errorRow] }), false, { ok: false, reason: 'errors_not_accepted' }],
    ['after the explicit choice the valid rows can be stored', planOf({ rowsWithErrors: 1, problems: [errorRow] }), true, { ok: true }],
    ['a fatal file can never be stored', planOf({ fatal: true, layout: null }), true, { ok: false, reason: 'fatal' }],
    ['a form without its period needs input first', planOf({ needs: { commune: false, period: true } }), true, { ok: false, reason: 'needs_input' }],
    ['a file with no value has nothing to store', planOf({ valueCount: 0, blocks: [] }), true, { ok: false, reason: 'nothing_to_store' }],
  ])('%s', (_rule, plan, accepted, expected) => {
    expect(readiness(plan, accepted)).toEqual(expected);
  });
});
