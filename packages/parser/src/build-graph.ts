import type { Diagnostic, GuidelineNode, KnowledgeGraph, ReferenceNode, SectionNode } from '@guideline-as-code/model';
import type { DrugLexicon } from '@guideline-as-code/dose';
import { readChapter, type DirectiveReaders } from './chapter/read-chapter.js';
import type { ChapterState, StatementReader } from './chapter/state.js';
import type { SuppressionComment } from './chapter/suppressions.js';
import { GraphBuilder } from './graph-builder.js';
import type { GuidelineSources, SourceFile } from './guideline-sources.js';
import { doseReader } from './doses/dose-reader.js';
import { drugVocabulary, readLexicon } from './doses/read-lexicon.js';
import { parseMarkdown } from './markdown.js';
import { regimenReader } from './regimens/read-regimen.js';
import { regimenNames, type ParsedChapter } from './regimens/regimen-names.js';
import { LineIndex } from './text/line-index.js';
import { readGuidelineMetadata } from './vocabulary/guideline-metadata.js';
import { readPatientFacts, type PatientFact } from './vocabulary/patient-facts.js';
import { readReferences } from './vocabulary/references.js';
import { readTrials } from './vocabulary/trials.js';
import { addConditions, addDrugs, addTrials } from './vocabulary/vocabulary-nodes.js';
import { readYaml, type YamlFile } from './yaml/yaml-file.js';

/** Extensions that other packages plug into the reading of a guideline: more readers and blocks. */
export interface ParseExtensions {
  readers?: StatementReader[];
  directives?: DirectiveReaders;
}

/** A guideline read from its sources: the graph, what went wrong, and what editors acknowledged. */
export interface ParsedGuideline {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  suppressions: SuppressionComment[];
  patientFacts: PatientFact[];
  /** The drug lexicon and the regimens the guideline defines, as the dose rules need them. */
  lexicon: DrugLexicon;
}

/**
 * Reads all sources of one guideline into a knowledge graph. Pure: no file system access,
 * never throws on content; every problem is a diagnostic and the rest is still read.
 */
export function buildGuidelineGraph(sources: GuidelineSources, extensions: ParseExtensions = {}): ParsedGuideline {
  const diagnostics: Diagnostic[] = [];
  const builder = new GraphBuilder();
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
  const drugEntries = readLexicon(sources.lexicon, diagnostics);
  const drugs = addDrugs(drugVocabulary(drugEntries), builder);
  // Regimens are named before any prose is read, so that `sju cykler KarPak` is understood
  // wherever the regimen's block stands.
  const chapters: ParsedChapter[] = sources.chapters.map((chapter) => ({
    file: chapter.path,
    text: chapter.text,
    lines: new LineIndex(chapter.path, chapter.text),
    tree: parseMarkdown(chapter.text),
  }));
  const lexicon = { drugs: drugEntries, regimens: regimenNames(chapters, drugs) };
  const vocabulary = {
    drugs,
    trials: addTrials(trialsFile ? readTrials(trialsFile, diagnostics) : [], builder, guideline.id),
    conditions: addConditions(patientFacts, builder),
    facts: patientFacts.map((fact) => ({ id: fact.id, type: fact.type, values: fact.values.map((value) => value.value) })),
    readers: [doseReader(lexicon), ...(extensions.readers ?? [])],
  };
  const directives = { regimen: regimenReader(lexicon), ...extensions.directives };

  const suppressions: SuppressionComment[] = [];
  const shared = { trialsByNct: new Map() };
  for (const chapter of chapters) {
    const state: ChapterState = {
      file: chapter.file,
      text: chapter.text,
      lines: chapter.lines,
      guidelineId: guideline.id,
      builder,
      vocabulary,
      diagnostics,
      suppressions,
      section: null,
      statementCounts: new Map(),
      recommendationCounts: new Map(),
      ruleCounts: new Map(),
      lastStatements: [],
      ...shared,
    };
    readChapter(chapter.tree, state, directives);
  }

  const graph = builder.build(guideline.id);
  linkByKey(graph, builder);
  return { graph, diagnostics, suppressions, patientFacts, lexicon };
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
  const meta = metadata
    ? readGuidelineMetadata(metadata, sources.key, diagnostics)
    : { key: sources.key, title: sources.key, publisher: '', language: 'sv', edition: null, source: { file: `guideline-src/${sources.key}`, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
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

/** Citations cite references by key; cross-references point at sections by number. */
function linkByKey(graph: KnowledgeGraph, builder: GraphBuilder): void {
  const references = new Map<string, ReferenceNode>();
  const sections = new Map<string, SectionNode>();
  for (const node of graph.nodes) {
    if (node.type === 'reference' && !references.has(node.key)) references.set(node.key, node);
    if (node.type === 'section' && !sections.has(node.number)) sections.set(node.number, node);
  }
  for (const node of graph.nodes) {
    if (node.type === 'citation') {
      const reference = references.get(node.key);
      if (reference) builder.link('cites', node.id, reference.id);
    } else if (node.type === 'crossReference') {
      const section = sections.get(node.targetNumber);
      if (section) builder.link('refersTo', node.id, section.id);
    }
  }
}
