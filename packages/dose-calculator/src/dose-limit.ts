import type { LocalizedText } from '@guideline-as-code/types';

/**
 * A limit an input was checked against, with where it comes from, so that an app can show
 * both next to the error or the warning: "GFR 0.5 mL/min is below 33 mL/min (Calvert 1989)".
 */
export interface DoseLimit {
  /** Absent when only a maximum applies. */
  readonly min?: number;
  /** Absent when only a minimum applies. */
  readonly max?: number;
  /** UCUM unit of `min` and `max`. */
  readonly unit: string;
  readonly source: LocalizedText;
}

/** Where the calculator's plausibility limits come from: this library, to catch input errors. */
export const plausibilityLimitSource: LocalizedText = {
  en: 'plausibility limit of @guideline-as-code/dose-calculator, set wider than any patient to catch input errors (README, Errors)',
  sv: 'rimlighetsgräns i @guideline-as-code/dose-calculator, satt vidare än för någon patient för att fånga inmatningsfel (README, Errors)',
};
