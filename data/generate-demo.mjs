// Generates the demonstration district (illustrative data, not real figures):
// 25 communes, reports Q1, H1, 9M and Y of 2023 and 2024, one wide CSV per
// period as a Vietnamese-locale Excel writes it (UTF-8 with BOM, semicolon,
// "1.590", "99,9"). Seeded, so `npm run data:demo` always writes the same bytes.
//
// Flows are drawn per discrete quarter and accumulated, so every year-to-date
// report includes the earlier ones (H1 ≥ Q1) and a discrete quarter is the
// difference of two reports (Q3 = 9M − H1). Stocks are levels at the period's
// end. A few deliberate flaws show what the app does with real-world data;
// they are listed in FLAWS and in data/README.md.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvText, utf8, viNumber } from './lib/csv.mjs';
import { LABEL_VI } from './lib/labels.mjs';
import { mulberry32 } from './lib/random.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'demo');
export const PARENT = 'Huyện Minh Họa (dữ liệu minh họa)';
const YEARS = [2023, 2024];
const REPORTS = [
  { part: 'Q1', quarters: 1, label: (y) => `Quý I/${y}` },
  { part: 'H1', quarters: 2, label: (y) => `6 tháng đầu năm ${y}` },
  { part: '9M', quarters: 3, label: (y) => `9 tháng đầu năm ${y}` },
  { part: 'Y', quarters: 4, label: (y) => `Năm ${y}` },
];

const random = mulberry32(20240615);
const between = (lo, hi) => lo + (hi - lo) * random();
const intBetween = (lo, hi) => Math.floor(between(lo, hi + 1));
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

// Names are invented; "Quảng Nghiệp" and "Quang Nghiệp" differ only by accents
// on purpose (formats.md: both can exist in one district).
const COMMUNES = [
  ['phường', 'Minh Khai'], ['phường', 'Quang Trung'], ['phường', 'Trần Phú'], ['phường', 'Hòa Bình'],
  ['thị trấn', 'Minh Đức'], ['thị trấn', 'Phú Thứ'],
  ['xã', 'An Lạc'], ['xã', 'Bình Minh'], ['xã', 'Cẩm Giang'], ['xã', 'Đại Đồng'], ['xã', 'Đông Kỳ'],
  ['xã', 'Hà Thanh'], ['xã', 'Hưng Đạo'], ['xã', 'Kỳ Sơn'], ['xã', 'Lạc Phượng'], ['xã', 'Minh Tân'],
  ['xã', 'Nguyên Giáp'], ['xã', 'Ngọc Sơn'], ['xã', 'Phượng Kỳ'], ['xã', 'Quảng Nghiệp'], ['xã', 'Quang Nghiệp'],
  ['xã', 'Tân Kỳ'], ['xã', 'Thanh Hải'], ['xã', 'Tiên Động'], ['xã', 'Văn Tố'],
].map(([type, name], i) => ({ code: String(90001 + i), type, name: `${type[0]?.toUpperCase()}${type.slice(1)} ${name}` }));

/** The base indicators the demo reports (40 of 46): in catalog order. */
const COLUMNS = [
  'dossiers_received', 'dossiers_resolved', 'dossiers_resolved_on_time', 'dossiers_resolved_early',
  'dossiers_resolved_late', 'dossiers_pending', 'dossiers_pending_overdue', 'procedures_total',
  'feedback_received', 'feedback_resolved', 'satisfaction_surveys', 'satisfaction_rate',
  'dossiers_received_online', 'dossiers_digitized', 'procedures_online_full', 'procedures_online_partial',
  'online_accounts', 'staff_total', 'staff_quota', 'staff_cadres', 'staff_civil_servants',
  'edu_postgraduate', 'edu_university', 'edu_college', 'edu_intermediate', 'pol_advanced',
  'pol_intermediate', 'pol_elementary', 'staff_meeting_standard', 'staff_trained', 'staff_disciplined',
  'plan_tasks_total', 'plan_tasks_done', 'plan_completion_reported', 'assigned_tasks_total',
  'assigned_tasks_on_time', 'assigned_tasks_late', 'assigned_tasks_overdue', 'directive_documents',
  'propaganda_items',
];
const DECIMALS = { satisfaction_rate: 1, plan_completion_reported: 1 };

// The deliberate flaws (indexes into COMMUNES).
const FLAWS = {
  missingReport: { commune: 17, period: '2024-9M' }, // Xã Ngọc Sơn sends no 9M report in 2024
  neverReceived: 12, // Xã Hưng Đạo never fills in received dossiers (like seed 000)
  noPlanCounts: [8, 21], // Xã Cẩm Giang, Xã Tân Kỳ give no plan task counts
  reportedRateDisagrees: { commune: 10, period: '2024-H1', reported: 75 }, // Xã Đông Kỳ, as seed 001 does
  typo: { commune: 6, period: '2023-9M', code: 'dossiers_received' }, // Xã An Lạc: one extra digit
  lateCommunes: [3, 14, 23], // on-time rate 90–94 %
};

