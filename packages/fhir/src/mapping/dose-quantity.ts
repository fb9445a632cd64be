import type { DosageDoseAndRate, Extension, Quantity } from '@medplum/fhirtypes';
import { OWN_EXTENSIONS } from '../canonical/own.js';
import { SYSTEMS } from '../canonical/systems.js';

/**
 * UCUM codes of the doses the guideline states: the graph's dose units, with million
 * international units (the graph's `MU`, `MU/kg`) as UCUM writes them, `10*6.[iU]` and
 * `10*6.[iU]/kg` (UCUM's `MU` would be a mega enzyme unit).
 */
export type DoseUnit = 'mg' | 'mg/m2' | 'mg/kg' | 'mg/mL.min' | 'Gy' | '10*6.[iU]' | '10*6.[iU]/kg';
export type DoseBasis = 'flat' | 'body-surface' | 'weight' | 'auc' | 'radiation';

interface UnitMapping {
  readonly basis: DoseBasis;
  /** Human-readable unit for Quantity.unit; the machine reads `code`. */
  readonly display: string;
}

/**
 * `mg/mL.min` is UCUM for (mg/mL)·min, the unit of an area under the curve: a carboplatin
 * target AUC is an exposure from which a dose is computed, and UCUM-aware code cannot convert it
 * to a mass. The display and the dose-basis extension say so for readers of the JSON.
 */
const UNITS: Readonly<Record<DoseUnit, UnitMapping>> = {
  mg: { basis: 'flat', display: 'mg' },
  'mg/m2': { basis: 'body-surface', display: 'mg/m²' },
  'mg/kg': { basis: 'weight', display: 'mg/kg' },
  'mg/mL.min': { basis: 'auc', display: 'mg/mL·min (target AUC)' },
  Gy: { basis: 'radiation', display: 'Gy' },
  // UCUM 10*6.[iU], "MillionInternationalUnit" in HL7 Switzerland's medication unit value set
  // (http://fhir.ch/ig/ch-term/ValueSet/UnitCode, CH Term 3.3.0); the dose basis is its scaling.
  '10*6.[iU]': { basis: 'flat', display: 'miljoner IE' },
  '10*6.[iU]/kg': { basis: 'weight', display: 'miljoner IE/kg' },
};

export function doseQuantity(value: number, unit: DoseUnit): Quantity {
  return { value, unit: UNITS[unit].display, system: SYSTEMS.ucum, code: unit };
}

export function doseBasisExtension(unit: DoseUnit): Extension {
  return { url: OWN_EXTENSIONS.doseBasis, valueCode: UNITS[unit].basis };
}

export interface DoseAmount {
  readonly low: number;
  readonly high: number;
}

/**
 * One `Dosage.doseAndRate`: a Quantity for a single amount, a Range for `175–200 mg/m2`, and the
 * dose basis beside it. `type` is left out: R4's dose-rate-type says calculated or ordered, and
 * the guideline states a protocol dose, which is neither.
 */
export function doseAndRate(amount: DoseAmount, unit: DoseUnit): DosageDoseAndRate {
  const basis = doseBasisExtension(unit);
  if (amount.low === amount.high) return { extension: [basis], doseQuantity: doseQuantity(amount.low, unit) };
  return { extension: [basis], doseRange: { low: doseQuantity(amount.low, unit), high: doseQuantity(amount.high, unit) } };
}
