import { describe, expect, it } from 'vitest';
import { replaceSection } from './replace-section.js';

describe('replaceSection', () => {
  const doc = '# Benchmarks\n\n## A\n\nold a\n\n## B\n\nb\n';
  it('replaces the section up to the next one and leaves the others alone', () => {
    expect(replaceSection(doc, '## A', ['## A', '', 'new a', ''])).toBe('# Benchmarks\n\n## A\n\nnew a\n\n## B\n\nb\n');
    expect(replaceSection(doc, '## B', ['## B', '', 'new b'])).toBe('# Benchmarks\n\n## A\n\nold a\n\n## B\n\nnew b\n');
  });
  it('appends a section that is not there yet', () => {
    expect(replaceSection(doc, '## C', ['## C', '', 'c'])).toBe('# Benchmarks\n\n## A\n\nold a\n\n## B\n\nb\n\n## C\n\nc\n');
  });
});
