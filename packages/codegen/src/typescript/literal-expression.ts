import { ts } from 'ts-morph';
import { withDocComment } from './doc-comment.js';

/** A path into a value: object keys and array indexes from the root. */
export type ValuePath = readonly (string | number)[];

/** The JSDoc for the property at a path, or undefined for none. */
export type DocFor = (path: ValuePath) => string | undefined;

const { factory } = ts;
const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON-like value as a TypeScript literal expression, built as syntax (not text), so that any
 * string (backticks, `${`, quotes, line separators) is a well-formed literal of exactly that
 * string. Each property that `docFor` documents gets a JSDoc comment, which TypeScript keeps
 * when it writes the literal's type into a declaration file: an editor shows it on hover.
 */
export function literalExpression(value: unknown, docFor: DocFor = () => undefined): ts.Expression {
  return literal(value, [], docFor);
}

function literal(value: unknown, path: ValuePath, docFor: DocFor): ts.Expression {
  if (value === null) return factory.createNull();
  if (typeof value === 'boolean') return value ? factory.createTrue() : factory.createFalse();
  if (typeof value === 'number') return numberLiteral(value, path);
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) {
    const items = value.map((item, index) => withDocComment(literal(item, [...path, index], docFor), docFor([...path, index])));
    return factory.createArrayLiteralExpression(items, items.length > 0);
  }
  if (typeof value === 'object') {
    const properties = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => withDocComment(factory.createPropertyAssignment(propertyName(key), literal(item, [...path, key], docFor)), docFor([...path, key])));
    return factory.createObjectLiteralExpression(properties, properties.length > 0);
  }
  throw new Error(`Cannot publish a ${typeof value} at ${path.join('.')}.`);
}

/** A string literal that keeps non-ASCII text (Swedish) readable instead of \u-escaping it. */
export function stringLiteral(text: string): ts.StringLiteral {
  return ts.setEmitFlags(factory.createStringLiteral(text), ts.EmitFlags.NoAsciiEscaping);
}

function numberLiteral(value: number, path: ValuePath): ts.Expression {
  if (!Number.isFinite(value)) throw new Error(`Cannot publish the number ${value} at ${path.join('.')}.`);
  if (value < 0) return factory.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, factory.createNumericLiteral(String(-value)));
  return factory.createNumericLiteral(Object.is(value, -0) ? '0' : String(value));
}

/** `__proto__` as a plain or quoted key would set the prototype; computed, it is an own property. */
function propertyName(key: string): ts.PropertyName {
  if (key === '__proto__') return factory.createComputedPropertyName(stringLiteral(key));
  return identifier.test(key) ? factory.createIdentifier(key) : stringLiteral(key);
}
