import type { DrugRole } from '../dose-types.js';
import type { Draft } from './draft.js';

/**
 * The role of a dose's drug, from the lexicon's role: anticancer and endocrine drugs are
 * therapy; a supportive drug is premedication when its sentence says it is given before the
 * treatment (`premedicering`, `före behandling`). Null for radiotherapy and unknown drugs.
 */
export function drugRoleOf(draft: Draft, premedicationCue: boolean): DrugRole | null {
  const role = draft.drugEntry?.role ?? null;
  switch (role) {
    case 'antineoplastic':
    case 'endocrine':
      return 'therapy';
    case 'supportive':
      return premedicationCue ? 'premedication' : 'supportive';
    case 'diluent':
      return 'diluent';
    case null:
      return null;
  }
}
