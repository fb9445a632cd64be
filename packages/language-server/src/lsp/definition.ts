import type { Location } from 'vscode-languageserver';
import type { GraphIndex, RegimenNode } from '@guideline-as-code/model';
import { fieldValue } from '../graph/fields.js';
import { nodesAt } from '../graph/nodes-at.js';
import { fileUri } from '../workspace/locate.js';
import { rangeOf } from './positions.js';

/** What go-to-definition needs: the graph, the document's text and where it is. */
export interface DefinitionQuery {
  index: GraphIndex;
  root: string;
  file: string;
  text: string;
  offset: number;
}

/**
 * Where what is under the cursor is defined: a citation's entry in `references.yaml`, and a
 * regimen's `:::regimen` table from a `regim=` attribute or from a mention of its name in a
 * sentence. The graph says what stands where (citation, rule and statement nodes with their
 * spans, the regimens a rule gives); only the word under the cursor is read from the text, to
 * tell which of a rule's regimens, or which name in a sentence, is meant.
 */
export function definition(query: DefinitionQuery): Location[] {
  const { root } = query;
  const targets = citationTargets(query) ?? ruleRegimens(query) ?? mentionedRegimens(query) ?? [];
  return targets.map((node) => ({ uri: fileUri(root, node.source.file), range: rangeOf(node.source) }));
}

function citationTargets({ index, file, offset }: DefinitionQuery) {
  const citation = nodesAt(index, 'citation', file, offset)[0];
  if (!citation) return null;
  const cited = index.targets(citation.id, 'cites').filter((node) => node.type === 'reference');
  const key = fieldValue(citation.key);
  return cited.length > 0 ? cited : index.ofType('reference').filter((reference) => fieldValue(reference.key) === key);
}

/** In `::villkor[…]{regim="a, b"}`: the regimen whose key is under the cursor, else all the rule gives. */
function ruleRegimens({ index, file, offset, text }: DefinitionQuery): RegimenNode[] | null {
  const rule = nodesAt(index, 'rule', file, offset)[0];
  if (!rule || offset <= rule.conditionText.source.end.offset) return null;
  const regimens = rule.regimens.map((id) => index.get(id)).filter((node): node is RegimenNode => node?.type === 'regimen');
  const word = wordAt(text, offset);
  const named = regimens.filter((regimen) => fieldValue(regimen.key) === word);
  return named.length > 0 ? named : regimens.length > 0 ? regimens : null;
}

/** A regimen named in a sentence (`sju cykler KarPak`): the regimen whose name covers the cursor. */
function mentionedRegimens({ index, file, offset, text }: DefinitionQuery): RegimenNode[] | null {
  const statement = nodesAt(index, 'statement', file, offset)[0];
  if (!statement) return null;
  const { start, end } = statement.source;
  const sentence = text.slice(start.offset, end.offset).toLocaleLowerCase('sv');
  const found = index.ofType('regimen').filter((regimen) => {
    const name = (fieldValue(regimen.name) ?? '').toLocaleLowerCase('sv');
    return name !== '' && occurrences(sentence, name).some((at) => start.offset + at <= offset && offset <= start.offset + at + name.length);
  });
  return found.length > 0 ? found : null;
}

/** Where `name` stands in `sentence` as a whole word (not inside a longer word). */
function occurrences(sentence: string, name: string): number[] {
  const found: number[] = [];
  for (let at = sentence.indexOf(name); at !== -1; at = sentence.indexOf(name, at + 1)) {
    if (!isWordChar(sentence[at - 1]) && !isWordChar(sentence[at + name.length])) found.push(at);
  }
  return found;
}

/** The word (letters, digits, `-`) around `offset`. */
function wordAt(text: string, offset: number): string {
  let start = offset;
  let end = offset;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(start, end);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_-]/u.test(char);
}
