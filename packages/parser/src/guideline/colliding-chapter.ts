import type { GraphEdge, GraphNode } from '@guideline-as-code/model';
import { contentKey, type ParseCache } from '../cache/parse-cache.js';
import { GraphBuilder } from '../graph-builder.js';
import { readChapterInto, type ChapterContext, type ChapterFragment, type ChapterSource } from './chapter-fragment.js';

type ReadResult = Omit<ChapterFragment, 'nodes' | 'edges'>;

/**
 * One thing reading a chapter into the guideline's builder did, in order. Reading depends on
 * the builder only through these answers: which ids are taken (`add` gives a taken id a `~n`
 * suffix) and which nodes `get` finds (a parent section, the statement that owns a dose).
 */
type Step =
  | { added: GraphNode; asked: string }
  | { looked: string; found: 'own' | 'none' }
  | { looked: string; found: 'other'; json: string }
  | { linked: [GraphEdge['type'], string, string] };

/** What a colliding chapter's reading asked and added, kept so that it can be replayed. */
interface Replay {
  /** The ids of the chapter's fragment (read on its own): the reading applies only while one of them is taken. */
  fragmentIds: string[];
  steps: Step[];
  result: ReadResult;
}

/** Where the reading of a chapter into its guideline is kept: by its text and what it is read with (`fingerprint`). */
function replayKey(chapter: ChapterSource, fingerprint: string): string {
  return contentKey('chapter-into', fingerprint, chapter.file, chapter.text);
}

/**
 * The kept reading of a chapter whose ids collide with earlier chapters', added to the
 * guideline's builder, if it applies: its fragment's ids still collide (else the fragment is
 * added instead, as without a cache) and the builder answers every question of the reading as
 * it was answered. Reading is deterministic in the chapter's text, its context (both in the
 * key) and those answers, so a replay adds exactly what reading again would. Undefined, and
 * nothing added, when there is none or it does not apply (an earlier chapter changed its ids).
 */
export function replayCollidingChapter(chapter: ChapterSource, builder: GraphBuilder, cache: ParseCache, fingerprint: string): ReadResult | undefined {
  const kept = cache.get(replayKey(chapter, fingerprint)) as Replay | undefined;
  if (kept === undefined || !builder.hasAny(kept.fragmentIds) || !replays(kept.steps, builder)) return undefined;
  for (const step of kept.steps) {
    if ('added' in step) builder.add(step.added);
    else if ('linked' in step) builder.link(...step.linked);
  }
  return kept.result;
}

/**
 * Reads a chapter whose ids (`fragmentIds`, of its fragment) collide with earlier chapters'
 * into the guideline's builder, as `readChapterInto` does, and keeps the reading with every
 * answer the builder gave it, for `replayCollidingChapter`.
 */
export function readCollidingChapter(
  chapter: ChapterSource,
  context: ChapterContext,
  builder: GraphBuilder,
  kept: { cache: ParseCache; fingerprint: string },
  fragmentIds: string[],
): ReadResult {
  const recorder = new RecordingBuilder(builder);
  const result = readChapterInto(chapter, context, recorder);
  const steps = recorder.finish();
  if (steps !== null) kept.cache.set(replayKey(chapter, kept.fingerprint), { fragmentIds, steps, result } satisfies Replay);
  return result;
}

/** Whether the builder, with the replayed nodes added in turn, answers every step as it was answered. */
function replays(steps: readonly Step[], builder: GraphBuilder): boolean {
  const own = new Set<string>();
  const taken = (id: string) => own.has(id) || builder.get(id) !== undefined;
  for (const step of steps) {
    if ('added' in step) {
      // The id it was stored under must be the first free one, as GraphBuilder.add picks it.
      if (firstFree(step.asked, taken) !== step.added.id) return false;
      own.add(step.added.id);
    } else if ('looked' in step) {
      if (own.has(step.looked) !== (step.found === 'own')) return false;
      if (step.found === 'own') continue;
      const found = builder.get(step.looked);
      if (step.found === 'none' && found !== undefined) return false;
      if (step.found === 'other' && (found === undefined || JSON.stringify(found) !== step.json)) return false;
    }
  }
  return true;
}

/** The id GraphBuilder.add stores a node asked for as `id` under: `id`, else `id~2`, `id~3`, … */
function firstFree(id: string, taken: (id: string) => boolean): string {
  let free = id;
  for (let n = 2; taken(free); n++) free = `${id}~${n}`;
  return free;
}

/**
 * A builder that passes everything on to the guideline's builder and notes each step. A node
 * of another chapter that the reading looked up is compared again at the end: a reading that
 * changed it cannot be replayed, and is not kept.
 */
class RecordingBuilder extends GraphBuilder {
  private readonly steps: Step[] = [];
  private readonly own = new Set<string>();
  private readonly others: { node: GraphNode; json: string }[] = [];

  constructor(private readonly target: GraphBuilder) {
    super();
  }

  override add<T extends GraphNode>(node: T): T {
    const stored = this.target.add(node);
    this.own.add(stored.id);
    this.steps.push({ added: stored, asked: node.id });
    return stored;
  }

  override get(id: string): GraphNode | undefined {
    const found = this.target.get(id);
    if (found === undefined) this.steps.push({ looked: id, found: 'none' });
    else if (this.own.has(id)) this.steps.push({ looked: id, found: 'own' });
    else {
      const json = JSON.stringify(found);
      this.others.push({ node: found, json });
      this.steps.push({ looked: id, found: 'other', json });
    }
    return found;
  }

  override link(type: GraphEdge['type'], from: string, to: string): void {
    this.steps.push({ linked: [type, from, to] });
    this.target.link(type, from, to);
  }

  // Reading a chapter only adds, looks up and links; anything else would escape the record.
  override hasAny(): boolean {
    throw new Error('RecordingBuilder: reading a chapter does not ask hasAny()');
  }

  override append(): void {
    throw new Error('RecordingBuilder: reading a chapter does not append()');
  }

  override removeNodes(): void {
    throw new Error('RecordingBuilder: reading a chapter does not removeNodes()');
  }

  override build(): never {
    throw new Error('RecordingBuilder: reading a chapter does not build()');
  }

  /** The steps, with the nodes as they ended up; null when a node of another chapter was changed. */
  finish(): Step[] | null {
    if (this.others.some(({ node, json }) => JSON.stringify(node) !== json)) return null;
    return JSON.parse(JSON.stringify(this.steps)) as Step[];
  }
}
