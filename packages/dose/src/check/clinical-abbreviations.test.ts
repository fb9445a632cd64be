import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconDirectory, realLexicon } from '../__fixtures__/real-lexicon.js';
import { CLINICAL_ABBREVIATIONS } from './clinical-abbreviations.js';

/** Every spelling of the WHO ATC index file (name, INN, other names), lower case. */
function indexSpellings(): Set<string> {
  const lines = readFileSync(join(lexiconDirectory, 'atc-index.tsv'), 'utf8').split('\n');
  const spellings = new Set<string>();
  for (const line of lines.filter((text) => text !== '' && !text.startsWith('#')).slice(1)) {
    const [id, name, inn, , names] = line.split('\t');
    for (const spelling of [id, name, inn, ...(names ?? '').split('|')]) if (spelling) spellings.add(spelling.toLowerCase());
  }
  return spellings;
}

describe('clinical abbreviations', () => {
  it('none is a name of a drug in the lexicon or the WHO ATC index', () => {
    const lexicon = realLexicon();
    const names = new Set(lexicon.drugs.flatMap((drug) => [drug.id, drug.name, drug.inn, ...drug.names, ...drug.brands].map((name) => name.toLowerCase())));
    const index = indexSpellings();
    expect(index.size).toBeGreaterThan(1000);
    expect([...CLINICAL_ABBREVIATIONS].filter((abbreviation) => names.has(abbreviation) || index.has(abbreviation))).toEqual([]);
  });
});
