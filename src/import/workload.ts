// Deterministic synthetic files for the import's speed measurements
// (plan.bench.ts): a province of communes × periods × indicators, wide or long.
import { BASE_CODES, baseIndicator } from '../domain/catalog';

export interface WorkloadSize {
  readonly communes: number;
  readonly periods: number;
  readonly indicators: number;
}

/** The "nation" workload of the brief: 3,300 communes × 8 periods × 45 indicators ≈ 1.2M values. */
export const NATION: WorkloadSize = { communes: 3300, periods: 8, indicators: 45 };

const PERIOD_LABELS = ['Quý I/2024', '6 tháng đầu năm 2024', '9 tháng 2024', 'Năm 2024', 'Quý I/2025', '6 tháng đầu năm 2025', '9 tháng 2025', 'Năm 2025'];

const TOTALS: ReadonlySet<string> = new Set([
  'dossiers_received',
  'dossiers_resolved',
  'dossiers_pending',
  'procedures_total',
  'feedback_received',
  'staff_total',
  'plan_tasks_total',
  'assigned_tasks_total',
]);

const LONG_PERIODS = ['2024-Q1', '2024-H1', '2024-9M', '2024-Y', '2025-Q1', '2025-H1', '2025-9M', '2025-Y'];

/** A Vietnamese-Excel style file: `;`, decimal commas, some thousands written `1.590`. */
export function workloadCsv(size: WorkloadSize, layout: 'wide' | 'long'): string {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const codes = BASE_CODES.slice(0, size.indicators);
  // Totals above their parts (domain/checks), so the files are as clean as real ones mostly are.
  const write = (code: string): string => {
    if (code === 'plan_completion_reported') return '';
    if (baseIndicator(code as (typeof BASE_CODES)[number]).unit === 'percent') return (80 + random() * 20).toFixed(2).replace('.', ',');
    const level = TOTALS.has(code) ? 20000 : code === 'dossiers_resolved_on_time' ? 10000 : 0;
    const v = level + Math.floor(random() * (level === 0 ? 2000 : 10000));
    return v >= 1000 && random() < 0.3 ? `${Math.floor(v / 1000)}.${String(v % 1000).padStart(3, '0')}` : String(v);
  };
  const lines: string[] = [];
  if (layout === 'wide') lines.push(['Mã xã', 'Tên xã', 'Kỳ báo cáo', ...codes].join(';'));
  else lines.push('Mã xã;Kỳ báo cáo;Chỉ tiêu;Giá trị');
  for (let p = 0; p < size.periods; p++) {
    const period = PERIOD_LABELS[p % PERIOD_LABELS.length] as string;
    for (let c = 0; c < size.communes; c++) {
      const code = String(10000 + c);
      const name = `Xã Thử Nghiệm ${c}`;
      if (layout === 'wide') lines.push([code, name, period, ...codes.map(write)].join(';'));
      else for (const ind of codes) lines.push(`${code};${LONG_PERIODS[p % LONG_PERIODS.length]};${ind};${write(ind)}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
