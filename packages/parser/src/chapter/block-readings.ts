import type { RootContent } from 'mdast';
import type { GraphEdge, GraphNode, SectionNode, StatementNode } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';
import { contentKey, type ParseCache } from '../cache/parse-cache.js';
import { rebasePositions, relativeJson } from '../text/rebase-positions.js';
import { ObservedCounts } from './observed-counts.js';
import { outerHeadings } from './outer-headings.js';
import { enterSectionHeading, headingText } from './sections.js';
import type { ChapterState, NctMention } from './state.js';
import type { parseSuppression, SuppressionComment } from './suppressions.js';
import { validLike } from '../guideline/schema-checked-nodes.js';

type PendingComment = NonNullable<ReturnType<typeof parseSuppression>>;
type CountName = 'statementCounts' | 'recommendationCounts' | 'ruleCounts';
const countNames: readonly CountName[] = ['statementCounts', 'recommendationCounts', 'ruleCounts'];

/** Where the readings of a chapter's blocks are kept, and what every reading depends on besides its block and state (the vocabulary, the regimens). */
export interface BlockCache {
  cache: ParseCache;
  fingerprint: string;
}

/** What the chapter walk carries from one top-level block to the next besides the state. */
export interface WalkLocals {
  /** `guideline-ignore` comments waiting for the block they cover. */
  pending: PendingComment[];
  /** A box whose closing `:::` an unclosed box before it took. */
  borrowedFence: RootContent | null;
}

/** Everything reading one top-level block did, with positions as they were when it was read. */
interface BlockReading {
  at: { offset: number; line: number };
  nodes: GraphNode[];
  links: [GraphEdge['type'], string, string][];
  /** Nodes of earlier blocks it looked up, with the type it found (null: none). */
  looked: [string, string | null][];
  /** Counts it read before writing them, and the counts it wrote. */
  countsRead: [CountName, string, number | undefined][];
  countsWritten: [CountName, string, number][];
  diagnostics: Diagnostic[];
  suppressions: SuppressionComment[];
  nctMentions: NctMention[];
  exit: { section: string | null; lastStatements: string[]; pending: PendingComment[]; carried: Record<string, unknown> };
}

/**
 * ChapterState fields that are the same for the whole chapter, that collect what blocks add, or
 * that are carried by a field of their own below. Every other field (`decomposedReported`, and
 * any a reader adds later) is carried from block to block as plain data: part of the key, and
 * restored when a reading is replayed. The section's `heading` and the headings above it are
 * text mapped to file offsets (`MappedText`, not plain data): their words are part of the key,
 * and a replayed heading block maps its text again where it stands now.
 */
const notCarried = new Set<string>([
  'file', 'text', 'lines', 'guidelineId', 'builder', 'vocabulary', 'diagnostics', 'suppressions', 'nctMentions', ...countNames, 'section',
  'lastStatements', 'heading', 'sectionHeadings',
]);

function carriedFields(state: ChapterState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([field]) => !notCarried.has(field)));
}

let blocksRead = 0;

/** How many top-level chapter blocks this process has read (not replayed from kept readings); for tests. */
export function chapterBlocksRead(): number {
  return blocksRead;
}

/**
 * Reads a chapter's top-level blocks, keeping what each one added to the graph (nodes, links,
 * findings, acknowledgements) so that after an edit only the blocks whose reading can differ
 * are read again. A reading is kept under the block's text and everything the walk carries
 * into it (the section it stands in, with the heading's path and title, the sentences a
 * `::villkor` line refers to, comments waiting for it), with positions relative to the block,
 * and the vocabulary it was read with. It is replayed only while what it looked at outside
 * itself is still the same: the nodes of earlier blocks it looked up and the numbering counts
 * it read. Replayed positions are moved to where the block stands now.
 */
export class BlockReadings {
  constructor(
    private readonly blocks: BlockCache,
    private readonly state: ChapterState,
    private readonly locals: WalkLocals,
    /** Whether a block's reading uses `lastStatements` (all others start by clearing them). */
    private readonly readsLastStatements: (node: RootContent) => boolean,
  ) {
    for (const name of countNames) state[name] = new ObservedCounts(state[name]);
  }

  /** Reads `node` with `read`, or replays its kept reading. */
  read(node: RootContent, read: () => void): void {
    const origin = { offset: node.position?.start.offset ?? 0, line: node.position?.start.line ?? 1 };
    if (this.locals.borrowedFence !== null || !node.position) {
      blocksRead++;
      read();
      return;
    }
    const key = this.keyOf(node, origin);
    const kept = this.blocks.cache.get(key) as BlockReading | undefined;
    if (kept && this.holds(kept)) {
      const sectionBefore = this.state.section;
      this.replay(kept, origin);
      // A heading that started a section: its text, mapped to where it stands now, is the new section's heading.
      if (node.type === 'heading' && this.state.section !== sectionBefore) enterSectionHeading(this.state, headingText(node, this.state));
      return;
    }
    const reading = this.record(origin, read);
    if (reading) this.blocks.cache.set(key, reading);
  }