/** One commune's profile: its size and habits, fixed across periods. */
function profile(index) {
  const { type } = COMMUNES[index];
  const urban = type !== 'xã';
  const late = FLAWS.lateCommunes.includes(index);
  const quota = urban ? intBetween(19, 23) : intBetween(18, 22);
  return {
    yearlyDossiers: urban ? between(3200, 5200) : between(1100, 3000),
    onTime: late ? between(0.91, 0.935) : between(0.97, 0.998),
    onlineStart: between(0.2, 0.35) + (urban ? 0.05 : 0),
    onlineGrowth: between(0.03, 0.055), // per quarter
    digitized: between(0.55, 0.8),
    procedures: intBetween(150, 210),
    onlineFull: between(0.15, 0.3),
    onlinePartial: between(0.3, 0.45),
    quota,
    degree: between(0.8, 1),
    planTasks: intBetween(25, 45),
    accounts: intBetween(80, 400),
    accountShare: between(0.3, 0.5), // accounts created per online dossier
  };
}

/** Discrete quarterly flows of one commune for one year (4 entries each). */
function yearFlows(p, yearIndex) {
  const seasonal = [0.22, 0.26, 0.25, 0.27];
  const q = (i) => yearIndex * 4 + i; // quarter number since 2023-Q1
  const flows = [];
  for (let i = 0; i < 4; i++) {
    const received = Math.round(p.yearlyDossiers * seasonal[i] * between(0.9, 1.1) * (1 + 0.05 * yearIndex));
    const resolved = Math.round(received * between(0.95, 0.995));
    const onTime = Math.min(resolved, Math.round(resolved * clamp(p.onTime + between(-0.01, 0.01), 0.88, 1)));
    const onlineRate = clamp(p.onlineStart + p.onlineGrowth * q(i) + between(-0.03, 0.03), 0.15, 0.72);
    const feedback = intBetween(0, 4);
    flows.push({
      dossiers_received: received,
      dossiers_resolved: resolved,
      dossiers_resolved_on_time: onTime,
      dossiers_resolved_early: Math.round(onTime * between(0.55, 0.85)),
      dossiers_resolved_late: resolved - onTime,
      feedback_received: feedback,
      feedback_resolved: feedback - (random() < 0.15 && feedback > 0 ? 1 : 0),
      satisfaction_surveys: Math.round(resolved * between(0.3, 0.9)),
      dossiers_received_online: Math.round(received * onlineRate),
      dossiers_digitized: Math.round(received * clamp(p.digitized + 0.04 * q(i), 0, 0.99)),
      staff_trained: intBetween(1, 8),
      staff_disciplined: random() < 0.05 ? 1 : 0,
      assigned_tasks_total: intBetween(4, 12),
      directive_documents: intBetween(1, 6),
      propaganda_items: intBetween(4, 30),
    });
    const last = flows[i];
    last.assigned_tasks_on_time = Math.round(last.assigned_tasks_total * between(0.8, 1));
    last.assigned_tasks_late = intBetween(0, last.assigned_tasks_total - last.assigned_tasks_on_time);
  }
  return flows;
}

/** Levels that hold for a whole year: staff, procedures, the plan's size. */
function yearLevels(p, yearIndex) {
  const staffTotal = p.quota - intBetween(0, 2);
  const university = Math.min(staffTotal, Math.round(staffTotal * clamp(p.degree + 0.02 * yearIndex, 0, 1)));
  const postgraduate = Math.min(university, intBetween(0, 2));
  const rest = staffTotal - university;
  const college = Math.min(rest, intBetween(0, 1));
  const polAdvanced = intBetween(1, 3);
  const polIntermediate = Math.min(staffTotal - polAdvanced, Math.round(staffTotal * between(0.55, 0.8)));
  const cadres = Math.min(staffTotal, intBetween(9, 11));
  return {
    procedures_total: p.procedures + yearIndex * intBetween(-4, 6),
    staff_total: staffTotal,
    staff_quota: p.quota,
    staff_cadres: cadres,
    staff_civil_servants: staffTotal - cadres,
    edu_postgraduate: postgraduate,
    edu_university: university - postgraduate,
    edu_college: college,
    edu_intermediate: rest - college,
    pol_advanced: polAdvanced,
    pol_intermediate: polIntermediate,
    pol_elementary: staffTotal - polAdvanced - polIntermediate,
    staff_meeting_standard: staffTotal - intBetween(0, 2),
    plan_tasks_total: p.planTasks + yearIndex * intBetween(-3, 5),
  };
}

