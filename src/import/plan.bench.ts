// Import speed on the "nation" workload (3,300 communes × 8 periods × 45
// indicators ≈ 1.2M values), wide and long, through the same planFromBytes
// the worker runs. Run: npx vitest bench --run src/import/plan.bench.ts
// The worker hashes with crypto.subtle; so does this measurement.
import { createHash } from 'node:crypto';
import { bench, describe } from 'vitest';
import { planFromBytes } from './plan';
import { NATION, workloadCsv } from './workload';

const context = { knownCommunes: [], aliases: [] };

describe('planFromBytes, nation workload', () => {
  for (const layout of ['wide', 'long'] as const) {
    const bytes = new TextEncoder().encode(workloadCsv(NATION, layout));
    const hash = createHash('sha256').update(bytes).digest('hex');
    bench(`${layout} (${(bytes.length / 1e6).toFixed(1)} MB)`, () => {
      const plan = planFromBytes(bytes, `${layout}.csv`, context, { hash });
      if (plan.valueCount === 0) throw new Error('nothing imported');
    }, { iterations: 3, warmupIterations: 1, time: 0 });
  }
});
