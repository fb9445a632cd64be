import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import { docComment } from '../../typescript/literal.js';
import { packageInfoDeclaration } from '../package-info-module.js';

/** `graph-ids.ts`: every node id as a union, so that a misspelt id does not type-check. */
export function graphIdsModule(graph: KnowledgeGraph): string {
  const ids = graph.nodes.map((node) => node.id).sort();
  return [
    docComment('The id of a node of this knowledge graph: its type, a colon and a key, e.g. `regimen:karpak`.'),
    `export type GraphNodeId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join('\n')};`,
    '',
  ].join('\n');
}

/**
 * `graph-data.ts`: the graph and the source text of every node. The data is parsed from a JSON
 * string at load: for half a megabyte, JSON.parse is faster than an object literal, both for
 * the JavaScript engine and for type-checking; the graph's shape is guaranteed by the JSON
 * Schema it was validated against before the build.
 */
export function graphDataModule(graph: KnowledgeGraph, sourceTexts: Readonly<Record<string, string>>, info: ContentPackageInfo): string {
  return [
    "import type { GraphNodeId } from './graph-ids.js';",
    "import type { KnowledgeGraph } from './graph-types.js';",
    '',
    docComment(
      `The knowledge graph of ${info.guideline.title}: every node with its source position, and the typed edges between them. Valid against \`graph.schema.json\`.`,
    ),
    `export const graph: KnowledgeGraph = JSON.parse(${jsonStringLiteral(graph)});`,
    '',
    docComment("The exact source text of every node's span, by node id."),
    `export const sourceTexts: Readonly<Record<GraphNodeId, string>> = JSON.parse(${jsonStringLiteral(sourceTexts)});`,
    '',
  ].join('\n');
}

/** A string literal holding the compact JSON of a value. */
function jsonStringLiteral(value: unknown): string {
  return JSON.stringify(JSON.stringify(value));
}

/** `index.ts`: typed accessors over the graph. */
export function graphIndexModule(info: ContentPackageInfo): string {
  return `import { graph, sourceTexts } from './graph-data.js';
import type { GraphNodeId } from './graph-ids.js';
import type { GraphEdge, GraphNode } from './graph-types.js';
import { createGraphAccess, type GraphAccess, type NeighbourQuery } from './runtime/graph-access.js';
import type { ContentPackageInfo } from './runtime/package-info.js';
import type { SourceSpan } from './runtime/source-span.js';

export { graph, sourceTexts } from './graph-data.js';
export type { GraphNodeId } from './graph-ids.js';
export type * from './graph-types.js';
export type { EdgeDirection, NeighbourQuery } from './runtime/graph-access.js';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export { formatSourceSpan, type SourceSpan } from './runtime/source-span.js';

${packageInfoDeclaration(info)}

/** A node type, e.g. \`regimen\`. */
export type NodeType = GraphNode['type'];

/** The nodes of one type. */
export type NodeOfType<T extends NodeType> = Extract<GraphNode, { type: T }>;

/** The node type an id names by its prefix: \`regimen:karpak\` is a \`RegimenNode\`. */
export type NodeOfId<I extends GraphNodeId> = I extends \`\${infer T extends NodeType}:\${string}\` ? NodeOfType<T> : never;

let access: GraphAccess<GraphNode, GraphEdge> | undefined;
// Indexed on first use, not on import.
const indexed = (): GraphAccess<GraphNode, GraphEdge> => (access ??= createGraphAccess(graph, sourceTexts));

/** The node with this id, typed by its id's prefix. Throws a TypeError for an id not in the graph. */
export function getNode<I extends GraphNodeId>(id: I): NodeOfId<I> {
  const node = indexed().node(id);
  if (!node) throw new TypeError(\`No node \\\`\${String(id)}\\\` in the knowledge graph of \${packageInfo.guideline.key}.\`);
  return node as NodeOfId<I>;
}

/** The node with this id, or undefined: for ids from outside the program. */
export function findNode(id: string): GraphNode | undefined {
  return indexed().node(id);
}

/** Every node of a type, in graph order. */
export function nodesOfType<T extends NodeType>(type: T): readonly NodeOfType<T>[] {
  return indexed().nodesOfType(type);
}

/** The edges at a node (default: outgoing), optionally of one type. */
export function edgesOf(id: GraphNodeId, query?: NeighbourQuery<GraphEdge['type']>): readonly GraphEdge[] {
  return indexed().edgesOf(id, query);
}

/** The nodes at the other end of a node's edges (default: outgoing), each once, in graph order. */
export function neighbours(id: GraphNodeId, query?: NeighbourQuery<GraphEdge['type']>): readonly GraphNode[] {
  return indexed().neighbours(id, query);
}

/** Where a node comes from: file, line and column, and the exact source text. */
export function sourceOf(id: GraphNodeId): SourceSpan {
  const span = indexed().sourceOf(id);
  if (!span) throw new TypeError(\`No node \\\`\${String(id)}\\\` in the knowledge graph of \${packageInfo.guideline.key}.\`);
  return span;
}
`;
}
