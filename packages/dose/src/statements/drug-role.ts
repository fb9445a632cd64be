import type { DrugRole } from '../dose-types.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { Draft } from './draft.js';

/** ATC group of antiemetics (A04); the labelling guide keeps them supportive when merely given before treatment. */
const ANTIEMETICS = 'A04';
/**
 * Calcium folinate and levofolinate (V03AF03, V03AF04): with fluorouracil in the sentence they
 * modulate it (FOLFOX, FOLFIRI), part of the therapy; elsewhere a rescue (after methotrexate),
 * supportive.
 */
const FOLINATES = ['V03AF03', 'V03AF04'];

/**
 * The role of a dose's drug, from the lexicon's role: anticancer and endocrine drugs are
 * therapy. A supportive drug is premedication when its sentence names premedication
 * (`premedicering`, `premedicinering`), or says it is given before the treatment (`före
 * behandling`, `före infusionen`) unless it is an antiemetic (ATC A04: `ondansetron 8 mg före
 * kemoterapi` stays supportive, as antiemetics are in the corpus's labelling guide). A drug the
 * lexicon knows without a role (a substance of the ATC index: `T. Cetirizin 10 mg`) is
 * premedication on the same cues, as the sentence says so, and has no role otherwise. A folinate
 * in a sentence that also gives fluorouracil is therapy (`withFluorouracil`). Null for
 * radiotherapy and unknown drugs.
 */
export function drugRoleOf(draft: Draft, cue: PremedicationCue | null, withFluorouracil = false): DrugRole | null {
  const entry = draft.drugEntry;
  if (entry === null) return null;
  switch (entry.role) {
    case 'antineoplastic':
    case 'endocrine':
      return 'therapy';
    case 'supportive':
      if (withFluorouracil && FOLINATES.includes(entry.atc.code)) return 'therapy';
      return givenAsPremedication(entry.atc.code, cue) ? 'premedication' : 'supportive';
    case 'diluent':
      return 'diluent';
    case null:
      return givenAsPremedication(entry.atc.code, cue) ? 'premedication' : null;
  }
}

function givenAsPremedication(atcCode: string, cue: PremedicationCue | null): boolean {
  return cue === 'explicit' || (cue === 'timing' && !atcCode.startsWith(ANTIEMETICS));
}
