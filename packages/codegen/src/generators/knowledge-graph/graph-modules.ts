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
 * `graph-data.ts`: the graph, every value with its source span and text. The data is parsed from
 * a JSON string at load: for half a megabyte, JSON.parse is faster than an object literal, both
 * for the JavaScript engine and for type-checking; the graph's shape is guaranteed by the JSON
 * Schema it was validated against before the build.
 */
export function graphDataModule(graph: KnowledgeGraph, info: ContentPackageInfo): string {
  return [
    "import type { KnowledgeGraph } from './graph-types.js';",
    '',
    docComment(
      `The knowledge graph of ${info.guideline.title}: every node with its source position, every published value stated with its span and text, and the typed edges between them. Valid against \`graph.schema.json\`.`,
    ),
    `export const graph: KnowledgeGraph = JSON.parse(${jsonStringLiteral(graph)});`,
    '',
  ].join('\n');
}

/** A string literal holding the compact JSON of a value. */
function jsonStringLiteral(value: unknown): string {
  return JSON.stringify(JSON.stringify(value));
}

/** `index.ts`: typed accessors over the graph, through the toolchain's one graph index. */
export function graphIndexModule(info: ContentPackageInfo): string {
  return `import { GraphIndex, type NeighbourQuery } from '@guideline-as-code/model';
import type { Source } from '@guideline-as-code/types';
import { graph } from './graph-data.js';
import type { GraphNodeId } from './graph-ids.js';
import type { GraphEdge, GraphNode } from './graph-types.js';
import type { ContentPackageInfo } from './runtime/package-info.js';

export { graph } from './graph-data.js';
export type { GraphNodeId } from './graph-ids.js';
export type * from './graph-types.js';
export { GraphIndex, type EdgeDirection, type NeighbourQuery } from '@guideline-as-code/model';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export { formatSource, statedValue, type Derived, type Field, type NotStated, type Stated } from '@guideline-as-code/types';

${packageInfoDeclaration(info)}

/** A node type, e.g. \`regimen\`. */
export type NodeType = GraphNode['type'];

/** The nodes of one type. */
export type NodeOfType<T extends NodeType> = Extract<GraphNode, { type: T }>;

/** The node type an id names by its prefix: \`regimen:karpak\` is a \`RegimenNode\`. */
export type NodeOfId<I extends GraphNodeId> = I extends \`\${infer T extends NodeType}:\${string}\` ? NodeOfType<T> : never;

let index: GraphIndex | undefined;
// Indexed on first use, not on import.
const indexed = (): GraphIndex => (index ??= new GraphIndex(graph));

/** The node with this id, typed by its id's prefix. Throws a TypeError for an id not in the graph. */
export function getNode<I extends GraphNodeId>(id: I): NodeOfId<I> {
  const node = indexed().get(id);
  if (!node) throw new TypeError(\`No node \\\`\${String(id)}\\\` in the knowledge graph of \${packageInfo.guideline.key}.\`);
  return node as NodeOfId<I>;
}

/** The node with this id, or undefined: for ids from outside the program. */
export function findNode(id: string): GraphNode | undefined {
  return indexed().get(id);
}

/** Every node of a type, in graph order. */
export function nodesOfType<T extends NodeType>(type: T): readonly NodeOfType<T>[] {
  return indexed().ofType(type);
}

/** Every recommendation of the guideline's recommendation boxes, in reading order. */
export function allRecommendations(): readonly NodeOfType<'recommendation'>[] {
  return nodesOfType('recommendation');
}

/** The edges at a node (default: outgoing), optionally of one type. */
export function edgesOf(id: GraphNodeId, query?: NeighbourQuery): readonly GraphEdge[] {
  return indexed().edgesOf(id, query);
}

/** The nodes at the other end of a node's edges (default: outgoing), each once, in graph order. */
export function neighbours(id: GraphNodeId, query?: NeighbourQuery): readonly GraphNode[] {
  return indexed().neighbours(id, query);
}

/** Where a node comes from: file and span. Its values carry their own span and exact text. */
export function sourceOf(id: GraphNodeId): Source {
  return getNode(id).source;
}
`;
}
