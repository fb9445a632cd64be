import { ts } from 'ts-morph';
import { stringLiteral } from './literal-expression.js';

const { factory } = ts;

/** `"a" | "b"` of the values sorted, or `never` for none. */
export function stringUnion(values: readonly string[]): ts.TypeNode {
  if (values.length === 0) return factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
  return factory.createUnionTypeNode([...values].sort().map((value) => factory.createLiteralTypeNode(stringLiteral(value))));
}

/** A type by name, e.g. `Record<RegimenId, Regimen>` as `typeReference('Record', typeReference('RegimenId'), typeReference('Regimen'))`. */
export function typeReference(name: string, ...typeArguments: ts.TypeNode[]): ts.TypeReferenceNode {
  return factory.createTypeReferenceNode(name, typeArguments.length > 0 ? typeArguments : undefined);
}

/** `readonly T[]`. */
export function readonlyArray(type: ts.TypeNode): ts.TypeNode {
  return factory.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, factory.createArrayTypeNode(type));
}

/** `Readonly<Record<K, V>>`. */
export function readonlyRecord(key: ts.TypeNode, value: ts.TypeNode): ts.TypeNode {
  return typeReference('Readonly', typeReference('Record', key, value));
}

/** `expression as const satisfies type`: data typed as exactly what it is, checked against its contract. */
export function constSatisfying(expression: ts.Expression, type: ts.TypeNode): ts.Expression {
  return factory.createSatisfiesExpression(factory.createAsExpression(expression, typeReference('const')), type);
}

/** The literal type of one value: `"dMMR"`, `3`, `-1`, `true`. */
export function literalType(value: string | number | boolean): ts.TypeNode {
  if (typeof value === 'string') return factory.createLiteralTypeNode(stringLiteral(value));
  if (typeof value === 'boolean') return factory.createLiteralTypeNode(value ? factory.createTrue() : factory.createFalse());
  if (!Number.isFinite(value)) throw new Error(`A literal type cannot be the number ${value}.`);
  const magnitude = factory.createNumericLiteral(String(Math.abs(value)));
  return factory.createLiteralTypeNode(value < 0 ? factory.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, magnitude) : magnitude);
}
