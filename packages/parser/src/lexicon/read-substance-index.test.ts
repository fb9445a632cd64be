import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDoses, substanceEntry, substanceRowEntry, type DrugLexicon } from '@guideline-as-code/dose';
import { loadLexicon } from './read-lexicon.js';
import { drugVocabulary } from './read-lexicon.js';
import { readSubstanceIndex, type IndexLines } from './read-substance-index.js';

/** The drug entries of every line read. */
const indexDrugs = (index: IndexLines) => index.rows.map((row) => substanceRowEntry(index.file, index.date, row));

const PATH = 'guideline-src/lexicon/atc-index.tsv';
const HEADER = '# Generated\n# Substance index …, index as published on 2026-04-25, …\nid\tname\tinn\tatc\tnames\n';
const ENTRY = `id: carboplatin
name: karboplatin
inn: carboplatin
atc:
  code: L01XA02
  source: test
`;

describe('readSubstanceIndex', () => {
  it('reads each line into a drug marked as an index substance, its name, INN and code at their columns', () => {
    const text = `${HEADER}morphine\tmorfin\tmorphine\tN02AA01\tmorphine\nglycopyrronium-bromide\tglykopyrroniumbromid\tglycopyrronium bromide\tA03AB02 R03BB06\tglycopyrronium bromide|glykopyrron\n`;
    const diagnostics: never[] = [];
    const [morphine, glycopyrronium] = indexDrugs(readSubstanceIndex({ path: PATH, text }, diagnostics));
    expect(diagnostics).toEqual([]);
    expect(morphine).toMatchObject({ id: 'morphine', name: 'morfin', inn: 'morphine', names: ['morphine'], role: null, tier: 'atc-index', ranges: [], doseKinds: [] });
    expect(morphine?.atc).toMatchObject({ code: 'N02AA01', aliases: [], source: expect.stringContaining('index as published on 2026-04-25') });
    expect(glycopyrronium?.atc.aliases).toEqual(['R03BB06']);
    expect(glycopyrronium?.names).toEqual(['glycopyrronium bromide', 'glykopyrron']);
    const code = glycopyrronium?.atc.codePosition;
    expect([code?.start.line, code?.start.column, text.slice(code?.start.offset, code?.end.offset)]).toEqual([5, 'glycopyrronium-bromide\tglykopyrroniumbromid\tglycopyrronium bromide\t'.length + 1, 'A03AB02']);
  });

  it('reads the active moiety of a salt from a sixth column, and reports one that is no id', () => {
    const header = HEADER.replace('names\n', 'names\tmoiety\n');
    const text = `${header}glycopyrronium\tglykopyrronium\tglycopyrronium\tD11AA01\t\t\nglycopyrronium-bromide\tglykopyrroniumbromid\tglycopyrronium bromide\tA03AB02\tglykopyrron\tglycopyrronium\nbad-moiety\tx\tx\tA03AB02\t\tNot An Id\nfive\tfem\tfive\tA03AB02\t\n`;
    const diagnostics: import('@guideline-as-code/types').Diagnostic[] = [];
    const drugs = indexDrugs(readSubstanceIndex({ path: PATH, text }, diagnostics));
    expect(drugs.map((drug) => [drug.id, drug.moiety ?? null])).toEqual([['glycopyrronium', null], ['glycopyrronium-bromide', 'glycopyrronium']]);
    expect(diagnostics.map((finding) => finding.source?.start.line)).toEqual([6, 7]);
  });

  it('reports a line it cannot read at that line and reads the others', () => {
    const text = `${HEADER}morphine\tmorfin\tmorphine\tN02AA01\t\nBad Id\tx\tx\tN02AA01\t\nloperamide\tloperamid\tloperamide\tA07DA\t\nonly\ttwo\nmidazolam\tmidazolam\tmidazolam\tN05CD08\t\n`;
    const diagnostics: import('@guideline-as-code/types').Diagnostic[] = [];
    const drugs = indexDrugs(readSubstanceIndex({ path: PATH, text }, diagnostics));
    expect(drugs.map((drug) => drug.id)).toEqual(['morphine', 'midazolam']);
    expect(diagnostics.map((finding) => [finding.ruleId, finding.severity, finding.source?.start.line, finding.source?.start.column])).toEqual([
      ['lexicon-index-row', 'error', 5, 1],
      ['lexicon-index-row', 'error', 6, 1],
      ['lexicon-index-row', 'error', 7, 1],
    ]);
    expect(diagnostics[1]?.message.sv).toContain('ATC-koderna');
  });

  it('reports a file without the column header once and reads nothing from it', () => {
    const diagnostics: import('@guideline-as-code/types').Diagnostic[] = [];
    expect(readSubstanceIndex({ path: PATH, text: 'morphine\tmorfin\tmorphine\tN02AA01\t\n' }, diagnostics).rows).toEqual([]);
    expect(diagnostics.map((finding) => [finding.ruleId, finding.source?.start.line])).toEqual([['lexicon-index-row', 1]]);
  });

  it('leaves out a stale index line whose id or name an entry has, and says so; the entry keeps them', () => {
    const text = `${HEADER}carboplatin\tkarboplatin-x\tcarboplatin\tL01XA02\t\nmorphine2\tkarboplatin\tmorphine\tN02AA01\tmorfin\nmorphine\tmorfin\tmorphine\tN02AA01\t\n`;
    const lexicon = loadLexicon([{ path: PATH, text }, { path: 'guideline-src/lexicon/carboplatin.yaml', text: ENTRY }]);
    expect(lexicon.drugs.map((drug) => [drug.id, drug.name])).toEqual([['carboplatin', 'karboplatin']]);
    expect(lexicon.substances?.rows.map(([, , id, name]) => [id, name])).toEqual([['morphine', 'morfin']]);
    expect(lexicon.diagnostics.map((finding) => [finding.ruleId, finding.source?.start.line])).toEqual([['lexicon-duplicate-id', 4], ['lexicon-duplicate-name', 5]]);
    expect(lexicon.diagnostics[1]?.message.sv).toContain('kör tools/lexicon-import igen');
  });

  it('gives a drug node the exact text of its name, INN and code in the index', () => {
    const text = `${HEADER}morphine\tmorfin\tmorphine\tN02AA01\tmorphine\n`;
    const lexicon = loadLexicon([{ path: PATH, text }]);
    const [node] = drugVocabulary([substanceEntry(lexicon.substances!, 0)!], lexicon.facts);
    for (const fact of [node?.name, node?.inn, node?.atc]) {
      if (fact === undefined || fact.notStated) throw new Error('expected a stated fact');
      expect(text.slice(fact.source.start.offset, fact.source.end.offset)).toBe(fact.value);
      expect(fact.text).toBe(fact.value);
    }
  });
});

