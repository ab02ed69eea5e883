// Every stored base value as a long CSV that the importer reads back into an
// empty app with identical values: numbers in full precision with '.', a
// lower bound written as `trên 95` (which the importer reads as one).
import { BASE_CODES } from '../domain/base-indicators';
import { toCsv, type CsvCell } from '../domain/csv-write';
import { COLUMNS } from '../domain/period-table';
import { comparePeriods } from '../domain/periods';
import { FLAG_LOWER_BOUND } from '../domain/types';
import { readCommuneRecords } from './commune-list';
import { readOperation } from './connection';
import { currentRecord } from './records';

export const LONG_CSV_HEADER = ['commune_code', 'commune_name', 'period', 'indicator', 'value'] as const;

/** The long CSV of everything stored, rows by period, then commune as stored, then catalog order; with a BOM for Excel. */
export function exportAllLongCsv(): Promise<string> {
  return readOperation((db) =>
    db.transaction('r', db.communeList, db.periods, async () => {
      const [communes, periods] = await Promise.all([readCommuneRecords(db), db.periods.toArray()]);
      const byId = new Map(communes.map((c) => [c.id, c]));
      periods.sort((a, b) => comparePeriods(a.period, b.period));
      const rows: CsvCell[][] = [[...LONG_CSV_HEADER]];
      for (const stored of periods) {
        const record = currentRecord(stored);
        record.communeIds.forEach((id, row) => {
          const commune = byId.get(id);
          for (let c = 0; c < COLUMNS; c++) {
            const value = record.values[row * COLUMNS + c] ?? Number.NaN;
            if (Number.isNaN(value)) continue;
            const lowerBound = ((record.flags[row * COLUMNS + c] ?? 0) & FLAG_LOWER_BOUND) !== 0;
            rows.push([commune?.code ?? null, commune?.name ?? id, record.period, BASE_CODES[c] ?? '', lowerBound ? `trên ${String(value)}` : value]);
          }
        });
      }
      return toCsv(rows, { bom: true });
    }),
  );
}
