// Which known commune a file means. Code first; then the name as written, then
// the name without its type prefix ("UBND xã Bình Lãng" = "Bình Lãng"), then
// a name the user mapped before. A name equal only without accents is another
// commune until the user says otherwise ("Quảng Nghiệp" ≠ "Quang Nghiệp"), so
// it is offered as a suggestion, never applied.
import type { CommuneType } from '../domain/types';
import { simplify, stripAccents } from '../domain/text';
import { editDistance, titleCase } from './text';
import type { CommuneMatch, ImportContext } from './types';

const AUTHORITY_RE = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/;
const TYPE_RE = /^(xã|phường|thị trấn|tt\.)\s*/;
// The unit above, written after the name: "… - Tỉnh Phú Thọ", "… (huyện Tứ Kỳ)". Only an
// administrative level word counts, so "Chân Mây - Lăng Cô" keeps its hyphen.
const LEVEL = '(?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|tx\\.)';
const PARENT_AFTER_RE = new RegExp(`\\s+[-–—]\\s*${LEVEL}\\s.*$|\\s*\\(\\s*${LEVEL}[^)]*\\)\\s*$`, 'iu');
const WRITTEN_AUTHORITY_RE = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;
const WRITTEN_TYPE_RE = /^(xã|phường|thị trấn)\s+/iu;
const WORDS_RE = /^[\p{L}\p{M}][\p{L}\p{M} .-]*$/u;

/**
 * A commune's name as the app keeps it, from the name as a file writes it:
 * "UBND xã Hy Cương", "Xã Hy Cương - Tỉnh Phú Thọ", "xã Hy Cương (huyện Lâm
 * Thao)" are all "Xã Hy Cương" (the text as written stays in the import
 * history). A name all in capitals ("XÃ CỘNG LẠC") is written in title case.
 */
export function communeName(written: string): string {
  let name = written.normalize('NFC').replace(/\s+/g, ' ').trim();
  name = name.replace(PARENT_AFTER_RE, '').replace(WRITTEN_AUTHORITY_RE, '').trim();
  // Only words in capitals (a title line's "XÃ CỘNG LẠC"), never other text.
  if (WORDS_RE.test(name) && name === name.toUpperCase() && name !== name.toLowerCase()) name = titleCase(name);
  name = name.replace(WRITTEN_TYPE_RE, (_, type: string) => `${type.charAt(0).toUpperCase()}${type.slice(1).toLowerCase()} `);
  return name || written.trim();
}

function withoutAuthority(simplified: string): string {
  return simplified.replace(AUTHORITY_RE, '');
}

/** xã / phường / thị trấn from the name's prefix, or null. */
export function communeType(name: string): CommuneType | null {
  const m = TYPE_RE.exec(withoutAuthority(simplify(name)));
  if (!m) return null;
  return m[1] === 'tt.' ? 'thị trấn' : (m[1] as CommuneType);
}

/** The comparable form of a name: simplified, without "UBND", the type or the unit above. */
export function communeNameKey(name: string): string {
  return keyOfSimplified(simplify(name.replace(PARENT_AFTER_RE, '')));
}

function keyOfSimplified(simplified: string): string {
  return withoutAuthority(simplified).replace(TYPE_RE, '').trim();
}

/** The name as written, without "UBND" and type: "UBND xã Bình Lãng" → "Bình Lãng". */
export function bareName(name: string): string {
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cut = trimmed.length - communeNameKey(trimmed).length;
  return trimmed.slice(cut).trim() || trimmed;
}

/** The stable id of a commune not yet known: its code, else `ten:` + its name key. */
export function newCommuneId(code: string | null, name: string): string {
  return code ?? `ten:${communeNameKey(name)}`;
}

export type CommuneMatcher = (code: string | null, name: string) => CommuneMatch;

const MAX_SUGGESTIONS = 5;

/** Builds the lookups once per file; the returned function is cheap per row. */
export function communeMatcher(context: Pick<ImportContext, 'knownCommunes' | 'aliases'>): CommuneMatcher {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const keyed: { id: string; plainKey: string; code: string | null }[] = [];
  const push = (map: Map<string, string[]>, k: string, id: string): void => {
    const list = map.get(k) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(k, list);
  };
  const codeOf = new Map<string, string | null>();
  for (const c of context.knownCommunes) {
    codeOf.set(c.id, c.code);
    if (c.code) byCode.set(c.code, c.id);
    push(byName, simplify(c.name), c.id);
    const key = communeNameKey(c.name);
    push(byKey, key, c.id);
    keyed.push({ id: c.id, plainKey: stripAccents(key), code: c.code });
  }
  const aliasByName = new Map<string, string>();
  const aliasByKey = new Map<string, string>();
  for (const a of context.aliases) {
    aliasByName.set(simplify(a.alias), a.communeId);
    aliasByKey.set(communeNameKey(a.alias), a.communeId);
  }

  return (code, name) => {
    if (code) {
      const id = byCode.get(code);
      if (id) return { kind: 'code', communeId: id };
    }
    // A known commune with another official code is another commune, whatever its name.
    const compatible = (id: string): boolean => {
      const known = codeOf.get(id);
      return code === null || known === null || known === undefined || known === code;
    };
    const single = (ids: readonly string[] | undefined): string | null => {
      const fit = (ids ?? []).filter(compatible);
      return fit.length === 1 ? (fit[0] as string) : null;
    };
    const simplified = simplify(name);
    const key = keyOfSimplified(simplified);
    const exact = single(byName.get(simplified));
    if (exact) return { kind: 'name', communeId: exact };
    const bare = single(byKey.get(key));
    if (bare) return { kind: 'name_without_prefix', communeId: bare };
    const remembered = aliasByName.get(simplified) ?? aliasByKey.get(key);
    if (remembered) return { kind: 'remembered', communeId: remembered };
    // Nothing to suggest from (a first import): skip the accent-stripping, which is most of the cost.
    if (keyed.length === 0) return { kind: 'new', newId: newCommuneId(code, name), suggestions: [] };
    const plainKey = stripAccents(key);
    const suggestions = keyed
      .filter((k) => compatible(k.id))
      .filter((k) => k.plainKey === plainKey || (plainKey.length > 3 && editDistance(k.plainKey, plainKey) <= 1))
      .sort((a, b) => Number(b.plainKey === plainKey) - Number(a.plainKey === plainKey))
      .slice(0, MAX_SUGGESTIONS)
      .map((k) => k.id);
    return { kind: 'new', newId: newCommuneId(code, name), suggestions: [...new Set(suggestions)] };
  };
}
