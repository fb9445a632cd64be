import type { ConditionNode, DrugNode, TrialNode } from '@guideline-as-code/model';
import type { Field, Source, Stated } from '@guideline-as-code/types';
import { silent } from '../text/stated.js';
import type { GraphBuilder } from '../graph-builder.js';
import type { Phrase } from './phrase-matcher.js';
import type { PatientFact } from './patient-facts.js';
import type { TrialEntry } from './trials.js';

/** What the parser needs of a lexicon drug to recognise it in prose. */
export interface DrugVocabularyEntry {
  id: string;
  name: Stated<string>;
  inn: Stated<string>;
  atc: Field<string>;
  names: string[];
  source: Source;
}

/** Drug nodes for the lexicon (the unused are dropped once the chapters are read), and the phrases that name them in prose (compounds included). */
export function addDrugs(drugs: readonly DrugVocabularyEntry[], builder: GraphBuilder): Phrase<string>[] {
  const phrases: Phrase<string>[] = [];
  for (const drug of drugs) {
    const node = builder.add<DrugNode>({
      id: `drug:${drug.id}`,
      type: 'drug',
      source: drug.source,
      key: drug.id,
      name: drug.name,
      inn: drug.inn,
      atc: drug.atc,
      names: drug.names,
    });
    // Long names may start a Swedish compound (bevacizumabgruppen); short ones (MPA) may not.
    for (const name of new Set(drug.names)) phrases.push({ text: name, target: node.id, allowSuffix: name.length >= 6 });
  }
  return phrases;
}

/** Trial nodes for `trials.yaml`, and the phrases (names and aliases) that name them. */
export function addTrials(trials: readonly TrialEntry[], builder: GraphBuilder, guidelineId: string): Phrase<string>[] {
  const phrases: Phrase<string>[] = [];
  for (const trial of trials) {
    const node = builder.add<TrialNode>({
      id: `trial:${trial.key}`,
      type: 'trial',
      source: trial.source,
      name: trial.name,
      aliases: trial.aliases,
      nct: silent,
    });
    builder.link('contains', guidelineId, node.id);
    for (const name of [trial.name.value, ...trial.aliases]) phrases.push({ text: name, target: node.id });
  }
  return phrases;
}

/** One condition node per stated value of a patient fact (e.g. `mmr-status=dMMR`), and the phrases that state it. */
export function addConditions(facts: readonly PatientFact[], builder: GraphBuilder): Phrase<string>[] {
  const phrases: Phrase<string>[] = [];
  for (const fact of facts) {
    for (const value of fact.values) {
      const node = builder.add<ConditionNode>({
        id: `condition:${fact.id}=${String(value.value)}`,
        type: 'condition',
        source: value.source,
        fact: fact.id,
        value: value.value,
        label: value.label.sv,
      });
      for (const text of value.phrases) phrases.push({ text, target: node.id, allowSuffix: value.inflected });
    }
  }
  return phrases;
}
