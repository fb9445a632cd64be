import type { Diagnostic, GuidelineNode, ReferenceNode } from '@guideline-as-code/model';
import type { DrugEntry } from '@guideline-as-code/dose';
import type { ParseCache } from '../cache/parse-cache.js';
import { contentKey } from '../cache/parse-cache.js';
import { drugVocabulary, readLexicon } from '../doses/read-lexicon.js';
import type { GraphBuilder } from '../graph-builder.js';
import type { GuidelineSources, SourceFile } from '../guideline-sources.js';
import { readGuidelineMetadata } from '../vocabulary/guideline-metadata.js';
import { readPatientFacts, type PatientFact } from '../vocabulary/patient-facts.js';
import type { PhraseMatcher } from '../vocabulary/phrase-matcher.js';
import { readReferences } from '../vocabulary/references.js';
import { readTrials } from '../vocabulary/trials.js';
import { addConditions, addDrugs, addTrials } from '../vocabulary/vocabulary-nodes.js';
import { readYaml, type YamlFile } from '../yaml/yaml-file.js';

/** What a guideline's YAML sources and the shared lexicon and vocabulary give the chapters. */
export interface SharedSources {
  guideline: GuidelineNode;
  drugEntries: DrugEntry[];
  drugs: PhraseMatcher<string>;
  trials: PhraseMatcher<string>;
  conditions: PhraseMatcher<string>;
  patientFacts: PatientFact[];
  /** Changes whenever something a chapter is read with changes (for cache keys). */
  fingerprint: string;
}

/**
 * Reads the guideline's metadata, references, trials, the patient facts and the drug lexicon
 * into nodes. The lexicon (two dozen YAML files, rarely changed) is kept in the cache.
 */
export function readSharedSources(sources: GuidelineSources, builder: GraphBuilder, cache: ParseCache, diagnostics: Diagnostic[]): SharedSources {
  const yaml = (file: SourceFile | undefined): YamlFile | undefined => {
    if (!file) return undefined;
    const read = readYaml(file.path, file.text);
    diagnostics.push(...read.diagnostics);
    return read;
  };
  const guideline = addGuideline(sources, yaml(sources.metadata), builder, diagnostics);
  const references = yaml(sources.references);
  for (const entry of references ? readReferences(references, diagnostics) : []) {
    const node = builder.add<ReferenceNode>({
      id: `reference:${entry.key}`,
      type: 'reference',
      source: entry.source,
      key: entry.key,
      number: entry.number,
      csl: entry.csl,
      notStated: entry.notStated,
    });
    builder.link('contains', guideline.id, node.id);
  }
  const trialsFile = yaml(sources.trials);
  const factsFile = yaml(sources.patientFacts);
  const patientFacts = factsFile ? readPatientFacts(factsFile, diagnostics) : [];
  const lexiconKey = contentKey('lexicon', ...sources.lexicon.flatMap((file) => [file.path, file.text]));
  const drugEntries = cachedLexicon(sources.lexicon, lexiconKey, cache, diagnostics);
  return {
    guideline,
    drugEntries,
    drugs: addDrugs(drugVocabulary(drugEntries), builder),
    trials: addTrials(trialsFile ? readTrials(trialsFile, diagnostics) : [], builder, guideline.id),
    conditions: addConditions(patientFacts, builder),
    patientFacts,
    fingerprint: contentKey(guideline.id, lexiconKey, sources.trials?.text ?? '', sources.patientFacts?.text ?? ''),
  };
}

function cachedLexicon(files: readonly SourceFile[], key: string, cache: ParseCache, diagnostics: Diagnostic[]): DrugEntry[] {
  const kept = cache.get(key) as { drugs: DrugEntry[]; diagnostics: Diagnostic[] } | undefined;
  if (kept && Array.isArray(kept.drugs) && Array.isArray(kept.diagnostics)) {
    diagnostics.push(...kept.diagnostics);
    return kept.drugs;
  }
  const own: Diagnostic[] = [];
  const drugs = readLexicon(files, own);
  cache.set(key, { drugs, diagnostics: own });
  diagnostics.push(...own);
  return drugs;
}

function addGuideline(sources: GuidelineSources, metadata: YamlFile | undefined, builder: GraphBuilder, diagnostics: Diagnostic[]): GuidelineNode {
  if (!metadata) {
    diagnostics.push({
      ruleId: 'missing-metadata',
      severity: 'error',
      message: {
        en: `Guideline \`${sources.key}\` has no \`guideline.yaml\` with its id, title, publisher, language and edition.`,
        sv: `Riktlinjen \`${sources.key}\` saknar \`guideline.yaml\` med id, titel, utgivare, språk och utgåva.`,
      },
      source: null,
    });
  }
  const at = { line: 1, column: 1, offset: 0 };
  const meta = metadata
    ? readGuidelineMetadata(metadata, sources.key, diagnostics)
    : { key: sources.key, title: sources.key, publisher: '', language: 'sv', edition: null, source: { file: `guideline-src/${sources.key}`, start: at, end: at } };
  return builder.add<GuidelineNode>({
    id: `guideline:${meta.key}`,
    type: 'guideline',
    source: meta.source,
    key: meta.key,
    title: meta.title,
    publisher: meta.publisher || 'not stated',
    language: meta.language,
    edition: meta.edition,
  });
}
