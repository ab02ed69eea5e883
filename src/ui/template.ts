/** Fills `{name}` placeholders of a dictionary text: fill('{n} xã', { n: 3 }) → "3 xã". */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
