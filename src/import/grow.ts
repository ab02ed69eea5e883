// Growable typed arrays: the plan keeps one number per cell in flat arrays,
// never one object per value (1.2M values must not mean 1.2M allocations).

type NumberArray = Float64Array | Int32Array | Uint8Array;

class Grow<A extends NumberArray> {
  length = 0;
  data: A;

  constructor(private readonly make: (capacity: number) => A) {
    this.data = make(1024);
  }

  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = v;
  }

  /** Room for `capacity` values: one allocation instead of many doublings when the size can be foreseen. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = this.make(capacity);
    next.set(this.data);
    this.data = next;
  }
}

export class GrowFloat64 extends Grow<Float64Array> {
  constructor() {
    super((n) => new Float64Array(n));
  }
}

export class GrowInt32 extends Grow<Int32Array> {
  constructor() {
    super((n) => new Int32Array(n));
  }
}

export class GrowUint8 extends Grow<Uint8Array> {
  constructor() {
    super((n) => new Uint8Array(n));
  }
}
