import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Source } from '@guideline-as-code/model';

/** Keys that could reach an object's prototype when a YAML value is turned into JavaScript. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** A YAML file read with positions, so every value can be traced to its line. */
export interface YamlFile {
  file: string;
  /** The file's text, for the exact text of a value's span. */
  text: string;
  /** The plain value, or undefined when the file could not be read at all. */
  value: unknown;
  /** Source span of the value at a path of keys and indexes; the whole file when absent. */
  sourceAt(path: readonly (string | number)[]): Source;
  diagnostics: Diagnostic[];
}

/**
 * Parses YAML without ever throwing: syntax errors, duplicate keys and prototype keys
 * become diagnostics with file:line:column, and the readable rest of the file is kept.
 */
export function readYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const span = (start: number, end: number): Source => ({
    file,
    start: point(lineCounter, start),
    end: point(lineCounter, Math.max(start, end)),
  });
  const diagnostics: Diagnostic[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const [start, end] = error.pos;
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: document.errors.includes(error as never) ? 'error' : 'warning',
      message: {
        en: `The YAML in this file cannot be read here: ${firstLine(error.message)}.`,
        sv: `YAML-texten går inte att läsa här: ${firstLine(error.message)}.`,
      },
      source: span(start, end),
    });
  }
  removeForbiddenKeys(document, span, diagnostics);
  const value = toPlainValue(document, span, diagnostics);
  return {
    file,
    text,
    value,
    diagnostics,
    sourceAt(path) {
      const node = document.getIn(path, true) as YamlNode | undefined;
      const range = node?.range ?? document.contents?.range;
      return range ? span(range[0], range[1]) : span(0, 0);
    },
  };
}

function point(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, offset };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '');
}

/** The document as plain data; an alias bomb or similar is reported, not thrown. */
function toPlainValue(document: Document, span: (start: number, end: number) => Source, diagnostics: Diagnostic[]): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: {
        en: `The YAML in this file cannot be turned into data: ${firstLine(reason)}. The file was skipped.`,
        sv: `YAML-texten i filen går inte att omvandla till data: ${firstLine(reason)}. Filen hoppades över.`,
      },
      source: span(0, 0),
    });
    return undefined;
  }
}

function removeForbiddenKeys(
  document: Document,
  span: (start: number, end: number) => Source,
  diagnostics: Diagnostic[],
): void {
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      node.items = node.items.filter((pair) => {
        if (isMap(pair.key) || isSeq(pair.key)) {
          reportComplexKey(pair.key, span, diagnostics);
          return false;
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!forbiddenKeys.has(key)) return true;
        const range = (pair.key as YamlNode).range ?? [0, 0];
        diagnostics.push({
          ruleId: 'yaml-forbidden-key',
          severity: 'error',
          message: {
            en: `The key \`${key}\` is not allowed: it could change how every object behaves. The entry was ignored.`,
            sv: `Nyckeln \`${key}\` är inte tillåten eftersom den kan ändra hur alla objekt beter sig. Posten ignorerades.`,
          },
          source: span(range[0], range[1]),
        });
        return false;
      });
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.value);
    }
  };
  visit(document.contents);
}

/**
 * A key that is itself a list or a mapping (`{a: 1}: x`, often a stray `{` or `[`) has no
 * text to be read by; the YAML library would turn it into a string and print a warning on
 * the console. It is reported at its place and the entry left out.
 */
function reportComplexKey(key: YamlNode, span: (start: number, end: number) => Source, diagnostics: Diagnostic[]): void {
  const range = key.range ?? [0, 0];
  diagnostics.push({
    ruleId: 'yaml-syntax',
    severity: 'error',
    message: {
      en: 'A key here is a list or a mapping, not a text (perhaps a stray `{` or `[`); the entry was ignored.',
      sv: 'En nyckel här är en lista eller en mappning, inte en text (kanske ett felplacerat `{` eller `[`); posten ignorerades.',
    },
    source: span(range[0], range[1]),
  });
}
