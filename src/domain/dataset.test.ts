import { describe, expect, it } from 'vitest';
import { perDataset, type Dataset } from './dataset';

const datasetOf = (): Dataset => ({ communes: [], tables: new Map() });

describe('perDataset', () => {
  it('computes once per key of a dataset, and again for another dataset', () => {
    const cached = perDataset<number>();
    let calls = 0;
    const compute = () => ++calls;
    const first = datasetOf();
    expect(cached(first, 'a', compute)).toBe(1);
    expect(cached(first, 'a', compute)).toBe(1);
    expect(cached(first, 'b', compute)).toBe(2);
    expect(cached(datasetOf(), 'a', compute)).toBe(3);
    expect(calls).toBe(3);
  });

  it('keeps a result that is null or undefined', () => {
    const cached = perDataset<null | undefined>();
    let calls = 0;
    const dataset = datasetOf();
    cached(dataset, 'k', () => (calls++, undefined));
    cached(dataset, 'k', () => (calls++, undefined));
    expect(calls).toBe(1);
  });
});
