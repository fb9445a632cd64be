// A large chapter is parsed in chunks to bound memory; the tree must be the one the whole
// document gives, positions included.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, remarkGuidelineSyntax } from './markdown.js';
import { blockChunks } from './text/block-chunks.js';

const chapter = readFileSync(new URL('../../../guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md', import.meta.url), 'utf8');
const body = chapter.slice(chapter.indexOf('\n# ') + 1);
const whole = (text: string) => unified().use(remarkParse).use(remarkGuidelineSyntax).parse(text);

describe('parseMarkdown on a document over 1 MB', () => {
  it('gives the same tree as parsing it whole: boxes, tables, lists and comments across many chunks', () => {
    // The real chapter's text (recommendation boxes, regimen tables, comments) many times over.
    const large = body.repeat(Math.ceil((1.5 * (1 << 20)) / body.length));
    expect(blockChunks(large).length).toBeGreaterThan(3);
    expect(parseMarkdown(large)).toEqual(whole(large));
  }, 120_000);

  it('cuts no box, fenced code or comment in two', () => {
    const filler = 'Återfall bör diskuteras vid MDK och behandlingen planeras individuellt.\n\n'.repeat(8_000);
    const tricky = `${filler}:::recommendations[Rekommendationer]\n- En punkt.\n\nText i rutan.\n:::\n\n\`\`\`\nkod\n\nMer kod\n\`\`\`\n\n<!-- en kommentar\n\növer flera stycken -->\n\n${filler}`;
    for (const chunk of blockChunks(tricky)) expect(chunk.text.startsWith('Text i rutan') || chunk.text.startsWith('Mer kod') || chunk.text.startsWith('över flera')).toBe(false);
    expect(parseMarkdown(tricky)).toEqual(whole(tricky));
  }, 120_000);
});
