import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWordList, renderDictionaryWords, wordsNearNames } from './dictionary-words.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const lexiconDirectory = join(repositoryRoot, 'guideline-src', 'lexicon');

describe('dictionary words near lexicon names', () => {
  it('reads a word list in ISO-8859-1, as Debian ships it, and in UTF-8', () => {
    const latin1 = Uint8Array.from([0x6b, 0xe4, 0x72, 0x6c, 0x0a, 0x6d, 0x65, 0x6c, 0x6c, 0x61, 0x6e, 0x0a]); // "kärl\nmellan\n"
    expect(readWordList(latin1)).toEqual(['kärl', 'mellan']);
    expect(readWordList(new TextEncoder().encode('kärl\r\nmellan\n\n'))).toEqual(['kärl', 'mellan']);
  });

  it('keeps the words near-names would take for a misspelt name, and no other word', () => {
    expect(wordsNearNames(['bord', 'Mellan', 'mellan', 'cisplatin', 'kärl'], lexiconDirectory, repositoryRoot)).toEqual(['mellan']);
  });

  it('writes a module whose words are those it was given', () => {
    const module = renderDictionaryWords(['mellan', 'kanin'], 'a test list');
    expect(module).toContain('// Source: a test list.');
    expect(module).toContain('"mellan", "kanin"');
  });
});
