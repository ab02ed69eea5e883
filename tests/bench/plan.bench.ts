// The import worker's own work, in Node, on the benchmark's nation workload
// (workloads.mjs, the one generator): planFromBytes as the worker runs it,
// for profiling the pipeline without a browser. Not part of `npm run bench`.
// Run: npx vitest bench --run tests/bench/plan.bench.ts
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { planFromBytes } from '../../src/import/plan';
import { workloadFile } from './workloads.mjs';

const context = { knownCommunes: [], aliases: [] };

describe('planFromBytes, nation workload', () => {
  for (const layout of ['wide', 'long'] as const) {
    const file = workloadFile('nation', layout);
    const bytes = new Uint8Array(readFileSync(file.path));
    // The worker hashes with crypto.subtle, outside the plan's own time.
    const hash = createHash('sha256').update(bytes).digest('hex');
    bench(`${layout} (${(bytes.length / 1e6).toFixed(1)} MB)`, () => {
      const plan = planFromBytes(bytes, file.fileName, context, { hash });
      if (plan.valueCount === 0) throw new Error('nothing imported');
    }, { iterations: 3, warmupIterations: 1, time: 0 });
  }
});
