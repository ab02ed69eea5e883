// Vietnamese number display: `1.590` (dot groups), `99,9 %` (decimal comma,
// no-break space before the per-cent sign). Every figure a leader reads goes
// through here, so the status colour (judged on roundForDisplay) and the
// figure shown can never disagree.
import { isPercent } from './catalog';
import type { IndicatorCode } from './types';

export type Lang = 'vi' | 'en';

/** What a missing value looks like everywhere: never 0, never "NaN". */
export const MISSING = '—';

const NBSP = '\u00A0';
const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-US' };

type Style = 'fixed' | 'upTo' | 'change';
const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to build; a table of 3,300 communes reuses a handful. */
function formatter(lang: Lang, style: Style, digits: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${digits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: style === 'upTo' ? 0 : digits,
      maximumFractionDigits: digits,
      // 'negative' keeps -0.04 from showing as "-0,0"; a change shows its sign.
      signDisplay: style === 'change' ? 'exceptZero' : 'negative',
      useGrouping: true,
    });
    formatters.set(key, found);
  }
  return found;
}

function clampDigits(digits: number): number {
  return Number.isFinite(digits) ? Math.min(Math.max(Math.trunc(digits), 0), 20) : 0;
}

function usable(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** A count: 1590 → "1.590" (vi), "1,590" (en). Non-integers keep up to two decimals. Null → "—". */
export function formatCount(n: number | null, lang: Lang = 'vi'): string {
  return usable(n) ? formatter(lang, 'upTo', 2).format(n) : MISSING;
}

/** A percentage already in 0..100: 99.937 → "99,9 %" (vi), "99.9%" (en). */
export function formatPercent(p: number | null, lang: Lang = 'vi', digits = 1): string {
  if (!usable(p)) return MISSING;
  const text = formatter(lang, 'fixed', clampDigits(digits)).format(p);
  return lang === 'vi' ? `${text}${NBSP}%` : `${text}%`;
}

/** A plain number: with `digits`, exactly that many decimals; without, up to two. */
export function formatDecimal(x: number | null, lang: Lang = 'vi', digits?: number): string {
  if (!usable(x)) return MISSING;
  return digits === undefined ? formatter(lang, 'upTo', 2).format(x) : formatter(lang, 'fixed', clampDigits(digits)).format(x);
}

function displayDigits(code: IndicatorCode): number {
  return isPercent(code) ? 1 : 0;
}

/**
 * The value as a leader reads it: percentages to one decimal, counts whole.
 * toFixed rounds the double's exact decimal value half away from zero, as
 * Intl.NumberFormat does, so 94.96 → 95 and the status is judged on 95,0.
 */
export function roundForDisplay(code: IndicatorCode, value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Number(value.toFixed(displayDigits(code)));
  return rounded === 0 ? 0 : rounded; // no -0
}

/** "42,4 %", "1.590", "≥ 95,0 %" for a lower bound ("trên 95%"), "—" when missing. */
export function formatIndicatorValue(code: IndicatorCode, value: number | null, lowerBound: boolean, lang: Lang = 'vi'): string {
  if (!usable(value)) return MISSING;
  const rounded = roundForDisplay(code, value);
  const text = isPercent(code) ? formatPercent(rounded, lang, 1) : formatCount(rounded, lang);
  return lowerBound ? `≥${NBSP}${text}` : text;
}

/** A change between two periods: "+1,2 điểm %" (percentage points) for rates, "+12" for counts, "0" for none. */
export function formatChange(delta: number | null, code: IndicatorCode, lang: Lang = 'vi'): string {
  if (!usable(delta)) return MISSING;
  const digits = displayDigits(code);
  const text = formatter(lang, 'change', digits).format(Number(delta.toFixed(digits)));
  if (!isPercent(code)) return text;
  return lang === 'vi' ? `${text}${NBSP}điểm${NBSP}%` : `${text}${NBSP}pp`;
}
