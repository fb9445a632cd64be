import { StructureKind, ts, type FunctionDeclarationStructure } from 'ts-morph';
import { stringLiteral } from '../typescript/literal-expression.js';
import { printNode } from '../typescript/print-node.js';
import { docs } from '../typescript/structures.js';

const { factory } = ts;

/** What a package's `get…` accessor looks up. */
export interface Lookup {
  /** The function's name, e.g. `getRegimen`. */
  readonly name: string;
  /** The `as const` table by id, e.g. `regimens`. */
  readonly table: string;
  /** The id union, e.g. `RegimenId`. */
  readonly idType: string;
  readonly doc: string;
  /** The error for an id that is not one: `{id}` is the id, `{known}` the ids of `knownIds`. */
  readonly message: string;
  /** A type guard to call on the id (`isRegimenId`); without one, `Object.hasOwn(table, id)`. */
  readonly guard?: string;
  /** The constant listing the ids, for `{known}` in the message. */
  readonly knownIds?: string;
}

/**
 * `export function getX<I extends XId>(id: I): (typeof table)[I]`: the entry with this id,
 * typed by the id; throws a TypeError for an id that is not one (from untyped code).
 */
export function lookupFunction(lookup: Lookup): FunctionDeclarationStructure {
  const id = factory.createIdentifier('id');
  const table = factory.createIdentifier(lookup.table);
  const found = lookup.guard
    ? factory.createCallExpression(factory.createIdentifier(lookup.guard), undefined, [id])
    : factory.createCallExpression(factory.createPropertyAccessExpression(factory.createIdentifier('Object'), 'hasOwn'), undefined, [table, id]);
  const error = factory.createCallExpression(factory.createIdentifier('unknownIdError'), undefined, [stringLiteral(lookup.message), id, ...(lookup.knownIds ? [factory.createIdentifier(lookup.knownIds)] : [])]);
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: lookup.name,
    docs: docs(lookup.doc),
    typeParameters: [{ name: 'I', constraint: lookup.idType }],
    parameters: [{ name: 'id', type: 'I' }],
    returnType: printNode(factory.createIndexedAccessTypeNode(factory.createTypeQueryNode(table), factory.createTypeReferenceNode('I'))),
    statements: [
      printNode(factory.createIfStatement(factory.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, found), factory.createThrowStatement(error))),
      printNode(factory.createReturnStatement(factory.createElementAccessExpression(table, id))),
    ],
  };
}
