import type { DoseLimit } from './dose-limit.js';

/**
 * The GFR range, in mL/min, of the patients in whom the Calvert formula was derived (Calvert AH
 * et al., J Clin Oncol 1989;7:1748–56): 33 to 135 mL/min, as a later study states it (PubMed
 * 25957958: "derived from the study among patients with glomerular filtration rates (GFRs) of
 * 33-135 ml/min"). Taken from that abstract, not from the 1989 paper itself, which we have not
 * read; a clinician should confirm it against the paper. Outside it the formula is an
 * extrapolation: in severe renal impairment (and a GFR below 1 mL/min is one, or a GFR in
 * mL/s typed as mL/min) the dose is mostly the non-renal term, AUC × 25 mg.
 */
export const CALVERT_GFR_RANGE_ML_PER_MIN = {
  min: 33,
  max: 135,
  unit: 'mL/min',
  source: {
    en: 'GFR range in which the Calvert formula was derived (Calvert AH et al., J Clin Oncol 1989;7:1748–56; range as stated in PubMed 25957958)',
    sv: 'GFR-intervallet som Calverts formel togs fram för (Calvert AH m.fl., J Clin Oncol 1989;7:1748–56; intervallet enligt PubMed 25957958)',
  },
} as const satisfies DoseLimit;
