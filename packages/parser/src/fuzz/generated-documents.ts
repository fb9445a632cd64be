import fc from 'fast-check';
import { awkwardWords, citationKeys, phrases, radiotherapyRows, regimenRows, titles, words } from './swedish-pieces.js';

/** A block of a generated chapter, before ids are handed out. */
type Block =
  | { kind: 'paragraph'; sentences: string[]; wrap: number | null }
  | { kind: 'recommendations'; items: { sentences: string[]; grade: string; rule: boolean }[] }
  | { kind: 'regimen'; rows: number[]; route: boolean }
  | { kind: 'radiotherapy'; rows: number[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'comment' }
  | { kind: 'acknowledged'; sentences: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; sentence: string }
  | { kind: 'ruled'; sentence: string };

const citationGroup = fc.uniqueArray(fc.constantFrom(...citationKeys), { minLength: 1, maxLength: 3 }).map((keys) => `[${keys.map((key) => `@${key}`).join('; ')}]`);

/** A word with inline markup around it, which the graph does not keep but must read through. */
const markedWord = fc
  .tuple(fc.constantFrom(...words), fc.constantFrom('*', '**', '`', 'link'))
  .map(([word, mark]) => (mark === 'link' ? `[${word}](https://example.org/${word.length})` : `${mark}${word}${mark}`));

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...words) },
  { weight: 4, arbitrary: fc.constantFrom(...phrases) },
  { weight: 1, arbitrary: fc.constantFrom(...awkwardWords) },
  { weight: 1, arbitrary: markedWord },
);

/**
 * A Swedish sentence with words, doses, names and inline markup, and maybe a citation group
 * before its full stop or after it.
 */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 2, maxLength: 10 }), fc.option(citationGroup), fc.constantFrom('.', '.', '.', '!', '?'), fc.boolean())
  .map(([pieces, citation, end, afterStop]) => {
    const first = pieces[0]!;
    const words = [/^\p{Ll}/u.test(first) ? `${first[0]!.toUpperCase()}${first.slice(1)}` : first, ...pieces.slice(1)].join(' ');
    // Text that starts with markup or a non-letter gets a word first, so that it still starts a sentence.
    const text = /^[\p{Lu}\p{N}]/u.test(words) ? words : `Här ${words}`;
    if (citation === null) return `${text}${end}`;
    return afterStop ? `${text}${end} ${citation}` : `${text} ${citation}${end}`;
  });

const sentences = fc.array(sentence, { minLength: 1, maxLength: 4 });

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), sentences, wrap: fc.option(fc.nat()) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('recommendations' as const),
      items: fc.array(fc.record({ sentences: fc.array(sentence, { minLength: 1, maxLength: 2 }), grade: fc.constantFrom('', ' (+)', ' (++)', ' (+++)'), rule: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('regimen' as const), rows: fc.array(fc.nat({ max: regimenRows.length - 1 }), { minLength: 1, maxLength: 3 }), route: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('radiotherapy' as const), rows: fc.array(fc.nat({ max: radiotherapyRows.length - 1 }), { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('table' as const),
      rows: fc.integer({ min: 2, max: 3 }).chain((width) => fc.array(fc.array(fc.oneof(fc.constantFrom(...words), sentence), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 4 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('acknowledged' as const), sentences }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('list' as const), items: fc.array(sentence, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('quote' as const), sentence }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('ruled' as const), sentence }) },
);

/** How the section numbers go on: into a subsection, to the next sibling, or back up a level. */
const step = fc.constantFrom('child', 'sibling', 'up');

/**
 * A guideline chapter as an editor following the convention writes it: optional front
 * matter, numbered headings in order, paragraphs (some wrapped), recommendation boxes with
 * grades and decision rules, drug and radiotherapy regimen tables, other tables, lists,
 * quotes, comments and acknowledgements.
 */
export const guidelineDocument: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(block, { maxLength: 4 }), fc.array(fc.tuple(step, fc.constantFrom(...titles), fc.array(block, { maxLength: 4 })), { maxLength: 6 }))
  .map(([frontMatter, first, rest]) => {
    const ids = { regimen: 0, rule: 0 };
    const parts: string[] = frontMatter ? ['---\nchapter: 13\n---'] : [];
    parts.push('# 13 Behandling av återfall', ...first.map((b) => renderBlock(b, ids)));
    const number = [13];
    for (const [move, title, blocks] of rest) {
      if (move === 'child' && number.length < 6) number.push(1);
      else if (move === 'up' && number.length > 2) number.splice(-2, 2, number.at(-2)! + 1);
      else if (number.length > 1) number.push(number.pop()! + 1);
      else number.push(1);
      parts.push(`${'#'.repeat(number.length)} ${number.join('.')} ${title}`, ...blocks.map((b) => renderBlock(b, ids)));
    }
    return `${parts.join('\n\n')}\n`;
  });

function renderBlock(block: Block, ids: { regimen: number; rule: number }): string {
  switch (block.kind) {
    case 'paragraph':
      return wrapAt(block.sentences.join(' '), block.wrap);
    case 'recommendations':
      return [
        ':::recommendations[Rekommendationer]',
        ...block.items.flatMap((item) => [`- ${item.sentences.join(' ')}${item.grade}`, ...(item.rule ? [`  ::villkor[alltid]{#regel-${++ids.rule}}`] : [])]),
        ':::',
      ].join('\n');
    case 'regimen': {
      const header = block.route ? '| Läkemedel | Dos | Väg | Intervall | Cykler | Avsnitt |' : '| Läkemedel | Dos | Intervall | Cykler | Avsnitt |';
      const rows = block.rows.map((index) => {
        const [drug, dose, route, interval, cycles] = regimenRows[index]!;
        return `| ${[drug, dose, ...(block.route ? [route] : []), interval, cycles, '13'].join(' | ')} |`;
      });
      return [`:::regimen[Regim ${++ids.regimen}]{#regim-${ids.regimen} intent=palliativ}`, header, `|${' --- |'.repeat(block.route ? 6 : 5)}`, ...rows, ':::'].join('\n');
    }
    case 'radiotherapy':
      return [`:::regimen[Strålning ${++ids.regimen}]{#regim-${ids.regimen}}`, '| Dos | Avsnitt |', '| --- | --- |', ...block.rows.map((index) => `| ${radiotherapyRows[index]} | 13 |`), ':::'].join('\n');
    case 'table': {
      const [header, ...body] = block.rows;
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [row(header!), `|${' --- |'.repeat(header!.length)}`, ...body.map(row)].join('\n');
    }
    case 'comment':
      return '<!-- Kommentar till redaktörerna. -->';
    case 'acknowledged':
      return `<!-- guideline-ignore dose-range: Skälet står här. -->\n${block.sentences.join(' ')}`;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'quote':
      return `> ${block.sentence}`;
    case 'ruled':
      return `${block.sentence}\n::villkor[alltid]{#regel-${++ids.rule}}`;
  }
}

/** Breaks a paragraph's line at a space before a word that cannot start a block. */
function wrapAt(text: string, at: number | null): string {
  if (at === null) return text;
  const spaces = [...text.matchAll(/ (?=\p{L})/gu)].map((match) => match.index);
  if (spaces.length === 0) return text;
  const space = spaces[at % spaces.length]!;
  return `${text.slice(0, space)}\n${text.slice(space + 1)}`;
}
