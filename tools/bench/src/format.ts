import type { Spread } from './stats.js';

/** A Markdown table from a header row and data rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

/** `median (min–max)` of a spread, in ms. */
export function msSpread(value: Spread): string {
  return value.min === value.max ? ms(value.median) : `${ms(value.median)} (${ms(value.min)}–${ms(value.max)})`;
}

export function mib(value: number): string {
  return `${value.toFixed(0)} MiB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(2)} MB`;
}

/** MB/s of `bytes` in `millis`. */
export function throughput(bytes: number, millis: number): number {
  return bytes / 2 ** 20 / (millis / 1000);
}

/** "met", or "missed by X %" where X is how far `value` is from `aim` relative to the aim. */
export function verdict(met: boolean, missedBy: number): string {
  return met ? '**met**' : `**missed** by ${missedBy.toFixed(0)} %`;
}
