import type { BlockContent, Html, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { directiveToMarkdown } from 'mdast-util-directive';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import type { KnowledgeGraph, RuleNode, StatementNode } from '@guideline-as-code/model';
import type { SuppressionComment } from '../chapter/suppressions.js';
import { chapterBlocks, type ChapterBlock, type GraphParts, type ParagraphBlock } from './chapter-blocks.js';
import { placeCitations } from './citation-placement.js';
import { regimenTableCells } from './regimen-table.js';

/** What to render besides the graph. */
export interface RenderOptions {
  /** Acknowledgements to write back as `guideline-ignore` comments before the blocks they cover. */
  suppressions?: readonly SuppressionComment[];
  /** The title of recommendation boxes, which the graph does not keep. */
  recommendationsTitle?: string;
}

/**
 * Writes one chapter of a graph back as Markdown in the guideline convention: numbered
 * headings, recommendation boxes with their decision rules, paragraphs of statements with the
 * citations back in place, tables, and regimen blocks with their tables. Reading the result
 * again gives the same graph, except for source positions. What the graph does not keep is
 * not written: front matter, comments other than acknowledgements, emphasis, the title of a
 * recommendation box (written as `Rekommendationer`), and table cells that could not be read.
 */
export function renderChapterMarkdown(graph: KnowledgeGraph, file: string, options: RenderOptions = {}): string {
  const { blocks, parts } = chapterBlocks(graph, file);
  const comments = [...(options.suppressions ?? [])].filter((comment) => comment.source.file === file).sort((a, b) => a.source.start.offset - b.source.start.offset);
  const children: RootContent[] = [];
  for (const block of blocks) {
    // An acknowledgement goes before the first block that started after it in the source.
    while (comments.length > 0 && comments[0]!.source.end.offset <= startOf(block)) children.push(commentNode(comments.shift()!));
    children.push(...blockNodes(block, parts, options));
  }
  children.push(...comments.map(commentNode));
  return stringifier().stringify({ type: 'root', children } satisfies Root);
}

/** Every chapter file the graph has nodes from, rendered; by file path. */
export function renderGuidelineMarkdown(graph: KnowledgeGraph, options: RenderOptions = {}): Map<string, string> {
  const files = new Set(graph.nodes.filter((node) => node.type === 'section' || node.type === 'statement').map((node) => node.source.file));
  return new Map([...files].map((file) => [file, renderChapterMarkdown(graph, file, options)]));
}

function blockNodes(block: ChapterBlock, parts: GraphParts, options: RenderOptions): RootContent[] {
  switch (block.kind) {
    case 'heading': {
      const { section } = block;
      return [{ type: 'heading', depth: Math.min(6, Math.max(1, section.depth)) as 1, children: [{ type: 'text', value: `${section.number} ${section.title}` }] }];
    }
    case 'paragraph':
      return [paragraphNode(block.statements, parts), ...block.rules.map((rule) => ruleNode(rule, block.statements))];
    case 'table':
      return [tableNode(rowsOf(block.statements).map((row) => row.map((statement) => sentencePhrasing(statement, parts)))), ...block.rules.map((rule) => ruleNode(rule, block.statements))];
    case 'recommendations': {
      const items: ListItem[] = block.items.map((item) => ({
        type: 'listItem',
        spread: false,
        children: [...item.paragraphs.map((paragraph) => paragraphNode(paragraph.statements, parts)), ...item.rules.map((rule) => ruleNode(rule, lastParagraph(item.paragraphs)))],
      }));
      const box: ContainerDirective = {
        type: 'containerDirective',
        name: 'recommendations',
        attributes: {},
        children: [label(options.recommendationsTitle ?? 'Rekommendationer'), { type: 'list', ordered: false, spread: false, children: items }],
      };
      return [box];
    }
    case 'regimen': {
      const { regimen } = block;
      const { header, rows } = regimenTableCells(block.components);
      const intent = regimen.intent.notStated ? {} : { intent: regimen.intent.value === 'palliative' ? 'palliativ' : 'kurativ' };
      const children: BlockContent[] = [label(regimen.name.value)];
      if (header.length > 0) children.push(tableNode([header, ...rows].map((row) => row.map((cell) => [{ type: 'text', value: cell } as PhrasingContent]))));
      return [{ type: 'containerDirective', name: 'regimen', attributes: { id: regimen.key, ...intent }, children } satisfies ContainerDirective];
    }
  }
}

function paragraphNode(statements: readonly StatementNode[], parts: GraphParts): Paragraph {
  const children: PhrasingContent[] = [];
  statements.forEach((statement, index) => {
    if (index > 0) children.push({ type: 'text', value: ' ' });
    children.push(...sentencePhrasing(statement, parts));
  });
  return { type: 'paragraph', children: mergeText(children) };
}

/** A sentence with its citation groups, each written with a space before it. */
function sentencePhrasing(statement: StatementNode, parts: GraphParts): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  const pieces = placeCitations(statement, parts.citationsOf(statement));
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') {
      const after = index > 0 && pieces[index - 1]!.kind === 'citations' && !/^[\s.,;:!?)]/.test(piece.text) ? ' ' : '';
      children.push({ type: 'text', value: after + piece.text });
    } else {
      if (index > 0) children.push({ type: 'text', value: ' ' });
      children.push({ type: 'citationGroup', keys: piece.keys } as unknown as PhrasingContent);
    }
  });
  return children;
}

