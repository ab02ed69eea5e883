// Seeded benchmark workloads (issue 6): the same bytes on every run, cached
// under tests/bench/.cache/. UTF-8, comma, English headers:
//   long: commune_code,commune_name,period,indicator,value
//   wide: commune_code,commune_name,period,<indicator codes…>
// Values keep the catalog's arithmetic (on time + late = resolved ≤ received,
// parts ≤ totals, year-to-date flows growing through the year), so the import
// meets few data-check warnings, as with real files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../data/lib/random.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = join(HERE, '.cache');

/** Bumped whenever the generator changes, so a stale cache is never used. */
const GENERATOR_VERSION = 1;

const PARTS = ['Q1', 'H1', '9M', 'Y'];
const QUARTERS_OF = { Q1: 1, H1: 2, '9M': 3, Y: 4 };

export const WORKLOADS = {
  district: { communes: 30, years: [2022, 2023, 2024], seed: 30 },
  province: { communes: 300, years: [2020, 2021, 2022, 2023, 2024], seed: 300 },
  nation: { communes: 3300, years: [2023, 2024], seed: 3300 },
};
export const LAYOUTS = ['wide', 'long'];

/** The quarter the league table is ranked for: reported directly, the latest Q1. */
export function leaguePeriod(name) {
  const { years } = WORKLOADS[name];
  return `${years[years.length - 1]}-Q1`;
}

/** 45 of the 46 base indicators (all but carried-over dossiers), in catalog order. */
export const INDICATORS = [
  'dossiers_received', 'dossiers_resolved', 'dossiers_resolved_on_time', 'dossiers_resolved_early',
  'dossiers_resolved_late', 'dossiers_pending', 'dossiers_pending_overdue', 'procedures_total',
  'feedback_received', 'feedback_resolved', 'satisfaction_surveys', 'satisfaction_rate',
  'dossiers_received_online', 'dossiers_digitized', 'dossiers_paid_online', 'procedures_online_full',
  'procedures_online_partial', 'online_accounts', 'staff_total', 'staff_quota', 'staff_cadres',
  'staff_civil_servants', 'staff_non_dedicated', 'edu_postgraduate', 'edu_university', 'edu_college',
  'edu_intermediate', 'edu_none', 'pol_advanced', 'pol_intermediate', 'pol_elementary', 'pol_none',
  'staff_meeting_standard', 'staff_trained', 'staff_disciplined', 'plan_tasks_total', 'plan_tasks_done',
  'plan_completion_reported', 'assigned_tasks_total', 'assigned_tasks_on_time', 'assigned_tasks_late',
  'assigned_tasks_overdue', 'directive_documents', 'plans_issued', 'propaganda_items',
];

const SYLLABLES = ['An', 'Bình', 'Cẩm', 'Đại', 'Đông', 'Hà', 'Hưng', 'Kỳ', 'Lạc', 'Minh', 'Ngọc', 'Phú', 'Quảng', 'Tân', 'Thanh', 'Tiên', 'Văn', 'Xuân', 'Yên', 'Hòa', 'Long', 'Phước', 'Sơn', 'Trung'];
const TYPES = ['Xã', 'Xã', 'Xã', 'Xã', 'Phường', 'Thị trấn'];

/** Communes with unique 5-digit codes and names (three syllables make 13,824 names). */
function communes(count) {
  const list = [];
  const n = SYLLABLES.length;
  for (let i = 0; i < count; i++) {
    const name = `${SYLLABLES[i % n]} ${SYLLABLES[Math.floor(i / n) % n]} ${SYLLABLES[Math.floor(i / (n * n)) % n]}`;
    list.push({ code: String(10001 + i), name: `${TYPES[i % TYPES.length]} ${name}` });
  }
  return list;
}

