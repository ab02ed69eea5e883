// Builds small datasets for tests from readable reports, the way the seeds
// read: one commune, one period, a few values. Not used by the app.
import { baseColumn } from '../../src/domain/catalog';
import { type Dataset } from '../../src/domain/dataset';
import { COLUMNS, emptyTable, type PeriodTable } from '../../src/domain/period-table';
import { parsePeriodCode } from '../../src/domain/periods';
import { FLAG_LOWER_BOUND, type BaseCode, type Commune, type PeriodCode } from '../../src/domain/types';

export interface TestReport {
  /** Used as the commune's id and name. */
  readonly commune: string;
  /** A canonical code, e.g. `2022-H1`. */
  readonly period: string;
  readonly values: Partial<Record<BaseCode, number>>;
  /** Values reported as "trên …" (at least). */
  readonly lowerBound?: readonly BaseCode[];
}

export function periodOf(text: string): PeriodCode {
  const code = parsePeriodCode(text);
  if (!code) throw new Error(`test helper: not a period code: ${text}`);
  return code;
}

/** A Dataset of PeriodTables holding exactly the given reports (everything else NaN, i.e. missing). */
export function datasetOf(reports: readonly TestReport[]): Dataset {
  const names = [...new Set(reports.map((r) => r.commune))];
  const communes: Commune[] = names.map((name) => ({ id: name, code: null, name, type: null, parent: null }));
  const byPeriod = new Map<PeriodCode, TestReport[]>();
  for (const report of reports) {
    const period = periodOf(report.period);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), report]);
  }
  const tables = new Map<PeriodCode, PeriodTable>();
  for (const [period, list] of byPeriod) {
    const ids = [...new Set(list.map((r) => r.commune))];
    const table = emptyTable(period, ids);
    for (const report of list) {
      const row = ids.indexOf(report.commune);
      for (const [code, value] of Object.entries(report.values) as [BaseCode, number][]) {
        table.values[row * COLUMNS + baseColumn(code)] = value;
      }
      for (const code of report.lowerBound ?? []) table.flags[row * COLUMNS + baseColumn(code)] = FLAG_LOWER_BOUND;
    }
    tables.set(period, table);
  }
  return { communes, tables };
}

/** The five seed reports (seed-figures.csv), for tests that need real numbers. */
export const SEED_REPORTS: readonly TestReport[] = [
  {
    commune: 'Xã Cộng Lạc',
    period: '2022-H1',
    values: {
      dossiers_resolved: 1590, dossiers_resolved_on_time: 1589, dossiers_resolved_late: 1, dossiers_received_online: 270,
      procedures_total: 169, procedures_online_partial: 47, satisfaction_rate: 100, feedback_received: 0, staff_total: 20,
      staff_cadres: 10, staff_civil_servants: 9, edu_university: 18, edu_intermediate: 2, pol_intermediate: 15,
      pol_elementary: 1, pol_none: 1, staff_disciplined: 0, plans_issued: 8, propaganda_items: 118,
    },
  },
  {
    commune: 'Xã Bình Lãng',
    period: '2022-H1',
    values: {
      dossiers_received: 738, dossiers_resolved: 738, dossiers_resolved_on_time: 738, dossiers_resolved_late: 0,
      dossiers_received_online: 170, online_accounts: 140, satisfaction_surveys: 738, satisfaction_rate: 100,
      feedback_received: 0, procedures_total: 172, staff_total: 20, staff_quota: 20, staff_cadres: 10, staff_civil_servants: 10,
      staff_non_dedicated: 10, edu_university: 18, edu_college: 1, edu_intermediate: 1, pol_intermediate: 16, pol_elementary: 1,
      staff_trained: 13, staff_disciplined: 0, directive_documents: 21, plan_tasks_total: 33, plan_tasks_done: 14,
      plan_completion_reported: 63.6, propaganda_items: 52,
    },
  },
  {
    commune: 'Xã Đại Hợp',
    period: '2021-9M',
    values: {
      dossiers_received: 1992, dossiers_resolved: 1992, dossiers_resolved_on_time: 1992, dossiers_resolved_early: 1974,
      dossiers_resolved_late: 0, dossiers_received_online: 0, feedback_received: 0, satisfaction_rate: 95,
    },
    lowerBound: ['satisfaction_rate'],
  },
  {
    commune: 'Xã Lộc Thủy',
    period: '2022-Q1',
    values: {
      dossiers_received: 486, dossiers_resolved: 406, dossiers_resolved_on_time: 394, dossiers_resolved_late: 12,
      dossiers_pending: 80, dossiers_pending_overdue: 19, dossiers_digitized: 486, dossiers_received_online: 0,
      procedures_total: 210, satisfaction_rate: 100, feedback_received: 0, assigned_tasks_total: 12, assigned_tasks_on_time: 10,
      plan_completion_reported: 100, staff_total: 21, staff_cadres: 11, staff_civil_servants: 10, edu_university: 18,
      edu_college: 1, edu_intermediate: 2, staff_non_dedicated: 11, plans_issued: 9, propaganda_items: 15,
    },
  },
  {
    commune: 'Phường Cổ Thành',
    period: '2022-Q1',
    values: {
      dossiers_received: 670, dossiers_resolved: 670, dossiers_resolved_on_time: 670, dossiers_resolved_late: 0,
      dossiers_received_online: 0, staff_total: 18, edu_university: 17, edu_intermediate: 1, staff_non_dedicated: 11, plans_issued: 14,
    },
  },
];