/** `::villkor[condition]{#id regim=… mening="…"}`; `mening` only when the paragraph has several sentences. */
function ruleNode(rule: RuleNode, statements: readonly StatementNode[]): LeafDirective {
  const attributes: Record<string, string> = {};
  if (!/^\d+(\.\d+)*:\d+$/.test(rule.key)) attributes['id'] = rule.key;
  if (rule.regimens.length > 0) attributes['regim'] = rule.regimens.map((id) => id.replace(/^regimen:/, '')).join(',');
  const target = statements.find((statement) => statement.id === rule.recommendation);
  if (target && statements.length > 1) attributes['mening'] = firstWords(target, statements);
  return { type: 'leafDirective', name: 'villkor', attributes, children: [{ type: 'text', value: rule.conditionText.value }] };
}

/** The fewest first words of a sentence that no other sentence of its paragraph starts with. */
function firstWords(target: StatementNode, statements: readonly StatementNode[]): string {
  const words = target.text.value.split(/(?<=\s)/);
  for (let n = 1; n <= words.length; n++) {
    const start = words.slice(0, n).join('').trimEnd();
    if (statements.filter((statement) => statement.text.value.startsWith(start)).length === 1) return start;
  }
  return target.text.value;
}

function lastParagraph(paragraphs: readonly ParagraphBlock[]): StatementNode[] {
  return paragraphs.at(-1)?.statements ?? [];
}

/** Table cells by row: a row is the statements of one source line, cells in source order. */
function rowsOf(statements: readonly StatementNode[]): StatementNode[][] {
  const rows = new Map<number, StatementNode[]>();
  for (const statement of statements) rows.set(statement.source.start.line, [...(rows.get(statement.source.start.line) ?? []), statement]);
  return [...rows.values()];
}

function tableNode(rows: PhrasingContent[][][]): Table {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const cell = (children: PhrasingContent[] = []): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map((row) => ({ type: 'tableRow', children: Array.from({ length: width }, (_, index) => cell(row[index])) })),
  };
}

function label(text: string): Paragraph {
  return { type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: text }] };
}

function commentNode(comment: SuppressionComment): Html {
  const quote = comment.quote === undefined ? '' : ` "${comment.quote}"`;
  return { type: 'html', value: `<!-- guideline-ignore ${comment.ruleIds.join(' ')}${quote}: ${comment.reason} -->` };
}

function startOf(block: ChapterBlock): number {
  switch (block.kind) {
    case 'heading':
      return block.section.source.start.offset;
    case 'paragraph':
    case 'table':
      return block.statements[0]!.source.start.offset;
    case 'recommendations':
      return block.items[0]!.recommendation.source.start.offset;
    case 'regimen':
      return block.regimen.source.start.offset;
  }
}

/** Neighbouring text nodes as one, so that escaping sees the whole sentence. */
function mergeText(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (last?.type === 'text' && child.type === 'text') last.value += child.value;
    else merged.push(child.type === 'text' ? { ...child } : child);
  }
  return merged;
}

let processor: Processor<undefined, undefined, undefined, Root, string> | undefined;

/** Made on first use, so that importing the parser costs nothing to tools that never render. */
function stringifier(): Processor<undefined, undefined, undefined, Root, string> {
  processor ??= makeStringifier();
  return processor;
}

/**
 * remark-stringify with tables and directives. Citation groups are written as they are:
 * escaping their brackets would be correct Markdown but not the convention. Only the block
 * directive syntax is escaped, since text directives are off (`3:e` needs no backslash).
 */
function makeStringifier(): Processor<undefined, undefined, undefined, Root, string> {
  return unified()
    .use(function tables(this: Processor) {
      (this.data().toMarkdownExtensions ??= []).push(gfmTableToMarkdown({ tablePipeAlign: false }));
    })
    .use(function directives(this: Processor) {
      const { handlers, unsafe } = directiveToMarkdown();
      const data = this.data();
      (data.toMarkdownExtensions ??= []).push({ handlers, unsafe: (unsafe ?? []).filter((pattern) => pattern.atBreak) });
    })
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '*',
      fences: true,
      listItemIndent: 'one',
      handlers: {
        citationGroup: (node: { keys: string[] }) => `[${node.keys.map((key) => `@${key}`).join('; ')}]`,
      } as never,
      join: [
        // A decision rule stands on the line right after the text it is about.
        (left, right) => (left.type === 'paragraph' && right.type === 'leafDirective' ? 0 : undefined),
      ],
    }) as never;
}
