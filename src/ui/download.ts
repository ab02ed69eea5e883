// Saving files the user asked for (CSV tables, PNG charts). Everything is
// made in the page: no server, no other origin (the CSP forbids both).
import { toCsv, type CsvCell } from '../domain/csv-write';
import { stripAccents } from '../domain/text';

export type { CsvCell } from '../domain/csv-write';

/** Offers a Blob as a download under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV as Excel reads Vietnamese: UTF-8 with a BOM, CRLF, formula-safe cells (src/domain/csv-write). */
export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([toCsv(rows, { bom: true })], { type: 'text/csv;charset=utf-8' });
}

export function saveCsv(rows: readonly (readonly CsvCell[])[], fileName: string): void {
  saveBlob(csvBlob(rows), fileName);
}

/** An ASCII file name from readable parts: `bang-xep-hang 2023-Q3 on_time_rate` → `bang-xep-hang_2023-Q3_on_time_rate`. */
export function fileNameOf(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((part) =>
      stripAccents(part)
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('_');
  return `${stem || 'cchc'}.${extension}`;
}
