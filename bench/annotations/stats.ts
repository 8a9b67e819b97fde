export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** A line of a results table: label, then columns padded to line up. */
export function row(label: string, ...columns: string[]): string {
  return `  ${label.padEnd(46)}${columns.map((c) => c.padStart(14)).join('')}`;
}