/** Levels at the end of year-to-date report `quarters` (1–4) of one year. */
function stocks(p, yearIndex, quarters, flowsYtd, levels, onlineBefore) {
  const q = yearIndex * 4 + quarters - 1;
  const pending = Math.round((flowsYtd.dossiers_received / quarters) * between(0.01, 0.04));
  const procedures = levels.procedures_total;
  const full = Math.round(procedures * clamp(p.onlineFull + 0.03 * q, 0, 0.6));
  const planShare = [between(0.15, 0.3), between(0.4, 0.58), between(0.62, 0.8), between(0.88, 1)][quarters - 1];
  const planDone = Math.round(levels.plan_tasks_total * planShare);
  return {
    dossiers_pending: pending,
    dossiers_pending_overdue: random() < 0.7 ? 0 : intBetween(0, Math.min(3, pending)),
    ...levels,
    satisfaction_rate: Math.round(between(95, 100) * 10) / 10,
    procedures_online_full: full,
    procedures_online_partial: Math.min(procedures - full, Math.round(procedures * p.onlinePartial)),
    online_accounts: p.accounts + Math.round((onlineBefore + flowsYtd.dossiers_received_online) * p.accountShare),
    plan_tasks_done: planDone,
    plan_completion_reported: Math.round((planDone / levels.plan_tasks_total) * 1000) / 10,
    assigned_tasks_overdue: random() < 0.8 ? 0 : intBetween(1, 2),
  };
}

/** Every commune's figures for every report: Map period → array (per commune) of Map code → value | null. */
function generate() {
  const reports = new Map();
  for (const { part } of REPORTS) for (const year of YEARS) reports.set(`${year}-${part}`, []);
  COMMUNES.forEach((_, c) => {
    const p = profile(c);
    let onlineBefore = 0; // online dossiers of earlier years: accounts are counted to date
    YEARS.forEach((year, yearIndex) => {
      const flows = yearFlows(p, yearIndex);
      const levels = yearLevels(p, yearIndex);
      const ytd = {};
      REPORTS.forEach(({ part, quarters }) => {
        const quarter = flows[quarters - 1];
        for (const [code, v] of Object.entries(quarter)) ytd[code] = (ytd[code] ?? 0) + v;
        const values = new Map(Object.entries({ ...ytd, ...stocks(p, yearIndex, quarters, ytd, levels, onlineBefore) }));
        reports.get(`${year}-${part}`)[c] = values;
      });
      onlineBefore += ytd.dossiers_received_online;
    });
  });
  applyFlaws(reports);
  return reports;
}

function applyFlaws(reports) {
  const { missingReport, neverReceived, noPlanCounts, reportedRateDisagrees, typo } = FLAWS;
  reports.get(missingReport.period)[missingReport.commune] = null;
  for (const communes of reports.values()) {
    communes[neverReceived]?.set('dossiers_received', null);
    for (const c of noPlanCounts) {
      communes[c]?.set('plan_tasks_total', null);
      communes[c]?.set('plan_tasks_done', null);
    }
  }
  reports.get(reportedRateDisagrees.period)[reportedRateDisagrees.commune].set('plan_completion_reported', reportedRateDisagrees.reported);
  const typoRow = reports.get(typo.period)[typo.commune];
  typoRow.set(typo.code, typoRow.get(typo.code) * 10);
}

function fileName(period) {
  return `huyen-minh-hoa-${period}.csv`;
}

function write() {
  const reports = generate();
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name.endsWith('.csv')) rmSync(join(OUT, name));
  for (const year of YEARS) {
    for (const { part, label } of REPORTS) {
      const period = `${year}-${part}`;
      const rows = [['Mã xã', 'Tên xã', 'Kỳ báo cáo', ...COLUMNS.map((code) => LABEL_VI[code])]];
      reports.get(period).forEach((values, c) => {
        if (!values) return;
        const { code, name } = COMMUNES[c];
        rows.push([code, name, label(year), ...COLUMNS.map((k) => viNumber(values.get(k) ?? null, DECIMALS[k] ?? 0))]);
      });
      const bytes = utf8(csvText(rows, ';'), { bom: true });
      writeFileSync(join(OUT, fileName(period)), bytes);
      console.log(`${fileName(period)}: ${rows.length - 1} communes, ${bytes.length} bytes`);
    }
  }
  const typo = reports.get(FLAWS.typo.period)[FLAWS.typo.commune].get(FLAWS.typo.code);
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({
    parent: PARENT,
    illustrative: true,
    note: 'Dữ liệu minh họa do chương trình data/generate-demo.mjs tạo ra, không phải số liệu thật.',
    communes: COMMUNES,
    files: YEARS.flatMap((y) => REPORTS.map(({ part }) => fileName(`${y}-${part}`))),
    flaws: {
      missing_report: { commune: COMMUNES[FLAWS.missingReport.commune].code, period: FLAWS.missingReport.period },
      never_reports_dossiers_received: COMMUNES[FLAWS.neverReceived].code,
      no_plan_task_counts: FLAWS.noPlanCounts.map((c) => COMMUNES[c].code),
      reported_rate_disagrees: { commune: COMMUNES[FLAWS.reportedRateDisagrees.commune].code, period: FLAWS.reportedRateDisagrees.period, indicator: 'plan_completion_reported', reported: FLAWS.reportedRateDisagrees.reported },
      typo_outlier: { commune: COMMUNES[FLAWS.typo.commune].code, period: FLAWS.typo.period, indicator: FLAWS.typo.code, written: typo, meant: typo / 10 },
      late_communes: FLAWS.lateCommunes.map((c) => COMMUNES[c].code),
    },
  }, null, 2)}\n`);
}

write();
