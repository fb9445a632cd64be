// The hand-written supportive entries (guideline-src/lexicon/<id>.yaml with `role: supportive`) read
// with the whole lexicon and the substance index, on palliative and supportive phrasing: brands and
// salt spellings take the dose for their substance; a near miss of a brand takes none.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDoses } from '@guideline-as-code/dose';
import { loadLexicon } from './read-lexicon.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const directory = 'guideline-src/lexicon/';
const files = readdirSync(`${root}${directory}`)
  .filter((file) => file.endsWith('.yaml') || file.endsWith('.tsv'))
  .map((file) => ({ path: `${directory}${file}`, text: readFileSync(`${root}${directory}${file}`, 'utf8') }));
const lexicon = loadLexicon(files);
const drugsOf = (text: string) => parseDoses(text, { drugs: lexicon.drugs, regimens: [] }).doses.map((dose) => [dose.drug, dose.amount?.low ?? null]);

describe('supportive entries in the dose grammar', () => {
  it('load without diagnostics', () => {
    expect(lexicon.diagnostics).toEqual([]);
  });

  it.each([
    ['OxyContin 10 mg x 2 po.', 'oxycodone', 10],
    ['Vid genombrottssmärta ges OxyNorm 5 mg sc.', 'oxycodone', 5],
    ['Oxikodonhydroklorid 5 mg sc vid behov.', 'oxycodone', 5],
    ['Inj. Robinul 0,2 mg sc vid rosslighet.', 'glycopyrronium', 0.2],
    ['Buscopan 20 mg sc.', 'butylscopolamine', 20],
    ['Temesta 1 mg vid oro.', 'lorazepam', 1],
    ['T. Alvedon 1 g x 4.', 'paracetamol', 1000],
  ])('gives `%s` to its substance', (sentence, drug, amount) => {
    expect(drugsOf(sentence)).toEqual([[drug, amount]]);
  });

  it('gives every one of them the role supportive', () => {
    const ids = ['morphine', 'oxycodone', 'glycopyrronium', 'paracetamol', 'sodium-picosulfate'];
    expect(ids.map((id) => lexicon.drugs.find((drug) => drug.id === id)?.role)).toEqual(ids.map(() => 'supportive'));
  });

  it('does not give a near miss of a brand to the brand’s substance', () => {
    expect(drugsOf('Oxycontinn 10 mg x 2 po.').map(([drug]) => drug)).not.toContain('oxycodone');
  });
});
