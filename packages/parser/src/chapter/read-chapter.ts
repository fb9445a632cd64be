import type { Html, Nodes, Root, RootContent, Yaml } from 'mdast';
import type { SectionNode } from '@guideline-as-code/model';
import { readYaml } from '../yaml/yaml-file.js';
import { readValidSource } from '../sources/read-source.js';
import { readProse } from './prose.js';
import { readRule, ruleDirectiveNames } from './read-rule.js';
import { readRecommendations } from './recommendations.js';
import { readHeading } from './sections.js';
import type { ChapterState } from './state.js';
import { isIgnoreComment, parseSuppression } from './suppressions.js';
import { coverNode, readInlineSuppressions, readItemSuppressions } from './item-suppressions.js';
import { limitNesting, nestingLimit } from '../text/nesting.js';
import { composeDirectiveAttributes } from '../text/compose-attributes.js';
import { splitUnclosedDirective, whole } from './directive-breaks.js';
import { BlockReadings, type BlockCache, type WalkLocals } from './block-readings.js';

type Block = RootContent;

const commentOnly = /^<!--[\s\S]*?-->$/;

/** Directive blocks that other modules read (e.g. regimen tables), by directive name. */
export type DirectiveReaders = Record<
  string,
  (node: Extract<Block, { type: 'containerDirective' }>, state: ChapterState, readBlock: (node: Block) => void) => void
>;

/**
 * Walks one chapter file block by block: headings open sections, paragraphs become
 * statements, directive boxes go to their readers, comments may acknowledge findings.
 * Every block is either read or reported; nothing is skipped silently.
 */
export function readChapter(tree: Root, state: ChapterState, directives: DirectiveReaders = {}, blocks?: BlockCache): void {
  // Comments waiting for the block they cover, and the box whose closing `:::` an unclosed
  // box before it took (it is not reported as unclosed).
  const locals: WalkLocals = { pending: [], borrowedFence: null };

  const readBlock = (node: Block): void => {
    if (node.type === 'html') {
      const suppression = parseSuppression(node.value, spanOf(node, state), state.diagnostics);
      if (suppression) locals.pending.push(suppression);
      // Text after a comment's `-->` on its line, or a comment never closed, would be lost without a word.
      else if (!isIgnoreComment(node.value) && !commentOnly.test(node.value.trim())) reportIgnored(node, state);
      return;
    }
    for (const suppression of locals.pending) state.suppressions.push(coverNode(suppression, node, state));
    locals.pending = [];
    if (node.type === 'paragraph') readInlineSuppressions(node, node, state);
    if (node.type === 'leafDirective' && ruleDirectiveNames.has(node.name)) {
      if (ensureSection(node, state)) readRule(node, state);
      return;
    }
    state.lastStatements = [];
    switch (node.type) {
      case 'yaml':
        readFrontMatter(node, state);
        return;
      case 'heading':
        readHeading(node, state);
        return;
      case 'paragraph':
        reportMalformedDirective(node, state);
        reportMalformedTable(node, state);
        if (ensureSection(node, state)) readProse(node, { context: 'prose', parentId: state.section!.id }, state);
        return;
      case 'list':
      case 'blockquote':
        for (const child of node.children) readBlock(child as Block);
        return;
      case 'listItem':
        // A comment indented under a bullet covers that bullet, not the block after it.
        for (const child of readItemSuppressions(node, state)) readBlock(child as Block);
        return;
      case 'table':
        if (!ensureSection(node, state)) return;
        for (const row of node.children) for (const cell of row.children) readProse(cell, { context: 'table', parentId: state.section!.id }, state);
        return;
      case 'containerDirective': {
        const { box, after, borrowedFence: taken } = node === locals.borrowedFence ? whole(node) : splitUnclosedDirective(node, state);
        locals.borrowedFence = taken;
        if (!ensureSection(box, state)) return;
        if (box.name === 'recommendations') readRecommendations(box, state, readBlock);
        else if (directives[box.name]) directives[box.name]!(box, state, readBlock);
        else {
          reportUnknownDirective(box.name, box, state);
          for (const child of box.children) readBlock(child);
        }
        // Read as if the box had been closed before them: the break is reported once, at the box.
        for (const child of after) readBlock(child);
        return;
      }
      case 'thematicBreak':
        return;
      default:
        reportIgnored(node, state);
    }
  };

  reportDeepNesting(state);
  composeDirectiveAttributes(tree);
  const readings = blocks ? new BlockReadings(blocks, state, locals, readsLastStatements) : null;
  for (const node of tree.children) {
    if (readings) readings.read(node, () => readBlock(node));
    else readBlock(node);
  }
  if (locals.pending.length > 0) {
    for (const suppression of locals.pending) state.suppressions.push({ ...suppression, covers: { file: state.file, start: 0, end: 0 } });
  }
}

/** Whether reading `node` uses the statements of the block before: a `::villkor` line refers to them, a comment passes them on. */
function readsLastStatements(node: Block): boolean {
  return node.type === 'html' || (node.type === 'leafDirective' && ruleDirectiveNames.has(node.name));
}

