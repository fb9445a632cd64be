import type { TrialNode } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';
import { nctTrialId } from '../chapter/mentions.js';
import type { NctMention } from '../chapter/state.js';
import type { GraphBuilder } from '../graph-builder.js';

/**
 * Settles which trial each NCT id in the text belongs to, for the whole guideline: the first
 * trial named just before it claims it (its `nct` is then set); an id no named trial claims
 * gets a trial node of its own. A trial given two different ids is reported.
 */
export function resolveNctMentions(mentions: readonly NctMention[], builder: GraphBuilder, guidelineId: string, diagnostics: Diagnostic[]): void {
  const owners = new Map<string, string>();
  for (const { nct: stated, namedTrial } of mentions) {
    const nct = stated.value;
    const trial = namedTrial ? builder.get(namedTrial) : undefined;
    if (trial?.type !== 'trial' || owners.has(nct)) continue;
    if (trial.nct.notStated) {
      // The trial's id is stated where the text writes it, next to the trial's name.
      trial.nct = stated;
      owners.set(nct, trial.id);
    } else if (trial.nct.value !== nct) {
      diagnostics.push({
        ruleId: 'trial-registry-conflict',
        severity: 'error',
        message: {
          en: `Trial \`${trial.name.value}\` is given two registry ids: \`${trial.nct.value}\` and \`${nct}\`.`,
          sv: `Studien \`${trial.name.value}\` har fått två registreringsnummer: \`${trial.nct.value}\` och \`${nct}\`.`,
        },
        source: stated.source,
      });
    }
  }
  for (const { mention, statement, nct: stated } of mentions) {
    const nct = stated.value;
    let owner = owners.get(nct);
    if (!owner) {
      const own = builder.add<TrialNode>({ id: nctTrialId(nct), type: 'trial', source: stated.source, name: stated, aliases: [], nct: stated });
      builder.link('contains', guidelineId, own.id);
      owner = own.id;
      owners.set(nct, owner);
    }
    builder.link('refersTo', mention, owner);
    builder.link('mentions', statement, owner);
  }
}