  private keyOf(node: RootContent, origin: { offset: number; line: number }): string {
    const { text, section, lastStatements, file } = this.state;
    const lineStart = Math.max(text.lastIndexOf('\n', origin.offset - 1), text.lastIndexOf('\r', origin.offset - 1)) + 1;
    const statements = this.readsLastStatements(node) ? lastStatements : null;
    const headings = [this.state.heading?.text ?? null, ...outerHeadings(this.state).map((heading) => heading.text)];
    const carried = relativeJson({ section, headings, statements, pending: this.locals.pending, carried: carriedFields(this.state) }, origin);
    return contentKey('block', this.blocks.fingerprint, file, text.slice(lineStart, node.position?.end.offset ?? origin.offset), carried);
  }

  /** Whether what the kept reading looked at outside its block is as it was. */
  private holds(reading: BlockReading): boolean {
    const { builder } = this.state;
    if (builder.hasAny(reading.nodes.map((node) => node.id))) return false;
    for (const [id, type] of reading.looked) if ((builder.get(id)?.type ?? null) !== type) return false;
    for (const [name, key, value] of reading.countsRead) if (this.counts(name).get(key) !== value) return false;
    return true;
  }

  private replay(reading: BlockReading, origin: { offset: number; line: number }): void {
    const offsetDelta = origin.offset - reading.at.offset;
    const lineDelta = origin.line - reading.at.line;
    const moved = <T>(value: T): T => (offsetDelta === 0 && lineDelta === 0 ? value : rebasePositions(value, offsetDelta, lineDelta));
    const { state } = this;
    const nodes = moved(reading.nodes);
    nodes.forEach((node, index) => {
      validLike(reading.nodes[index]!, node);
      state.builder.add(node);
    });
    for (const [type, from, to] of reading.links) state.builder.link(type, from, to);
    for (const [name, key, value] of reading.countsWritten) this.counts(name).set(key, value);
    // One by one: a hostile block may hold more findings than a call may have arguments.
    for (const finding of moved(reading.diagnostics)) state.diagnostics.push(finding);
    for (const suppression of moved(reading.suppressions)) state.suppressions.push(suppression);
    for (const mention of moved(reading.nctMentions)) state.nctMentions.push(mention);
    const { exit } = reading;
    state.section = exit.section === null ? null : ((state.builder.get(exit.section) as SectionNode | undefined) ?? null);
    state.lastStatements = exit.lastStatements.map((id) => state.builder.get(id) as StatementNode);
    Object.assign(state, rebasePositions(exit.carried, offsetDelta, lineDelta));
    this.locals.pending = [...moved(exit.pending)];
  }

  /** Reads the block, watching what it does; null when its reading cannot be kept. */
  private record(at: { offset: number; line: number }, read: () => void): BlockReading | null {
    const { state } = this;
    const reading: BlockReading = { at, nodes: [], links: [], looked: [], countsRead: [], countsWritten: [], diagnostics: [], suppressions: [], nctMentions: [], exit: { section: null, lastStatements: [], pending: [], carried: {} } };
    const before = { diagnostics: state.diagnostics.length, suppressions: state.suppressions.length, nctMentions: state.nctMentions.length };
    const added = new Set<string>();
    const written = new Set<string>();
    let keepable = true;
    state.builder.observer = {
      added(node, stored) {
        // A node renamed because an earlier block took its id depends on that block: read it again each time.
        if (stored.id !== node.id && !added.has(node.id)) keepable = false;
        added.add(stored.id);
        reading.nodes.push(stored);
      },
      linked: (type, from, to) => void reading.links.push([type, from, to]),
      looked(id, found) {
        if (!added.has(id)) reading.looked.push([id, found?.type ?? null]);
      },
    };
    for (const name of countNames) {
      this.counts(name).observer = (access, key, value) => {
        if (access === 'write') {
          written.add(`${name} ${key}`);
          reading.countsWritten.push([name, key, value!]);
        } else if (!written.has(`${name} ${key}`)) reading.countsRead.push([name, key, value]);
      };
    }
    try {
      blocksRead++;
      read();
    } finally {
      state.builder.observer = undefined;
      for (const name of countNames) this.counts(name).observer = undefined;
    }
    reading.diagnostics = state.diagnostics.slice(before.diagnostics);
    reading.suppressions = state.suppressions.slice(before.suppressions);
    reading.nctMentions = state.nctMentions.slice(before.nctMentions);
    reading.exit = {
      section: state.section?.id ?? null,
      lastStatements: state.lastStatements.map((statement) => statement.id),
      // A copy: a later block must not change what this reading hands on.
      carried: structuredClone(carriedFields(state)),
      pending: [...this.locals.pending],
    };
    // An unclosed box reaches into the blocks after it, and its finding names a line number.
    if (this.locals.borrowedFence !== null || reading.diagnostics.some((finding) => finding.ruleId === 'unclosed-directive')) keepable = false;
    return keepable ? reading : null;
  }

  private counts(name: CountName): ObservedCounts {
    return this.state[name] as ObservedCounts;
  }
}