describe('the real substance index in the dose grammar', () => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const index = { path: PATH, text: readFileSync(`${root}${PATH}`, 'utf8') };
  const carboplatin = { path: 'guideline-src/lexicon/carboplatin.yaml', text: readFileSync(`${root}guideline-src/lexicon/carboplatin.yaml`, 'utf8') };
  const asLexicon = ({ drugs, substances }: ReturnType<typeof loadLexicon>): DrugLexicon => ({ drugs, regimens: [], substances });
  const withIndex = asLexicon(loadLexicon([carboplatin, index]));
  const withoutIndex = asLexicon(loadLexicon([carboplatin]));
  const drugsOf = (text: string, lexicon: DrugLexicon) => parseDoses(text, lexicon).doses.map((dose) => [dose.drug, dose.amount?.low ?? null]);

  it.each([
    ['Vid oro ges klonazepam 0,5 mg.', 'clonazepam', 0.5],
    ['Oktreotid 0,1 mg sc vid illamående.', 'octreotide', 0.1],
    ['Adrenalin 0,5 mg im vid anafylaxi.', 'epinephrine', 0.5],
    ['Naloxone 0,4 mg iv.', 'naloxone', 0.4],
  ])('recognises the drug of `%s`', (sentence, drug, amount) => {
    expect(drugsOf(sentence, withIndex)).toEqual([[drug, amount]]);
  });

  it.each([
    ['Vid oro ges midazolam 2,5 mg sc.', 'midazolam', 2.5],
    ['Haloperidol 1 mg sc vid illamående.', 'haloperidol', 1],
    ['Glykopyrron 0,2 mg sc.', 'glycopyrronium', 0.2],
  ])('gives `%s` to the hand-written entry the substance left the index for', (sentence, drug, amount) => {
    const entry = { path: `guideline-src/lexicon/${drug}.yaml`, text: readFileSync(`${root}guideline-src/lexicon/${drug}.yaml`, 'utf8') };
    const loaded = loadLexicon([carboplatin, entry, index]);
    expect(loaded.diagnostics).toEqual([]);
    expect(drugsOf(sentence, withIndex)).toEqual([[null, amount]]);
    expect(drugsOf(sentence, asLexicon(loaded))).toEqual([[drug, amount]]);
  });

  it('stops a lexicon drug from taking the dose of an index substance that stands between them', () => {
    const sentence = 'karboplatin AUC 5 och bisakodyl 10 mg';
    const read = drugsOf(sentence, withIndex);
    expect(read).toContainEqual(['carboplatin', 5]);
    expect(read).toContainEqual(['bisacodyl', 10]);
    expect(read.filter(([drug]) => drug === 'carboplatin')).toHaveLength(1);
    // Without the index, nothing knows bisakodyl is a drug.
    expect(drugsOf(sentence, withoutIndex).filter(([drug]) => drug === 'bisacodyl')).toEqual([]);
  });
});