/** One commune-period's 45 values (a rate with one decimal, counts whole). */
function reportValues(random, size, quarters, yearIndex) {
  const r = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const received = Math.round(size * quarters * (0.9 + random() * 0.2));
  const resolved = Math.round(received * (0.95 + random() * 0.045));
  const onTime = Math.round(resolved * (0.9 + random() * 0.1));
  const pending = r(0, 60);
  const feedback = r(0, 8 * quarters);
  const procedures = r(150, 210);
  const full = r(20, 60);
  const staff = r(17, 23);
  const university = Math.min(staff, r(staff - 4, staff));
  const post = Math.min(university, r(0, 2));
  const college = Math.min(staff - university, r(0, 2));
  const polAdv = r(1, 3);
  const polInt = r(8, staff - polAdv);
  const cadres = r(9, 11);
  const planTotal = r(25, 45);
  const planDone = Math.round(planTotal * Math.min(1, quarters * 0.25 * (0.8 + random() * 0.2)));
  const assigned = r(4, 12) * quarters;
  const assignedOnTime = Math.round(assigned * (0.8 + random() * 0.2));
  return [
    received, resolved, onTime, Math.round(onTime * 0.7), resolved - onTime, pending, r(0, Math.min(5, pending)), procedures,
    feedback, feedback - Math.min(feedback, r(0, 1)), Math.round(resolved * 0.5), (950 + r(0, 50)) / 10,
    Math.round(received * (0.2 + 0.05 * yearIndex + random() * 0.3)), Math.round(received * 0.8), r(0, 40 * quarters), full,
    r(40, procedures - full), r(100, 3000), staff, staff + r(0, 2), cadres,
    staff - cadres, r(8, 14), post, university - post, college,
    staff - university - college, 0, polAdv, polInt, staff - polAdv - polInt, 0,
    staff - r(0, 2), r(1, 6) * quarters, r(0, 10) === 0 ? 1 : 0, planTotal, planDone,
    Math.round((planDone / planTotal) * 1000) / 10, assigned, assignedOnTime, assigned - assignedOnTime,
    r(0, 2), r(1, 5) * quarters, r(0, 3) * quarters, r(4, 30) * quarters,
  ];
}

/** The CSV text of one workload in one layout. */
export function generateWorkload(name, layout) {
  const { communes: count, years, seed } = WORKLOADS[name];
  const random = mulberry32(seed * 7919 + (layout === 'long' ? 1 : 0));
  const list = communes(count);
  const sizes = list.map(() => 150 + Math.floor(random() * 900));
  const chunks = [layout === 'long' ? 'commune_code,commune_name,period,indicator,value\n' : `commune_code,commune_name,period,${INDICATORS.join(',')}\n`];
  years.forEach((year, yearIndex) => {
    for (const part of PARTS) {
      const period = `${year}-${part}`;
      const lines = [];
      list.forEach((c, i) => {
        const values = reportValues(random, sizes[i] ?? 500, QUARTERS_OF[part], yearIndex);
        if (layout === 'wide') {
          lines.push(`${c.code},${c.name},${period},${values.join(',')}`);
        } else {
          const prefix = `${c.code},${c.name},${period},`;
          for (let k = 0; k < INDICATORS.length; k++) lines.push(`${prefix}${INDICATORS[k]},${values[k]}`);
        }
      });
      chunks.push(lines.join('\n'), '\n');
    }
  });
  return chunks.join('');
}

/** The cached file of a workload (generated on first use); returns its path, size and SHA-256. */
export function workloadFile(name, layout) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `${name}-${layout}.v${GENERATOR_VERSION}.csv`);
  if (!existsSync(file)) {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, generateWorkload(name, layout));
    renameSync(tmp, file);
  }
  const bytes = readFileSync(file);
  const { communes: count, years } = WORKLOADS[name];
  return {
    name,
    layout,
    path: file,
    fileName: `${name}-${layout}.csv`,
    bytes: statSync(file).size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    values: count * years.length * PARTS.length * INDICATORS.length,
    communes: count,
    periods: years.length * PARTS.length,
    leaguePeriod: leaguePeriod(name),
  };
}

// `node tests/bench/workloads.mjs [name…]` writes the cache and prints what it holds.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(WORKLOADS);
  for (const name of names) {
    for (const layout of LAYOUTS) {
      const t = performance.now();
      const w = workloadFile(name, layout);
      console.log(`${w.fileName}: ${(w.bytes / 1e6).toFixed(1)} MB, ${w.values} values, sha256 ${w.sha256.slice(0, 12)} (${Math.round(performance.now() - t)} ms)`);
    }
  }
}
