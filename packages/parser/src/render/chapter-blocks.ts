import type { GraphNode, KnowledgeGraph, RecommendationNode, RegimenComponentNode, RegimenNode, RuleNode, SectionNode, StatementNode, CitationNode } from '@guideline-as-code/model';

/** A paragraph: statements that were read from one block of text, with their citations. */
export interface ParagraphBlock {
  kind: 'paragraph';
  statements: StatementNode[];
  /** Decision rules written right after the paragraph. */
  rules: RuleNode[];
}

/** The blocks of a chapter, in the order the source gives them. */
export type ChapterBlock =
  | { kind: 'heading'; section: SectionNode }
  | ParagraphBlock
  | { kind: 'table'; statements: StatementNode[]; rules: RuleNode[] }
  | { kind: 'recommendations'; items: { recommendation: RecommendationNode; paragraphs: ParagraphBlock[]; rules: RuleNode[] }[] }
  | { kind: 'regimen'; regimen: RegimenNode; components: RegimenComponentNode[] };

/** What the renderer looks up in the graph while it writes: the citations of a statement, in source order. */
export interface GraphParts {
  citationsOf(statement: StatementNode): CitationNode[];
}

/**
 * Recovers the block structure of one chapter file from the graph: sections, paragraphs of
 * statements, tables, recommendation boxes, regimen blocks and the rules that follow them.
 * The graph does not keep paragraphs, so they are told from source positions: sentences of
 * one paragraph stand on the same line or wrap onto the next line at the left margin; a
 * blank line or any other block between them starts a new paragraph.
 */
export function chapterBlocks(graph: KnowledgeGraph, file: string): { blocks: ChapterBlock[]; parts: GraphParts } {
  const nodes = graph.nodes.filter((node) => node.source.file === file);
  const children = childrenOf(graph);
  const statementsOf = (id: string) => (children.get(id) ?? []).filter((node): node is StatementNode => node.type === 'statement');
  const rules = nodes.filter((node): node is RuleNode => node.type === 'rule');
  const rulesAfter = (targets: readonly string[]) => rules.filter((rule) => targets.includes(rule.recommendation));

  const anchors = nodes
    .filter(
      (node) =>
        node.type === 'section' ||
        node.type === 'recommendation' ||
        node.type === 'regimen' ||
        (node.type === 'statement' && node.context !== 'recommendation'),
    )
    .sort(bySource);

  const blocks: ChapterBlock[] = [];
  for (const node of anchors) {
    const last = blocks.at(-1);
    if (node.type === 'section') {
      if (node.number !== '0' || node.title !== '') blocks.push({ kind: 'heading', section: node });
    } else if (node.type === 'regimen') {
      const components = (children.get(node.id) ?? []).filter((child): child is RegimenComponentNode => child.type === 'regimenComponent').sort(bySource);
      blocks.push({ kind: 'regimen', regimen: node, components });
    } else if (node.type === 'recommendation') {
      const item = { recommendation: node, paragraphs: paragraphsOf(statementsOf(node.id).sort(bySource)), rules: [] as RuleNode[] };
      if (last?.kind === 'recommendations') last.items.push(item);
      else blocks.push({ kind: 'recommendations', items: [item] });
    } else if (node.type === 'statement' && node.context === 'table') {
      if (last?.kind === 'table') last.statements.push(node);
      else blocks.push({ kind: 'table', statements: [node], rules: [] });
    } else if (node.type === 'statement') {
      if (last?.kind === 'paragraph' && sameParagraph(last.statements.at(-1)!, node)) last.statements.push(node);
      else blocks.push({ kind: 'paragraph', statements: [node], rules: [] });
    }
  }
  attachRules(blocks, rulesAfter);
  return { blocks, parts: { citationsOf: (statement) => (children.get(statement.id) ?? []).filter((node): node is CitationNode => node.type === 'citation').sort(bySource) } };
}

/** Each rule goes after the block (or into the bullet) that holds what it is about. */
function attachRules(blocks: ChapterBlock[], rulesAfter: (targets: readonly string[]) => RuleNode[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'table') block.rules.push(...rulesAfter(block.statements.map((statement) => statement.id)).sort(bySource));
    if (block.kind !== 'recommendations') continue;
    for (const item of block.items) {
      const inItem = [item.recommendation.id, ...item.paragraphs.flatMap((paragraph) => paragraph.statements.map((statement) => statement.id))];
      item.rules.push(...rulesAfter(inItem).sort(bySource));
    }
  }
}

/** A recommendation's statements, in paragraphs as the bullet wrote them. */
function paragraphsOf(statements: readonly StatementNode[]): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  for (const statement of statements) {
    const last = paragraphs.at(-1);
    if (last && sameParagraph(last.statements.at(-1)!, statement)) last.statements.push(statement);
    else paragraphs.push({ kind: 'paragraph', statements: [statement], rules: [] });
  }
  return paragraphs;
}

/** The next sentence of the same paragraph: on the same line, or wrapped to the left margin. */
function sameParagraph(previous: StatementNode, next: StatementNode): boolean {
  if (next.source.start.line === previous.source.end.line) return true;
  return next.source.start.line === previous.source.end.line + 1 && next.source.start.column === 1;
}

function childrenOf(graph: KnowledgeGraph): Map<string, GraphNode[]> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const children = new Map<string, GraphNode[]>();
  for (const edge of graph.edges) {
    if (edge.type !== 'contains') continue;
    const child = byId.get(edge.to);
    if (!child) continue;
    const list = children.get(edge.from) ?? [];
    list.push(child);
    children.set(edge.from, list);
  }
  return children;
}

function bySource(a: GraphNode, b: GraphNode): number {
  return a.source.start.offset - b.source.start.offset || a.source.end.offset - b.source.end.offset;
}
