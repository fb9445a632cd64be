// Reading the patient's height, weight, GFR and body-surface area, with plausibility checks.
import { heightLooksLikeMetres, outOfRange } from './input-errors.js';
import {
  BODY_SURFACE_AREA_LIMITS_M2,
  GFR_MAX_ML_PER_MIN,
  HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES,
  HEIGHT_LIMITS_CM,
  WEIGHT_LIMITS_KG,
} from './plausibility-limits.js';
import type { Quantity } from './quantity.js';
import type { QuantitySpec } from './quantity-spec.js';
import { readQuantity } from './read-quantity.js';

const checkValueAndUnit = { en: 'check the value and its unit', sv: 'kontrollera värdet och enheten' };

export const heightSpec: QuantitySpec<'cm'> = {
  field: 'height',
  name: { en: 'Height', sv: 'Längden' },
  unit: 'cm',
  expected: { en: 'a unit of length such as `cm`, `m` or `[in_i]`', sv: 'en längdenhet, t.ex. `cm`, `m` eller `[in_i]`' },
  example: { value: 170, unit: 'cm' },
};

export const weightSpec: QuantitySpec<'kg'> = {
  field: 'weight',
  name: { en: 'Weight', sv: 'Vikten' },
  unit: 'kg',
  expected: { en: 'a unit of mass such as `kg`, `g` or `[lb_av]`', sv: 'en enhet för massa, t.ex. `kg`, `g` eller `[lb_av]`' },
  example: { value: 70, unit: 'kg' },
};

export const gfrSpec: QuantitySpec<'mL/min'> = {
  field: 'gfr',
  name: { en: 'GFR', sv: 'GFR' },
  unit: 'mL/min',
  expected: { en: 'a unit of flow such as `mL/min` or `mL/s`', sv: 'en enhet för flöde, t.ex. `mL/min` eller `mL/s`' },
  example: { value: 90, unit: 'mL/min' },
  // Relative GFR (eGFR per 1.73 m²) is what labs often report, and it is the wrong input here.
  unitHint: (code) =>
    code.includes('1.73') || code.includes('m2')
      ? {
          en: 'The Calvert formula needs the absolute GFR in mL/min, not a GFR relative to 1.73 m² body-surface area.',
          sv: 'Calverts formel behöver absolut GFR i mL/min, inte relativt GFR per 1,73 m² kroppsyta.',
        }
      : undefined,
};

export const bodySurfaceAreaSpec: QuantitySpec<'m2'> = {
  field: 'bodySurfaceArea',
  name: { en: 'Body-surface area', sv: 'Kroppsytan' },
  unit: 'm2',
  expected: { en: 'a unit of area such as `m2`', sv: 'en enhet för area, t.ex. `m2`' },
  example: { value: 1.8, unit: 'm2' },
};

/** Height in cm; rejects metres typed as centimetres and heights no patient has. */
export function readHeight(input: unknown): Quantity<'cm'> {
  const { quantity, given } = readQuantity(input, heightSpec);
  if (given.unit === 'cm' && given.value < HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES) {
    throw heightLooksLikeMetres(heightSpec, given.value);
  }
  if (quantity.value < HEIGHT_LIMITS_CM.min || quantity.value > HEIGHT_LIMITS_CM.max) {
    throw outOfRange('implausible-height', heightSpec, given, quantity.value, HEIGHT_LIMITS_CM, {
      en: `the plausible range for a patient's height; ${checkValueAndUnit.en}`,
      sv: `det rimliga intervallet för en patients längd; ${checkValueAndUnit.sv}`,
    });
  }
  return quantity;
}

/** Weight in kg; rejects weights no patient has (most often grams or pounds given as kg). */
export function readWeight(input: unknown): Quantity<'kg'> {
  const { quantity, given } = readQuantity(input, weightSpec);
  if (quantity.value < WEIGHT_LIMITS_KG.min || quantity.value > WEIGHT_LIMITS_KG.max) {
    throw outOfRange('implausible-weight', weightSpec, given, quantity.value, WEIGHT_LIMITS_KG, {
      en: `the plausible range for a patient's weight; ${checkValueAndUnit.en}`,
      sv: `det rimliga intervallet för en patients vikt; ${checkValueAndUnit.sv}`,
    });
  }
  return quantity;
}

/** Absolute GFR in mL/min; rejects values above what a human kidney filters. */
export function readGfr(input: unknown): Quantity<'mL/min'> {
  const { quantity, given } = readQuantity(input, gfrSpec);
  if (quantity.value > GFR_MAX_ML_PER_MIN) {
    throw outOfRange('implausible-gfr', gfrSpec, given, quantity.value, { max: GFR_MAX_ML_PER_MIN }, {
      en: `the plausible maximum for a measured GFR; ${checkValueAndUnit.en}`,
      sv: `det rimliga maximivärdet för uppmätt GFR; ${checkValueAndUnit.sv}`,
    });
  }
  return quantity;
}

/** Body-surface area in m2, when the app has it already (measured or from its own formula). */
export function readBodySurfaceArea(input: unknown): Quantity<'m2'> {
  const { quantity, given } = readQuantity(input, bodySurfaceAreaSpec);
  if (quantity.value < BODY_SURFACE_AREA_LIMITS_M2.min || quantity.value > BODY_SURFACE_AREA_LIMITS_M2.max) {
    throw outOfRange('implausible-body-surface-area', bodySurfaceAreaSpec, given, quantity.value, BODY_SURFACE_AREA_LIMITS_M2, {
      en: `the plausible range for a patient's body-surface area; ${checkValueAndUnit.en}`,
      sv: `det rimliga intervallet för en patients kroppsyta; ${checkValueAndUnit.sv}`,
    });
  }
  return quantity;
}
