import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { RegimenEntry } from '@guideline-as-code/dose';
import type { Source } from '@guideline-as-code/model';
import { inlineText } from '../text/inline-text.js';
import type { LineIndex } from '@guideline-as-code/types';
import type { PhraseMatcher } from '../vocabulary/phrase-matcher.js';
import { fieldOfHeading } from './regimen-columns.js';

/** A chapter's syntax tree with what is needed to read positions in it. */
export interface ParsedChapter {
  file: string;
  text: string;
  lines: LineIndex;
  tree: Root;
}

/**
 * The regimens a chapter defines, as the dose grammar needs them to read prose such as
 * `sju cykler KarPak` — known before any prose is read, wherever the block stands.
 */
export function regimenNames(chapter: ParsedChapter, drugs: PhraseMatcher<string>): RegimenEntry[] {
  const entries: RegimenEntry[] = [];
  visit(chapter.tree, 'containerDirective', (node: ContainerDirective) => {
    if (node.name !== 'regimen') return;
    const key = regimenKey(node, chapter);
    if (!key) return;
    const source = chapter.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    entries.push({
      kind: 'regimen',
      id: key.key,
      name: key.name,
      names: [],
      components: componentDrugs(node, chapter, drugs),
      source: source.file,
      position: source,
    });
  });
  return entries;
}

/** The regimen's id (`{#karpak}`, else made from its name) and its name (the block's label). */
export function regimenKey(node: ContainerDirective, chapter: Pick<ParsedChapter, 'text' | 'lines'>): { key: string; name: string; label: Source | null } | null {
  const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
  const text = label ? inlineText(label, chapter.text, chapter.lines).text : null;
  const name = text ? text.text.trim() : '';
  const key = node.attributes?.id ?? slug(name);
  if (!key) return null;
  const leading = text ? text.text.length - text.text.trimStart().length : 0;
  return { key, name: name || key, label: text && name ? text.span(leading, leading + name.length) : null };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function componentDrugs(node: ContainerDirective, chapter: ParsedChapter, drugs: PhraseMatcher<string>): string[] {
  const table = node.children.find((child) => child.type === 'table');
  if (!table) return [];
  const [header, ...rows] = table.children;
  const column = header?.children.findIndex((cell) => fieldOfHeading(inlineText(cell, chapter.text, chapter.lines).text.text) === 'drug') ?? -1;
  if (column === -1) return [];
  const ids = rows.flatMap((row) => {
    const cell = row.children[column];
    const match = cell ? drugs.find(inlineText(cell, chapter.text, chapter.lines).text.text)[0] : undefined;
    return match ? [match.target.replace(/^drug:/, '')] : [];
  });
  return [...new Set(ids)];
}
