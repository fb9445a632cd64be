import validators from './generated/validate-graph.cjs';
import type { Diagnostic } from '@guideline-as-code/types';
import type { GraphNode, KnowledgeGraph, Source } from './graph-types.generated.js';
import { instancePathKeys } from './instance-path.js';

/**
 * Validates a graph against the JSON Schema (precompiled at build time) and maps every
 * error back to the source position of the node it concerns, so an editor sees the line.
 * The rule id is `schema:<keyword>`, e.g. `schema:required`.
 */
export function validateGraph(graph: unknown): Diagnostic[] {
  const { validateGraph: validate } = validators;
  if (validate(graph)) return [];
  return (validate.errors ?? []).map((error) => toDiagnostic(error, sourceAt(graph, error.instancePath)));
}

/**
 * Validates nodes one by one against the schema's node definition: for parts of a graph that
 * are checked when they are made (a chapter read on its own) rather than with the whole graph.
 */
export function validateNodes(nodes: readonly unknown[]): Diagnostic[] {
  const { validateNode: validate } = validators;
  return nodes.flatMap((node, index) =>
    validate(node)
      ? []
      : (validate.errors ?? []).map((error) => toDiagnostic({ ...error, instancePath: `/nodes/${nodeLabel(node, index)}${error.instancePath}` }, sourceOf(node))),
  );
}

function toDiagnostic(error: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }, source: Source | null): Diagnostic {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const detail = error.message ?? error.keyword;
  return {
    ruleId: `schema:${error.keyword}`,
    severity: 'error',
    message: {
      en: `Graph value at \`${where}\` ${detail} (${describeParams(error.params)}).`,
      sv: `Grafvärdet vid \`${where}\` följer inte schemat: ${detail} (${describeParams(error.params)}).`,
    },
    source,
  };
}

/** A node's id where it has one, else its position in the list. */
function nodeLabel(node: unknown, index: number): string {
  const id = (node as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : String(index);
}

function describeParams(params: Record<string, unknown>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ');
}

/** The source of the node (or, for an edge, of its `from` node) that a JSON pointer points into. */
function sourceAt(graph: unknown, pointer: string): Source | null {
  if (!isGraphLike(graph)) return null;
  const [collection, position] = instancePathKeys(pointer, graph);
  if (typeof position !== 'number') return null;
  if (collection === 'nodes') return sourceOf(graph.nodes[position]);
  if (collection === 'edges') {
    const from = (graph.edges[position] as { from?: unknown } | undefined)?.from;
    return sourceOf(graph.nodes.find((node) => (node as GraphNode | undefined)?.id === from));
  }
  return null;
}

function isGraphLike(graph: unknown): graph is { nodes: unknown[]; edges: unknown[] } {
  const candidate = graph as Partial<KnowledgeGraph> | null;
  return Array.isArray(candidate?.nodes) && Array.isArray(candidate?.edges);
}

function sourceOf(node: unknown): Source | null {
  const source = (node as { source?: Partial<Source> } | undefined)?.source;
  if (typeof source?.file !== 'string' || typeof source.start?.line !== 'number') return null;
  return source as Source;
}
