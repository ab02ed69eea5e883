// Saving a text the app made as a file on the officer's computer, without any
// network request (a blob: URL, which the CSP allows).

import { saveBlob } from '../../ui/download';

const BOM = '\uFEFF';

/** Offers `text` as a download named `fileName`. CSV gets a BOM so Excel reads the Vietnamese right. */
export function downloadText(fileName: string, text: string, mime: string): void {
  const body = mime.startsWith('text/csv') && !text.startsWith(BOM) ? BOM + text : text;
  saveBlob(new Blob([body], { type: mime }), fileName);
}

/** `cchc-du-lieu-2026-11-25.csv` style names, in local time. */
export function datedFileName(prefix: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
