// Growable typed arrays: the plan keeps one number per cell in flat arrays,
// never one object per value (1.2M values must not mean 1.2M allocations).

export class GrowFloat64 {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = v;
  }
  /** Room for `capacity` values: one allocation instead of many doublings when the size can be foreseen. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Float64Array(capacity);
    next.set(this.data);
    this.data = next;
  }
}

export class GrowInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = v;
  }
  /** Room for `capacity` values: one allocation instead of many doublings when the size can be foreseen. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(capacity);
    next.set(this.data);
    this.data = next;
  }
}

export class GrowUint8 {
  data = new Uint8Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(this.data.length * 2);
    this.data[this.length++] = v;
  }
  /** Room for `capacity` values: one allocation instead of many doublings when the size can be foreseen. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint8Array(capacity);
    next.set(this.data);
    this.data = next;
  }
}
