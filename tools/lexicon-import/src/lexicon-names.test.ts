import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { substanceEntry, type DrugEntry } from '@guideline-as-code/dose';
import { loadLexicon } from '@guideline-as-code/parser';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from './common-swedish-words.js';
import { INDEX_FILE } from './render-index.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const lexiconDirectory = join(repositoryRoot, 'guideline-src', 'lexicon');
const files = readdirSync(lexiconDirectory)
  .filter((file) => file.endsWith('.yaml') || file === INDEX_FILE)
  .map((file) => ({ path: relative(repositoryRoot, join(lexiconDirectory, file)), text: readFileSync(join(lexiconDirectory, file), 'utf8') }));
const lexicon = loadLexicon(files);
/** The entries, then every substance of the index as the grammar makes it when a text names one. */
const allDrugs: DrugEntry[] = [...lexicon.drugs, ...(lexicon.substances?.rows ?? []).map((_, at) => substanceEntry(lexicon.substances!, at)!)];
const entries = allDrugs.map((drug) => ({ id: drug.id, names: [drug.name, ...drug.names, ...drug.brands] }));

describe('the names of the whole lexicon and the substance index', () => {
  it('reads the substance index beside the entries: thousands of substances, each marked as such', () => {
    const index = allDrugs.filter((drug) => drug.tier === 'atc-index');
    expect(index.length).toBeGreaterThan(3000);
    expect(allDrugs.length - index.length).toBe(files.length - 1);
    expect(index.map((drug) => drug.name)).toEqual(expect.arrayContaining(['adrenalin', 'noradrenalin', 'skopolamin', 'apomorfin']));
  });

  it('lists a substance with a hand-written entry once, as that entry: supportive drugs left the index when they got one', () => {
    for (const name of ['morfin', 'oxikodon', 'midazolam', 'glykopyrroniumbromid', 'paracetamol']) {
      const holders = allDrugs.filter((drug) => drug.name === name);
      expect(holders.map((drug) => [drug.tier, drug.role]), name).toEqual([[undefined, 'supportive']]);
    }
    const glycopyrronium = allDrugs.filter((drug) => [drug.name, ...drug.names].includes('glykopyrron') || drug.atc.code === 'D11AA01' || drug.atc.aliases?.includes('D11AA01'));
    expect(glycopyrronium.map((drug) => drug.id)).toEqual(['glycopyrronium']);
  });

  it('loads without diagnostics, so no two entries share a name or an id', () => {
    expect(lexicon.diagnostics).toEqual([]);
  });

  it('has no name, spelling or brand that two entries share, in any letter case', () => {
    const owners = new Map<string, string[]>();
    for (const { id, names } of entries) {
      for (const name of new Set(names.map((candidate) => candidate.toLowerCase()))) owners.set(name, [...(owners.get(name) ?? []), id]);
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('has no name that is a common Swedish word or abbreviation', () => {
    const common = new Set(COMMON_WORDS);
    const clashes = entries.flatMap(({ id, names }) => names.filter((name) => common.has(name.toLowerCase())).map((name) => `${id}: ${name}`));
    expect(clashes).toEqual([]);
  });

  it('has no name shorter than three characters, which would match abbreviations in prose', () => {
    const short = entries.flatMap(({ id, names }) => names.filter((name) => name.length < 3).map((name) => `${id}: ${name}`));
    expect(short).toEqual([]);
  });

  it('gives every entry a role and every entry and index substance a WHO ATC source; no index substance has a role', () => {
    for (const drug of allDrugs) {
      if (drug.tier === 'atc-index') expect(drug.role, drug.id).toBeNull();
      else expect(drug.role, drug.id).not.toBeNull();
      expect(drug.atc?.source, drug.id).toMatch(/WHO ATC\/DDD Index/);
    }
  });
});
