import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LineIndex, type Diagnostic, type Source } from '@guideline-as-code/types';
import type { ValuePath } from '@guideline-as-code/model';
import { forbiddenKeys } from './forbidden-keys.js';
import { forbiddenKeyFinding, type PositionedFile } from './positioned-file.js';

/**
 * Reads a JSON file with positions (jsonc-parser, strict JSON: no comments, no trailing
 * commas), never throwing: a syntax error, a duplicate key or a prototype key becomes a
 * finding at its line and column, and the readable rest of the file is kept.
 */
export function readJson(file: string, text: string): PositionedFile {
  const lines = new LineIndex(file, text);
  const span = (node: JsonNode | undefined): Source => (node ? lines.span(node.offset, node.offset + node.length) : lines.span(0, 0));
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const diagnostics: Diagnostic[] = errors.map((error) => ({
    ruleId: 'json-syntax',
    severity: 'error',
    message: {
      en: `This is not valid JSON here: ${describeParseError(error)}.`,
      sv: `Detta är inte giltig JSON här: ${describeParseError(error)}.`,
    },
    source: lines.span(error.offset, error.offset + error.length),
  }));
  const value = root ? plainValue(root, span, diagnostics) : undefined;
  const keyNode = (path: ValuePath): JsonNode | undefined => {
    const valueNode = root ? findNodeAtLocation(root, [...path]) : undefined;
    return valueNode?.parent?.type === 'property' ? valueNode.parent.children?.[0] : valueNode;
  };
  return {
    file,
    text,
    value,
    diagnostics,
    sourceAt: (path) => span(nearest(root, path)),
    valueAt: (path) => span(nearest(root, path)),
    keyAt: (path) => span(keyNode(path) ?? nearest(root, path)),
  };
}

/** The node at a path, or the deepest node on the way to it. */
function nearest(root: JsonNode | undefined, path: ValuePath): JsonNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = root ? findNodeAtLocation(root, [...path.slice(0, length)]) : undefined;
    if (node) return node;
  }
  return root;
}

function describeParseError(error: ParseError): string {
  // `InvalidSymbol` → `invalid symbol`: the code names what the parser expected.
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The node as plain data; duplicate and prototype keys are reported and left out. */
function plainValue(node: JsonNode, span: (node: JsonNode | undefined) => Source, diagnostics: Diagnostic[]): unknown {
  if (node.type === 'array') return (node.children ?? []).map((child) => plainValue(child, span, diagnostics));
  if (node.type !== 'object') return node.value as unknown;
  const value: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (forbiddenKeys.has(key)) {
      diagnostics.push(forbiddenKeyFinding(key, span(keyNode)));
    } else if (seen.has(key)) {
      diagnostics.push({
        ruleId: 'json-syntax',
        severity: 'error',
        message: {
          en: `The key \`${key}\` is written twice in this object; only the first is used.`,
          sv: `Nyckeln \`${key}\` står två gånger i samma objekt; bara den första används.`,
        },
        source: span(keyNode),
      });
    } else {
      seen.add(key);
      value[key] = plainValue(valueNode, span, diagnostics);
    }
  }
  return value;
}
