// Plausibility limits. They exist to catch input errors (a value in the wrong unit, a slipped
// decimal point, a field swapped with another), not to judge whether a treatment is suitable:
// they are deliberately wider than any patient a dose would be calculated for.

/** Height in cm. Below 30 cm is not a patient; above 250 cm is beyond the tallest adults. */
export const HEIGHT_LIMITS_CM = { min: 30, max: 250 } as const;

/**
 * A height in `cm` below this is almost certainly metres typed with the wrong unit
 * (1.7 cm for 1.7 m), so it gets its own message rather than "implausible height".
 */
export const HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES = 3;

/** Weight in kg. Below 1 kg or above 400 kg is an input error, most often grams or pounds. */
export const WEIGHT_LIMITS_KG = { min: 1, max: 400 } as const;

/** GFR in mL/min. Above 250 mL/min is beyond measured human GFR, often mL/min/1.73 m² mixed up or a typo. */
export const GFR_MAX_ML_PER_MIN = 250;

/**
 * Body-surface area in m2, when given directly. Wider than any area the Mosteller or DuBois
 * formula gives within the height and weight limits above (about 0.08 to 5.3 m2).
 */
export const BODY_SURFACE_AREA_LIMITS_M2 = { min: 0.05, max: 6 } as const;

/**
 * Carboplatin target AUC in mg/mL.min. Regimens use 2 to 7; outside 1 to 10 is taken as an
 * input error, e.g. a dose in mg typed into the AUC field.
 */
export const TARGET_AUC_LIMITS = { min: 1, max: 10 } as const;
