/** A path into a value: object keys and array indexes from the root. */
export type ValuePath = readonly (string | number)[];

/** The JSDoc for the property at a path, or undefined for none. */
export type DocFor = (path: ValuePath) => string | undefined;

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a JSON-like value as a TypeScript literal, one property per line, with a JSDoc
 * comment before each property that `docFor` documents. TypeScript keeps such comments when it
 * writes the literal's type into a declaration file, so an editor shows them on hover.
 */
export function writeLiteral(value: unknown, docFor: DocFor = () => undefined): string {
  return write(value, [], '', docFor);
}

function write(value: unknown, path: ValuePath, indent: string, docFor: DocFor): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot publish the number ${value} at ${path.join('.')}.`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, index) => `${documentation(docFor([...path, index]), inner)}${inner}${write(item, [...path, index], inner, docFor)},`);
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const name = identifier.test(key) ? key : JSON.stringify(key);
      return `${documentation(docFor([...path, key]), inner)}${inner}${name}: ${write(item, [...path, key], inner, docFor)},`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  throw new Error(`Cannot publish a ${typeof value} at ${path.join('.')}.`);
}

function documentation(text: string | undefined, indent: string): string {
  return text === undefined ? '' : `${docComment(text, indent)}\n`;
}

/** A JSDoc block; `*\/` in the text is escaped so that guideline text cannot end the comment. */
export function docComment(text: string, indent = ''): string {
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return [`${indent}/**`, ...lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join('\n');
}
