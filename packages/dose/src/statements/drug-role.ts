import type { DrugRole } from '../dose-types.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { Draft } from './draft.js';

/** ATC group of antiemetics (A04); the labelling guide keeps them supportive when merely given before treatment. */
const ANTIEMETICS = 'A04';

/**
 * The role of a dose's drug, from the lexicon's role: anticancer and endocrine drugs are
 * therapy. A supportive drug is premedication when its sentence names premedication
 * (`premedicering`, `premedicinering`), or says it is given before the treatment (`före
 * behandling`, `före infusionen`) unless it is an antiemetic (ATC A04: `ondansetron 8 mg före
 * kemoterapi` stays supportive, as antiemetics are in the corpus's labelling guide). Null for
 * radiotherapy and unknown drugs.
 */
export function drugRoleOf(draft: Draft, cue: PremedicationCue | null): DrugRole | null {
  const role = draft.drugEntry?.role ?? null;
  switch (role) {
    case 'antineoplastic':
    case 'endocrine':
      return 'therapy';
    case 'supportive': {
      const antiemetic = draft.drugEntry?.atc.code.startsWith(ANTIEMETICS) === true;
      return cue === 'explicit' || (cue === 'timing' && !antiemetic) ? 'premedication' : 'supportive';
    }
    case 'diluent':
      return 'diluent';
    case null:
      return null;
  }
}
