import { isMap, isScalar, LineCounter, parseDocument, visit, type Node, type ParsedNode } from 'yaml';
import type { DrugEntry, LexiconDiagnostic } from './lexicon-types.js';
import { readDrugEntry, type ReadEntry } from './read-drug-entry.js';
import { FORBIDDEN_KEYS, YamlReader, type NamedNode } from './yaml-reader.js';

/** A lexicon file as read from disk: its path (for messages) and its text. */
export interface LexiconFile {
  path: string;
  text: string;
}

/** The drugs of the lexicon. Regimens are not lexicon facts: they are defined in the guideline's Markdown. */
export interface LoadedLexicon {
  drugs: DrugEntry[];
  diagnostics: LexiconDiagnostic[];
}

/**
 * Reads lexicon YAML files (one drug per file) into a lexicon. Content problems
 * become diagnostics with file, line and column, never exceptions: a file that is not valid
 * YAML, has no usable `id`, or contains a `__proto__`/`constructor`/`prototype` key is skipped;
 * an unusable fact (no `source`, wrong value) is left out of its entry; a name already taken
 * by another entry is left out of the later one. Files are read in path order so that the
 * result does not depend on the order of a directory listing.
 */
export function loadLexicon(files: readonly LexiconFile[]): LoadedLexicon {
  const diagnostics: LexiconDiagnostic[] = [];
  const drugs: DrugEntry[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const reader = new YamlReader(file.path, new LineCounter(), diagnostics);
    const read = readFile(file.text, reader);
    if (read === null) continue;
    const { entry } = read;
    if (ids.has(entry.id)) {
      reader.report('lexicon-duplicate-id', null, `Entry id \`${entry.id}\` is already used by another lexicon file`);
      continue;
    }
    ids.add(entry.id);
    const taken = claimNames(entry.id, read.nameNodes, owners, reader);
    entry.names = entry.names.filter((name) => !taken.has(name));
    entry.brands = entry.brands.filter((name) => !taken.has(name));
    drugs.push(entry);
  }
  return { drugs, diagnostics };
}

function readFile(text: string, reader: YamlReader): ReadEntry<DrugEntry> | null {
  const document = parseDocument(text, { lineCounter: reader.lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      reader.reportAt('lexicon-yaml-syntax', error.pos[0], `YAML syntax error: ${error.message.split('\n')[0] ?? ''}`);
    }
    return null;
  }
  let forbidden = false;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        reader.report('lexicon-forbidden-key', pair.key as Node, `Key \`${String(pair.key.value)}\` is not allowed in a lexicon file`);
        forbidden = true;
      }
    },
  });
  if (forbidden) return null;
  const root = document.contents as ParsedNode | null;
  const kind: unknown = isMap(root) ? (root.get('kind') as unknown) : undefined;
  if (kind !== undefined && kind !== 'drug') {
    reader.report('lexicon-invalid-value', root, '`kind` must be `drug`; regimens are defined in the guideline Markdown (`:::regimen`)');
    return null;
  }
  return readDrugEntry(reader, root as ParsedNode);
}

/** Records who owns each name; returns the names this entry may not have because another has them. */
function claimNames(id: string, names: readonly NamedNode[], owners: Map<string, string>, reader: YamlReader): Set<string> {
  const taken = new Set<string>();
  for (const { value, node } of names) {
    const key = value.normalize('NFC').toLowerCase();
    const owner = owners.get(key);
    if (owner === undefined) {
      owners.set(key, id);
    } else if (owner !== id) {
      reader.report('lexicon-duplicate-name', node, `Name \`${value}\` of \`${id}\` is already a name of \`${owner}\``);
      taken.add(value);
    }
  }
  return taken;
}
