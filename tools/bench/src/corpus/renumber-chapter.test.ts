import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renumberChapter } from './renumber-chapter.js';

const real = readFileSync(fileURLToPath(new URL('../../../../guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md', import.meta.url)), 'utf8');

describe('renumberChapter', () => {
  const renumbered = renumberChapter(real, 13, 27);

  it('renumbers the chapter, its sections, cross-references and the sections of regimen rows', () => {
    expect(renumbered).toMatch(/^chapter: 27$/m);
    expect(renumbered).toMatch(/^# 27 /m);
    expect(renumbered).not.toMatch(/^#{1,6} 13\b/m);
    expect(renumbered).toContain('## 27.1 ');
    expect(renumbered).toContain('#### 27.3.2.1 ');
    expect(renumbered).not.toMatch(/avsnitt 13\./);
    expect(renumbered).not.toMatch(/\| 13(\.\d+)*(, 13(\.\d+)*)* \|$/m);
  });

  it('gives every block and rule id of the chapter a suffix, and the rules’ regimen references too', () => {
    const ids = [...real.matchAll(/\{#([\w-]+)/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(renumbered).toContain(`{#${id}-27`);
    expect(renumbered).toContain('regim=karpak-27}');
    expect(renumbered).toContain('regim="mpa-27, tamoxifen-27"');
  });

  it('leaves prose numbers, citations and the acknowledgement comment alone', () => {
    expect(renumbered).toContain('13,1 månader');
    const citations = (text: string) => [...text.matchAll(/\[@[^\]]*\]/g)].map((m) => m[0]);
    expect(citations(renumbered)).toEqual(citations(real));
    const comment = real.match(/<!-- guideline-ignore[\s\S]*?-->/)?.[0];
    expect(comment).toBeDefined();
    expect(renumbered).toContain(comment);
  });

  it('changes nothing else: the same number of lines, and identity when the number stays', () => {
    expect(renumbered.split('\n')).toHaveLength(real.split('\n').length);
    expect(renumberChapter(real, 13, 13).replace(/\{#([\w-]+)-13/g, '{#$1').replace(/(regim=(?:"[^"]*"|[\w-]+))/g, (m) => m.replace(/-13\b/g, ''))).toBe(real);
  });
});
