// Dates and times the Vietnamese way: 25/11/2026 10:15; sizes in MB.
import { formatDecimal, type Lang } from '../../domain/format';

/** "25/11/2026 10:15" in both languages (day first, as Vietnamese officers read dates). */
export function formatTime(epochMs: number, _lang: Lang): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Bytes as megabytes with one decimal: 1572864 → "1,5 MB". */
export function megabytes(bytes: number, lang: Lang): string {
  return `${formatDecimal(bytes / (1024 * 1024), lang, 1)} MB`;
}