function spanOf(node: Nodes, state: ChapterState) {
  return state.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** Text before the first numbered heading has no section; it is reported and read under a stand-in. */
function ensureSection(node: Nodes, state: ChapterState): boolean {
  if (state.section) return true;
  state.diagnostics.push({
    ruleId: 'section-number',
    severity: 'error',
    message: {
      en: 'This text stands before the first numbered heading, so it belongs to no section. Start the file with a heading such as `# 13 Title`.',
      sv: 'Texten står före första numrerade rubrik och hör därför inte till något avsnitt. Börja filen med en rubrik som `# 13 Rubrik`.',
    },
    source: spanOf(node, state),
  });
  const standIn = state.builder.add<SectionNode>({
    id: 'section:0',
    type: 'section',
    source: spanOf(node, state),
    number: '0',
    title: '',
    depth: 1,
    path: ['0'],
  });
  state.builder.link('contains', state.guidelineId, standIn.id);
  state.section = standIn;
  return true;
}

function readFrontMatter(node: Yaml, state: ChapterState): void {
  // Blank out everything before the YAML value so that positions are those of the file.
  const start = node.position?.start.offset ?? 0;
  const valueStart = state.text.indexOf('\n', start) + 1;
  const padded = state.text.slice(0, valueStart).replace(/[^\n]/g, ' ') + node.value;
  const yaml = readYaml(state.file, padded);
  state.diagnostics.push(...yaml.diagnostics);
  if (yaml.value !== undefined && yaml.value !== null) readValidSource('chapterFrontMatter', yaml, state.diagnostics);
}

/** Nesting beyond what parsing allows was flattened before parsing (see `limitNesting`); say where. */
function reportDeepNesting(state: ChapterState): void {
  for (const line of limitNesting(state.text).deep) {
    state.diagnostics.push({
      ruleId: 'nesting-depth',
      severity: 'error',
      message: {
        en: `Lists or block quotes are nested ${line.depth} levels deep here; only ${nestingLimit} are read as such, the rest as plain text.`,
        sv: `Listor eller citat är nästlade ${line.depth} nivåer djupt här; bara ${nestingLimit} läses som sådana, resten som vanlig text.`,
      },
      source: state.lines.span(line.offset, line.offset + 1),
    });
  }
}

/** Lines that all start with `|` but make no table (its delimiter row is missing or broken). */
function reportMalformedTable(node: Nodes, state: ChapterState): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const lines = state.text.slice(start, end).split(/\r?\n|\r/);
  if (lines.length < 2 || !lines.every((line) => line.trimStart().startsWith('|'))) return;
  const firstLineEnd = state.text.indexOf('\n', start);
  state.diagnostics.push({
    ruleId: 'malformed-table',
    severity: 'error',
    message: {
      en: 'These lines look like a table but are not one: the second line must be a delimiter row such as `| --- | --- |`, with as many cells as the first. They were read as prose.',
      sv: 'Raderna ser ut som en tabell men är ingen: andra raden måste vara en avgränsarrad som `| --- | --- |`, med lika många celler som den första. De lästes som löptext.',
    },
    source: state.lines.span(start, firstLineEnd === -1 ? end : Math.min(end, firstLineEnd)),
  });
}

/** `:::name[label` with the label never closed is not a block: say so instead of reading it as prose silently. */
function reportMalformedDirective(node: Nodes, state: ChapterState): void {
  const start = node.position?.start.offset ?? 0;
  if (!state.text.startsWith(':::', start)) return;
  state.diagnostics.push({
    ruleId: 'malformed-directive',
    severity: 'error',
    message: {
      en: 'This line starts with `:::` but is not a valid block opening; write it as `:::name[Title]` (for example `:::recommendations[Rekommendationer]`). Its text was read as ordinary prose.',
      sv: 'Raden börjar med `:::` men öppnar inget giltigt block; skriv den som `:::namn[Rubrik]` (till exempel `:::recommendations[Rekommendationer]`). Texten lästes som vanlig löptext.',
    },
    source: state.lines.span(start, state.text.indexOf('\n', start) === -1 ? state.text.length : state.text.indexOf('\n', start)),
  });
}

function reportUnknownDirective(name: string, node: Nodes, state: ChapterState): void {
  state.diagnostics.push({
    ruleId: 'unknown-directive',
    severity: 'error',
    message: {
      en: `Unknown block \`:::${name}\`; known blocks are \`:::recommendations\` and \`:::regimen\`. Its text was read as ordinary prose.`,
      sv: `Okänt block \`:::${name}\`; kända block är \`:::recommendations\` och \`:::regimen\`. Texten lästes som vanlig löptext.`,
    },
    source: spanOf(node, state),
  });
}

function reportIgnored(node: Nodes, state: ChapterState): void {
  state.diagnostics.push({
    ruleId: 'unsupported-markdown',
    severity: 'warning',
    message: {
      en: `A \`${node.type}\` block is not guideline text and was not read; write prose, lists, tables or a known block instead.`,
      sv: `Ett \`${node.type}\`-block är inte riktlinjetext och lästes inte; skriv löptext, listor, tabeller eller ett känt block.`,
    },
    source: spanOf(node, state),
  });
}
