import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';
import type { DrugLexicon } from '@guideline-as-code/dose';
import { noCache, contentKey, type ParseCache } from './cache/parse-cache.js';
import type { DirectiveReaders } from './chapter/read-chapter.js';
import type { NctMention, StatementReader, Vocabulary } from './chapter/state.js';
import type { SuppressionComment } from './chapter/suppressions.js';
import { doseReader } from './doses/dose-reader.js';
import { GraphBuilder } from './graph-builder.js';
import { dropUnusedDrugs } from './guideline/drop-unused-drugs.js';
import { addIndexDrugs } from './guideline/add-index-drugs.js';
import { ChapterSource, readChapterFragment, type ChapterContext, type ChapterFragment } from './guideline/chapter-fragment.js';
import { readCollidingChapter, replayCollidingChapter } from './guideline/colliding-chapter.js';
import { linkByKey } from './guideline/link-by-key.js';
import { readSharedSources } from './guideline/read-shared-sources.js';
import { resolveNctMentions } from './guideline/resolve-nct-mentions.js';
import type { GuidelineSources } from './guideline-sources.js';
import { regimenReader } from './regimens/read-regimen.js';
import { regimenNames } from './regimens/regimen-names.js';
import type { PatientFact } from './vocabulary/patient-facts.js';

/** Extensions that other packages plug into the reading of a guideline: more readers and blocks. */
export interface ParseExtensions {
  readers?: StatementReader[];
  directives?: DirectiveReaders;
  /** Keeps chapter results by content hash between runs; not used together with readers or directives. */
  cache?: ParseCache;
  /**
   * Keeps the reading of every top-level block of a chapter too, so that an edited chapter
   * reads only the blocks the edit can change (chapter/block-readings.ts). For an editing
   * session, in memory: a cache on disk would write a file per block.
   */
  blocks?: ParseCache;
}

/** A guideline read from its sources: the graph, what went wrong, and what editors acknowledged. */
export interface ParsedGuideline {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  suppressions: SuppressionComment[];
  patientFacts: PatientFact[];
  /** The drug lexicon and the regimens the guideline defines, as the dose rules need them. */
  lexicon: DrugLexicon;
  /** Nodes already validated against the schema when their chapter was read (findings are in `diagnostics`). */
  validatedNodes: ReadonlySet<string>;
}

/**
 * Reads all sources of one guideline into a knowledge graph. Pure: no file system access,
 * never throws on content; every problem is a diagnostic and the rest is still read. Each
 * chapter is read on its own into a fragment that a cache can keep by content hash, so a
 * check after editing one chapter reads only that chapter again.
 */
export function buildGuidelineGraph(sources: GuidelineSources, extensions: ParseExtensions = {}): ParsedGuideline {
  const diagnostics: Diagnostic[] = [];
  const builder = new GraphBuilder();
  const custom = extensions.readers !== undefined || extensions.directives !== undefined;
  const cache = custom ? noCache : (extensions.cache ?? noCache);
  const shared = readSharedSources(sources, builder, cache, diagnostics);
  const chapters = sources.chapters.map((chapter) => new ChapterSource(chapter));

  // Regimens are named before any prose is read, so that `sju cykler KarPak` is understood
  // wherever the regimen's block stands.
  const regimens = chapters.flatMap((chapter) =>
    cached(cache, contentKey('regimens', shared.fingerprint, chapter.file, chapter.text), () => regimenNames(chapter, shared.drugs)),
  );
  const lexicon: DrugLexicon = { drugs: shared.drugEntries, regimens, substances: shared.substances };
  const vocabulary: Vocabulary = {
    drugs: shared.drugs,
    mentions: shared.mentions,
    facts: shared.patientFacts.map((fact) => ({ id: fact.id, type: fact.type, values: fact.values.map((value) => value.value) })),
    readers: [doseReader(lexicon), ...(extensions.readers ?? [])],
  };
  const context: ChapterContext = {
    guidelineId: shared.guideline.id,
    vocabulary,
    directives: { regimen: regimenReader(lexicon), ...extensions.directives },
  };
  // What prose is read with: regimen names and drugs, not where the blocks stand.
  const fingerprint = contentKey(shared.fingerprint, JSON.stringify(regimens.map((r) => [r.id, r.name, r.names, r.components])));
  if (!custom && extensions.blocks) context.blocks = { cache: extensions.blocks, fingerprint: contentKey(fingerprint, shared.guideline.id) };

  const suppressions: SuppressionComment[] = [];
  const nctMentions: NctMention[] = [];
  const validatedNodes = new Set<string>();
  for (const chapter of chapters) {
    const result = addChapter(chapter, context, builder, validatedNodes, { cache, fingerprint });
    diagnostics.push(...result.diagnostics);
    suppressions.push(...result.suppressions);
    nctMentions.push(...result.nctMentions);
  }
  resolveNctMentions(nctMentions, builder, shared.guideline.id, diagnostics);
  linkByKey({ nodes: builder.build(shared.guideline.id).nodes }, builder);
  addIndexDrugs(builder.build(shared.guideline.id), shared.substances, builder);
  dropUnusedDrugs(builder.build(shared.guideline.id), builder);
  return { graph: builder.build(shared.guideline.id), diagnostics, suppressions, patientFacts: shared.patientFacts, lexicon, validatedNodes };
}

/**
 * Adds a chapter's fragment. Ids of different chapters only collide when the sources are
 * wrong (the same section number in two files) or the same trial's doses are given in two
 * chapters; then the chapter is read again into the guideline's own builder, which keeps both
 * nodes and lets the rules report the duplicate. The cache keeps such a reading, which is
 * replayed (without taking the fragment from the cache) when it still applies.
 */
function addChapter(
  chapter: ChapterSource,
  context: ChapterContext,
  builder: GraphBuilder,
  validatedNodes: Set<string>,
  kept: { cache: ParseCache; fingerprint: string },
): Omit<ChapterFragment, 'nodes' | 'edges'> {
  const replayed = replayCollidingChapter(chapter, builder, kept.cache, kept.fingerprint);
  if (replayed) return replayed;
  const fragment = cached(kept.cache, contentKey('chapter', kept.fingerprint, chapter.file, chapter.text), () => readChapterFragment(chapter, context));
  const ids = fragment.nodes.map((node) => node.id);
  if (builder.hasAny(ids)) return readCollidingChapter(chapter, context, builder, kept, ids);
  builder.append(fragment);
  for (const node of fragment.nodes) validatedNodes.add(node.id);
  return fragment;
}

function cached<T>(cache: ParseCache, key: string, make: () => T): T {
  const kept = cache.get(key);
  if (kept !== undefined) return kept as T;
  const made = make();
  cache.set(key, made);
  return made;
}

