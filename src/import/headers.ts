// Column headers → indicators or identifier roles. Files name columns by
// catalog code, Vietnamese label or one of the aliases real files use; case,
// spacing, Unicode form and a trailing unit in brackets do not matter.
// Accents matter only when two candidates differ by nothing else.
import { BASE_INDICATORS } from '../domain/catalog';
import type { BaseCode, BaseIndicator } from '../domain/types';
import { simplify, stripAccents } from '../domain/text';
import { editDistance } from './text';
import type { ColumnMatch, IdRole } from './types';

/** Identifier columns (formats.md), plus the columns of a statistical form. */
export const ID_HEADERS: Readonly<Record<IdRole, readonly string[]>> = {
  commune_code: ['commune_code', 'code', 'mã xã', 'mã đơn vị', 'mã đvhc', 'mã', 'mã xã/phường', 'mã phường'],
  commune_name: ['commune_name', 'commune', 'tên xã', 'tên đơn vị', 'đơn vị', 'xã/phường', 'xã', 'tên', 'tên xã/phường', 'phường/xã', 'xã, phường, thị trấn'],
  period: ['period', 'kỳ', 'kỳ báo cáo', 'thời kỳ', 'kỳ bc'],
  indicator: ['indicator', 'indicator_code', 'chỉ tiêu', 'chỉ tiêu thống kê', 'mã chỉ tiêu'],
  value: ['value', 'giá trị', 'số lượng', 'số lượng/tỷ lệ', 'kết quả', 'số liệu'],
  note: ['note', 'notes', 'ghi chú'],
  unit: ['unit', 'đơn vị tính', 'đvt'],
  row_number: ['stt', 'tt', 'số tt', 'số thứ tự', 'no', 'no.'],
};

const TRAILING_UNIT_RE = /\s*[([][^()[\]]*[)\]]$/;

/** NFC, lowercase, single spaces, `a / b` → `a/b`, without a trailing unit like "(%)" or "(hồ sơ)". */
export function normaliseHeader(text: string): string {
  let t = simplify(text).replace(/\s*\/\s*/g, '/').replace(/[:*]+$/, '').trim();
  for (let i = 0; i < 2 && TRAILING_UNIT_RE.test(t); i++) t = t.replace(TRAILING_UNIT_RE, '').trim();
  return t;
}

type Target = { readonly kind: 'indicator'; readonly code: BaseCode } | { readonly kind: 'id'; readonly role: IdRole };

/** 0: exact code; 1: label (or identifier name); 2: alias. A lower tier wins. */
type Tier = 0 | 1 | 2;

interface Entry {
  readonly target: Target;
  readonly tier: Tier;
}

function targetKey(t: Target): string {
  return t.kind === 'indicator' ? `i:${t.code}` : `r:${t.role}`;
}

interface HeaderIndex {
  readonly exact: Map<string, Entry[]>;
  readonly plain: Map<string, Entry[]>;
  readonly keysByCode: Map<BaseCode, string[]>;
}

function buildIndex(indicators: readonly BaseIndicator[]): HeaderIndex {
  const exact = new Map<string, Entry[]>();
  const plain = new Map<string, Entry[]>();
  const keysByCode = new Map<BaseCode, string[]>();
  const add = (text: string, target: Target, tier: Tier): void => {
    for (const key of new Set([simplify(text).replace(/\s*\/\s*/g, '/'), normaliseHeader(text)])) {
      if (key.length === 0) continue;
      for (const [map, k] of [
        [exact, key],
        [plain, stripAccents(key)],
      ] as const) {
        const list = map.get(k) ?? [];
        if (!list.some((e) => e.tier === tier && targetKey(e.target) === targetKey(target))) list.push({ target, tier });
        map.set(k, list);
      }
      if (target.kind === 'indicator') {
        const keys = keysByCode.get(target.code) ?? [];
        keys.push(stripAccents(key));
        keysByCode.set(target.code, keys);
      }
    }
  };
  for (const ind of indicators) {
    const target: Target = { kind: 'indicator', code: ind.code };
    add(ind.code, target, 0);
    add(ind.labelVi, target, 1);
    add(ind.labelEn, target, 1);
    for (const alias of ind.aliasesVi) add(alias, target, 2);
  }
  for (const [role, names] of Object.entries(ID_HEADERS) as [IdRole, readonly string[]][]) {
    for (const name of names) add(name, { kind: 'id', role }, 1);
  }
  return { exact, plain, keysByCode };
}



