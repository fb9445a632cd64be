// Reading the prescribed amount: a flat dose, a dose per m2 or per kg, or a carboplatin target AUC.
import { outOfRange } from './input-errors.js';
import { TARGET_AUC_LIMITS } from './plausibility-limits.js';
import type { Quantity } from './quantity.js';
import type { QuantitySpec } from './quantity-spec.js';
import { readQuantity } from './read-quantity.js';
import { convertUnit } from './ucum.js';

const dose = { en: 'Dose', sv: 'Dosen' };

/**
 * Million international units, UCUM `10*6.[iU]` (G-CSF, interferons). UCUM treats `[iU]` as an
 * arbitrary unit that converts to nothing, not even to `[iU]` itself times a million, so a dose
 * in them is taken only in exactly this code, never converted to a mass, and returned in it.
 */
export const MILLION_UNITS = '10*6.[iU]';
export const MILLION_UNITS_PER_KG = '10*6.[iU]/kg';

export const flatDoseSpec: QuantitySpec<'mg'> = {
  field: 'dose',
  name: dose,
  unit: 'mg',
  expected: {
    en: 'a unit of mass such as `mg` or `g`, or million international units `10*6.[iU]`',
    sv: 'en enhet för massa, t.ex. `mg` eller `g`, eller miljoner internationella enheter `10*6.[iU]`',
  },
  example: { value: 100, unit: 'mg' },
};

export const dosePerBodySurfaceAreaSpec: QuantitySpec<'mg/m2'> = {
  field: 'dose',
  name: dose,
  unit: 'mg/m2',
  expected: { en: 'a mass per body-surface area such as `mg/m2`', sv: 'massa per kroppsyta, t.ex. `mg/m2`' },
  example: { value: 175, unit: 'mg/m2' },
};

export const dosePerWeightSpec: QuantitySpec<'mg/kg'> = {
  field: 'dose',
  name: dose,
  unit: 'mg/kg',
  expected: {
    en: 'a mass per body weight such as `mg/kg`, or million international units per kg `10*6.[iU]/kg`',
    sv: 'massa per kroppsvikt, t.ex. `mg/kg`, eller miljoner internationella enheter per kg `10*6.[iU]/kg`',
  },
  example: { value: 15, unit: 'mg/kg' },
  // Said only when the unit had the right dimension but the wrong form, as `%` has.
  unitHint: (code) =>
    convertUnit(1, code, 'mg/kg') === undefined
      ? undefined
      : {
          en: 'UCUM counts `mg/kg` as a pure ratio, like `%`, so only a mass divided by a mass is accepted.',
          sv: 'UCUM räknar `mg/kg` som ett rent förhållande, likt `%`, så bara en massa delad med en massa godtas.',
        },
  acceptsUnitForm: isMassPerMass,
};

/** A dose in million units, said about as the mass dose of the same kind (`like`) is. */
const unitsSpec = <U extends string>(unit: U, like: QuantitySpec<string>, value: number): QuantitySpec<U> => ({
  field: 'dose',
  name: dose,
  unit,
  expected: like.expected,
  example: { value, unit },
});

export const flatUnitsSpec = unitsSpec(MILLION_UNITS, flatDoseSpec, 30);
export const unitsPerWeightSpec = unitsSpec(MILLION_UNITS_PER_KG, dosePerWeightSpec, 0.5);

/** Whether an input's unit says million international units (`10*6.[iU]`, `10*6.[iU]/kg`). */
export function isInMillionUnits(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || !('unit' in input) || typeof input.unit !== 'string') return false;
  return input.unit.trim().startsWith(MILLION_UNITS);
}

export const targetAucSpec: QuantitySpec<'mg/mL.min'> = {
  field: 'targetAuc',
  name: { en: 'Target AUC', sv: 'Mål-AUC' },
  unit: 'mg/mL.min',
  expected: { en: 'a unit of AUC such as `mg/mL.min`', sv: 'en AUC-enhet, t.ex. `mg/mL.min`' },
  example: { value: 5, unit: 'mg/mL.min' },
  // Said for units with two slashes, the usual slip when writing (mg/mL)·min.
  unitHint: (code) =>
    code.split('/').length > 2
      ? {
          en: 'The AUC is concentration × time, (mg/mL)·min, written `mg/mL.min` in UCUM; `mg/mL/min` would be per minute.',
          sv: 'AUC är koncentration × tid, (mg/mL)·min, som skrivs `mg/mL.min` i UCUM; `mg/mL/min` vore per minut.',
        }
      : undefined,
};

// `mg/kg`, `ug/kg`, `mg/[lb_av]`: the part before the last `/` is a mass, the part after it too.
function isMassPerMass(code: string): boolean {
  const slash = code.lastIndexOf('/');
  if (slash <= 0 || slash === code.length - 1) return false;
  const isMass = (unit: string) => convertUnit(1, unit, 'kg') !== undefined;
  return isMass(code.slice(0, slash)) && isMass(code.slice(slash + 1));
}

/** A flat dose in mg. */
export function readFlatDose(input: unknown): Quantity<'mg'> {
  return readQuantity(input, flatDoseSpec).quantity;
}

/** A dose per body-surface area in mg/m2. */
export function readDosePerBodySurfaceArea(input: unknown): Quantity<'mg/m2'> {
  return readQuantity(input, dosePerBodySurfaceAreaSpec).quantity;
}

/** A dose per body weight in mg/kg. */
export function readDosePerWeight(input: unknown): Quantity<'mg/kg'> {
  return readQuantity(input, dosePerWeightSpec).quantity;
}

/** A flat dose in million international units, exactly `10*6.[iU]`. */
export function readFlatUnits(input: unknown): Quantity<typeof MILLION_UNITS> {
  return readQuantity(input, flatUnitsSpec).quantity;
}

/** A dose per body weight in million international units, exactly `10*6.[iU]/kg`. */
export function readUnitsPerWeight(input: unknown): Quantity<typeof MILLION_UNITS_PER_KG> {
  return readQuantity(input, unitsPerWeightSpec).quantity;
}

/** A carboplatin target AUC in mg/mL.min, within the range regimens use. */
export function readTargetAuc(input: unknown): Quantity<'mg/mL.min'> {
  const { quantity, given } = readQuantity(input, targetAucSpec);
  if (quantity.value < TARGET_AUC_LIMITS.min || quantity.value > TARGET_AUC_LIMITS.max) {
    throw outOfRange('auc-out-of-range', targetAucSpec, given, quantity.value, TARGET_AUC_LIMITS, {
      en: 'the range of target AUCs used for carboplatin; check that a dose in mg was not entered as the AUC',
      sv: 'det intervall av mål-AUC som används för karboplatin; kontrollera att inte en dos i mg har angetts som AUC',
    });
  }
  return quantity;
}
