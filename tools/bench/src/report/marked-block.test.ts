import { describe, expect, it } from 'vitest';
import { coldStartBlock, markedBlock, replaceMarkedBlock } from './marked-block.js';

const { begin, end } = coldStartBlock;

describe('marked blocks of BENCHMARKS.md', () => {
  it('replaces the block in place and keeps what surrounds it, $ patterns included', () => {
    const old = `# Benchmarks\n\n${begin}\nold figures\n${end}\n\n## After\n`;
    const next = replaceMarkedBlock(old, coldStartBlock, `${begin}\nnew $& figures\n${end}`);
    expect(next).toBe(`# Benchmarks\n\n${begin}\nnew $& figures\n${end}\n\n## After\n`);
  });

  it('appends the block when there is none, and finds none in text without both markers', () => {
    expect(markedBlock(`# Benchmarks\n${begin}\nunfinished`, coldStartBlock)).toBeNull();
    expect(replaceMarkedBlock('# Benchmarks\n', coldStartBlock, `${begin}\nx\n${end}`)).toBe(`# Benchmarks\n\n${begin}\nx\n${end}\n`);
  });
});