const DEFAULT_INDEX = buildIndex(BASE_INDICATORS);

function best(entries: readonly Entry[] | undefined): Target[] {
  if (!entries || entries.length === 0) return [];
  const tier = Math.min(...entries.map((e) => e.tier));
  const found = new Map<string, Target>();
  for (const e of entries) if (e.tier === tier) found.set(targetKey(e.target), e.target);
  return [...found.values()];
}

export interface HeaderMatch {
  readonly match: ColumnMatch;
  /** Several candidates fit equally well (accents stripped, or one phrase for two indicators). */
  readonly ambiguous: boolean;
}

function toMatch(t: Target): ColumnMatch {
  return t.kind === 'indicator' ? { kind: 'indicator', code: t.code } : { kind: 'id', role: t.role };
}

function indicatorCodes(targets: readonly Target[]): BaseCode[] {
  return targets.flatMap((t) => (t.kind === 'indicator' ? [t.code] : []));
}

/**
 * Exact (accented) forms first, tier by tier: code, then label, then alias.
 * Failing that, the accent-less form, accepted only when it names one target.
 */
export function matchHeader(text: string): HeaderMatch {
  return matchIn(DEFAULT_INDEX, text, true);
}

/**
 * As matchHeader, without the (costly) closest candidates of an unmatched
 * text: for scanning many cells, such as a form's row labels.
 */
export function matchHeaderQuick(text: string): HeaderMatch {
  return matchIn(DEFAULT_INDEX, text, false);
}

/** A matcher over another catalog (tests of the tie rules use one with near-identical names). */
export function headerMatcher(indicators: readonly BaseIndicator[]): (text: string) => HeaderMatch {
  const index = buildIndex(indicators);
  return (text) => matchIn(index, text, true);
}

function matchIn(index: HeaderIndex, text: string, withCandidates: boolean): HeaderMatch {
  const full = simplify(text).replace(/\s*\/\s*/g, '/');
  const stripped = normaliseHeader(text);
  for (const key of [full, stripped]) {
    const targets = best(index.exact.get(key));
    if (targets.length === 1) return { match: toMatch(targets[0] as Target), ambiguous: false };
    if (targets.length > 1) return { match: { kind: 'unmatched', candidates: indicatorCodes(targets).slice(0, 3) }, ambiguous: true };
  }
  for (const key of [full, stripped]) {
    const targets = best(index.plain.get(stripAccents(key)));
    if (targets.length === 1) return { match: toMatch(targets[0] as Target), ambiguous: false };
    if (targets.length > 1) return { match: { kind: 'unmatched', candidates: indicatorCodes(targets).slice(0, 3) }, ambiguous: true };
  }
  return { match: { kind: 'unmatched', candidates: withCandidates ? closestIn(index, stripped, 3) : [] }, ambiguous: false };
}

/** Up to `limit` indicators whose names are closest to `text` (edit distance without accents). */
export function closestIndicators(text: string, limit = 3): BaseCode[] {
  return closestIn(DEFAULT_INDEX, text, limit);
}

function closestIn(index: HeaderIndex, text: string, limit: number): BaseCode[] {
  const key = stripAccents(normaliseHeader(text));
  if (key.length === 0) return [];
  const scored: { code: BaseCode; distance: number }[] = [];
  for (const [code, keys] of index.keysByCode) {
    let distance = Number.POSITIVE_INFINITY;
    for (const k of keys) distance = Math.min(distance, editDistance(key, k));
    const allowed = Math.max(2, Math.floor(key.length * 0.5));
    if (distance <= allowed) scored.push({ code, distance });
  }
  scored.sort((a, b) => a.distance - b.distance);
  return scored.slice(0, limit).map((s) => s.code);
}

/** Label of a target for messages: the Vietnamese label of an indicator, or the role's first Vietnamese name. */
export function describeMatch(match: ColumnMatch): string {
  if (match.kind === 'indicator') return BASE_INDICATORS.find((b) => b.code === match.code)?.labelVi ?? match.code;
  if (match.kind === 'id') return ID_ROLE_VI[match.role];
  return 'không nhận ra';
}

export const ID_ROLE_VI: Readonly<Record<IdRole, string>> = {
  commune_code: 'mã xã',
  commune_name: 'tên xã',
  period: 'kỳ báo cáo',
  indicator: 'chỉ tiêu',
  value: 'giá trị',
  note: 'ghi chú',
  unit: 'đơn vị tính',
  row_number: 'số thứ tự',
};
