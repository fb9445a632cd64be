import { StructureKind, VariableDeclarationKind, ts } from 'ts-morph';
import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import { stringLiteral } from '../../typescript/literal-expression.js';
import { allFunction } from '../all-function.js';
import { docs, exportFrom, exportedConst, exportedType, importFrom, moduleOf, type ModuleStructure } from '../../typescript/structures.js';
import { stringUnion, typeReference } from '../../typescript/type-nodes.js';
import { commonIndexStatements } from '../package-info-module.js';

/** `graph-ids.ts`: every node id as a union, so that a misspelt id does not type-check. */
export function graphIdsModule(graph: KnowledgeGraph): ModuleStructure {
  return moduleOf([
    exportedType(
      'GraphNodeId',
      stringUnion(graph.nodes.map((node) => node.id)),
      'The id of a node of this knowledge graph: its type, a colon and a key, e.g. `regimen:karpak`.',
    ),
  ]);
}

/**
 * `graph-data.ts`: the graph, every value with its source span and text. The data is parsed from
 * a JSON string at load: for half a megabyte, JSON.parse is faster than an object literal, both
 * for the JavaScript engine and for type-checking; the graph's shape is guaranteed by the JSON
 * Schema it was validated against before the build.
 */
export function graphDataModule(graph: KnowledgeGraph, info: ContentPackageInfo): ModuleStructure {
  const parse = ts.factory.createCallExpression(ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier('JSON'), 'parse'), undefined, [
    stringLiteral(JSON.stringify(graph)),
  ]);
  return moduleOf([
    importFrom('./graph-types.js', ['KnowledgeGraph'], true),
    exportedConst(
      'graph',
      parse,
      `The knowledge graph of ${info.guideline.title}: every node with its source position, every published value stated with its span and text, and the typed edges between them. Valid against \`graph.schema.json\`.`,
      typeReference('KnowledgeGraph'),
    ),
  ]);
}

/** An exported function of the index: its signature and body as ts-morph writes them. */
function accessor(name: string, doc: string, signature: { typeParameters?: string; parameters: [string, string][]; returnType: string }, statements: string[]) {
  return {
    kind: StructureKind.Function as const,
    isExported: true,
    name,
    docs: docs(doc),
    ...(signature.typeParameters ? { typeParameters: [{ name: 'I', constraint: signature.typeParameters }] } : {}),
    parameters: signature.parameters.map(([parameter, type]) => ({ name: parameter.replace('?', ''), type, hasQuestionToken: parameter.endsWith('?') })),
    returnType: signature.returnType,
    statements,
  };
}

/** `index.ts`: typed accessors over the graph, through the toolchain's one graph index. */
export function graphIndexModule(info: ContentPackageInfo): ModuleStructure {
  return moduleOf([
    importFrom('@guideline-as-code/model', ['GraphIndex', 'type NeighbourQuery']),
    importFrom('@guideline-as-code/types', ['Source'], true),
    importFrom('./graph-data.js', ['graph']),
    importFrom('./graph-ids.js', ['GraphNodeId'], true),
    importFrom('./graph-types.js', ['GraphEdge', 'GraphNode'], true),
    importFrom('./runtime/graph-node-types.js', ['NodeOfIdIn', 'NodeOfTypeIn'], true),
    importFrom('./runtime/unknown-id.js', ['unknownIdError']),
    exportFrom('./graph-data.js', ['graph']),
    exportFrom('./graph-ids.js', ['GraphNodeId'], true),
    exportFrom('./graph-types.js', [], true),
    exportFrom('@guideline-as-code/model', ['GraphIndex', 'type EdgeDirection', 'type NeighbourQuery']),
    ...commonIndexStatements(info, ['formatSource', 'statedValue', 'type Derived', 'type Field', 'type NotStated', 'type Stated']),
    exportedType('NodeType', "GraphNode['type']", 'A node type, e.g. `regimen`.'),
    { ...exportedType('NodeOfType', 'NodeOfTypeIn<GraphNode, T>', 'The nodes of one type.'), typeParameters: [{ name: 'T', constraint: 'NodeType' }] },
    {
      ...exportedType('NodeOfId', 'NodeOfIdIn<GraphNode, I>', 'The node type an id names by its prefix: `regimen:karpak` is a `RegimenNode`.'),
      typeParameters: [{ name: 'I', constraint: 'GraphNodeId' }],
    },
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Let, declarations: [{ name: 'index', type: 'GraphIndex | undefined' }] },
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: '// Indexed on first use, not on import.\n',
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'indexed', initializer: '(): GraphIndex => (index ??= new GraphIndex(graph))' }],
    },
    accessor('getNode', "The node with this id, typed by its id's prefix. Throws a TypeError for an id not in the graph.", { typeParameters: 'GraphNodeId', parameters: [['id', 'I']], returnType: 'NodeOfId<I>' }, [
      'const node = indexed().get(id);',
      "if (!node) throw unknownIdError('No node {id} in the knowledge graph of ' + packageInfo.guideline.key + '.', id);",
      'return node as NodeOfId<I>;',
    ]),
    accessor('findNode', 'The node with this id, or undefined: for ids from outside the program.', { parameters: [['id', 'string']], returnType: 'GraphNode | undefined' }, [
      'return indexed().get(id);',
    ]),
    { ...accessor('nodesOfType', 'Every node of a type, in graph order.', { parameters: [['type', 'T']], returnType: 'readonly NodeOfType<T>[]' }, ['return indexed().ofType(type);']), typeParameters: [{ name: 'T', constraint: 'NodeType' }] },
    allFunction({ name: 'allRecommendations', doc: "Every recommendation of the guideline's recommendation boxes, in reading order.", itemType: "NodeOfType<'recommendation'>", body: "nodesOfType('recommendation')" }),
    accessor('edgesOf', 'The edges at a node (default: outgoing), optionally of one type.', { parameters: [['id', 'GraphNodeId'], ['query?', 'NeighbourQuery']], returnType: 'readonly GraphEdge[]' }, [
      'return indexed().edgesOf(id, query);',
    ]),
    accessor(
      'neighbours',
      "The nodes at the other end of a node's edges (default: outgoing), each once, in graph order.",
      { parameters: [['id', 'GraphNodeId'], ['query?', 'NeighbourQuery']], returnType: 'readonly GraphNode[]' },
      ['return indexed().neighbours(id, query);'],
    ),
    accessor('sourceOf', 'Where a node comes from: file and span. Its values carry their own span and exact text.', { parameters: [['id', 'GraphNodeId']], returnType: 'Source' }, [
      'return getNode(id).source;',
    ]),
  ]);
}
