import { type GuidelineNode, type ReferenceNode } from '@guideline-as-code/model';
import { wholeFile, type Diagnostic } from '@guideline-as-code/types';
import type { DrugEntry, SubstanceIndex } from '@guideline-as-code/dose';
import type { ParseCache } from '../cache/parse-cache.js';
import { contentKey, lexiconKeyPrefix } from '../cache/parse-cache.js';
import { drugVocabulary, readLexicon } from '../lexicon/read-lexicon.js';
import type { GraphBuilder } from '../graph-builder.js';
import type { GuidelineSources, SourceFile } from '../guideline-sources.js';
import { readGuidelineMetadata, type GuidelineMetadata } from '../vocabulary/guideline-metadata.js';
import { readPatientFacts, type PatientFact } from '../vocabulary/patient-facts.js';
import type { PhraseMatcher, Phrase } from '../vocabulary/phrase-matcher.js';
import { sharedMatcher } from '../vocabulary/shared-matchers.js';
import type { MentionTarget } from '../chapter/state.js';
import { readReferences } from '../vocabulary/references.js';
import { readTrials } from '../vocabulary/trials.js';
import { addConditions, addDrugs, addTrials } from '../vocabulary/vocabulary-nodes.js';
import { readYaml, type YamlFile } from '../yaml/yaml-file.js';

/** What a guideline's YAML sources and the shared lexicon and vocabulary give the chapters. */
export interface SharedSources {
  guideline: GuidelineNode;
  /** The lexicon's entries, and the substances of its index (looked up only when a text names one). */
  drugEntries: DrugEntry[];
  substances: SubstanceIndex | null;
  drugs: PhraseMatcher<string>;
  mentions: PhraseMatcher<MentionTarget>;
  patientFacts: PatientFact[];
  /** Changes whenever something a chapter is read with changes (for cache keys). */
  fingerprint: string;
}

/**
 * Reads the guideline's metadata, references, trials, the patient facts and the drug lexicon
 * into nodes. The lexicon (hundreds of YAML files, rarely changed) is kept in the cache.
 */
export function readSharedSources(sources: GuidelineSources, builder: GraphBuilder, cache: ParseCache, diagnostics: Diagnostic[]): SharedSources {
  // Each YAML file is read into plain entries once per content: YAML parsing is slow, and
  // these files rarely change between two checks.
  const read = <T>(kind: string, file: SourceFile | undefined, fallback: T, entries: (yaml: YamlFile, found: Diagnostic[]) => T): T => {
    if (!file) return fallback;
    const kept = cachedWithDiagnostics(cache, contentKey(kind, file.path, file.text), diagnostics, (found) => {
      const yaml = readYaml(file.path, file.text);
      found.push(...yaml.diagnostics);
      return entries(yaml, found);
    });
    return kept;
  };
  const metadata = read('metadata', sources.metadata, null, (yaml, found) => readGuidelineMetadata(yaml, sources.key, found));
  const guideline = addGuideline(sources, metadata, builder, diagnostics);
  for (const entry of read('references', sources.references, [], readReferences)) {
    const node = builder.add<ReferenceNode>({
      id: `reference:${entry.key}`,
      type: 'reference',
      source: entry.source,
      key: entry.key,
      number: entry.number,
      csl: entry.csl,
      notStated: entry.notStated,
      fields: entry.fields,
    });
    builder.link('contains', guideline.id, node.id);
  }
  const patientFacts = read('patient-facts', sources.patientFacts, [], readPatientFacts);
  const lexiconKey = lexiconCacheKey(sources.lexicon);
  // One entry for the whole lexicon (hundreds of files and the substance index): a check that
  // finds it parses no YAML of it.
  const compiled = cachedWithDiagnostics(cache, lexiconKey, diagnostics, (found) => readLexicon(sources.lexicon, found));
  // Only the entries are named in prose and get drug nodes up front; a substance of the index is
  // recognised by the dose grammar (`substances`), and gets its node when a dose names it.
  const drugs = addDrugs(drugVocabulary(compiled.entries, compiled.facts), builder);
  const trialEntries = read('trials', sources.trials, [], readTrials);
  const trials = addTrials(trialEntries, builder, guideline.id);
  const conditions = addConditions(patientFacts, builder);
  const as = (kind: MentionTarget['kind']) => (phrase: Phrase<string>): Phrase<MentionTarget> => ({ ...phrase, target: { kind, id: phrase.target } });
  return {
    guideline,
    drugEntries: compiled.entries,
    substances: compiled.substances,
    // The phrases are made from these objects alone, which the cache hands back unchanged.
    drugs: sharedMatcher(drugs, [compiled]),
    mentions: sharedMatcher([...drugs.map(as('drug')), ...conditions.map(as('condition')), ...trials.map(as('trial'))], [compiled, patientFacts, trialEntries]),
    patientFacts,
    fingerprint: contentKey(guideline.id, lexiconKey, sources.trials?.text ?? '', sources.patientFacts?.text ?? ''),
  };
}

/**
 * The cache key of the compiled drug lexicon: the content of every lexicon file (a changed,
 * added or removed file changes it), marked as long-lived (see `lexiconKeyPrefix`). Also used
 * by the fuzz tests' lexicon-only cache.
 */
export function lexiconCacheKey(lexicon: readonly SourceFile[]): string {
  let key = lexiconKeys.get(lexicon);
  if (key === undefined) {
    key = `${lexiconKeyPrefix}${contentKey('lexicon', ...lexicon.flatMap((file) => [file.path, file.text]))}`;
    lexiconKeys.set(lexicon, key);
  }
  return key;
}

/** Keys already computed, by lexicon read: the guidelines of one run share one (a megabyte or two to hash). */
const lexiconKeys = new WeakMap<readonly SourceFile[], string>();

/** A value and the findings made while computing it, kept together in the cache. */
function cachedWithDiagnostics<T>(cache: ParseCache, key: string, diagnostics: Diagnostic[], make: (found: Diagnostic[]) => T): T {
  const kept = cache.get(key) as { value: T; diagnostics: Diagnostic[] } | undefined;
  if (kept && 'value' in kept && Array.isArray(kept.diagnostics)) {
    diagnostics.push(...kept.diagnostics);
    return kept.value;
  }
  const found: Diagnostic[] = [];
  const value = make(found);
  cache.set(key, { value, diagnostics: found });
  diagnostics.push(...found);
  return value;
}

function addGuideline(sources: GuidelineSources, metadata: GuidelineMetadata | null, builder: GraphBuilder, diagnostics: Diagnostic[]): GuidelineNode {
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
  const meta = metadata ?? { key: sources.key, title: sources.key, publisher: '', language: 'sv', edition: null, source: wholeFile(`guideline-src/${sources.key}`) };
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
