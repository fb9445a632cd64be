import type { SiteLanguage } from '../site-input.js';

/** A number as a reader of the language writes it: decimal comma in Swedish, at most two decimals. */
export function formatNumber(value: number, language: SiteLanguage): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** `low–high`, or one number when both ends are the same; an open end reads "up to" or "at least". */
export function formatRange(range: { low: number | null; high: number | null }, language: SiteLanguage): string {
  const { low, high } = range;
  if (low !== null && high !== null) return low === high ? formatNumber(low, language) : `${formatNumber(low, language)}–${formatNumber(high, language)}`;
  if (high !== null) return `${language === 'sv' ? 'upp till' : 'up to'} ${formatNumber(high, language)}`;
  if (low !== null) return `${language === 'sv' ? 'minst' : 'at least'} ${formatNumber(low, language)}`;
  return '';
}
