import { describe, expect, it } from 'vitest';
import { readLexiconFiles, realLexicon } from '../__fixtures__/real-lexicon.js';
import { loadLexicon } from './load-lexicon.js';

const CHAPTER_DRUGS = [
  'anastrozole', 'bevacizumab', 'carboplatin', 'cisplatin', 'copanlisib', 'dostarlimab', 'doxorubicin',
  'doxorubicin-pegylated-liposomal', 'durvalumab', 'exemestane', 'ixabepilone', 'lenvatinib', 'letrozole',
  'levonorgestrel', 'medroxyprogesterone-acetate', 'nintedanib', 'niraparib', 'olaparib', 'paclitaxel',
  'palbociclib', 'pembrolizumab', 'tamoxifen', 'temsirolimus', 'trastuzumab',
];

const VALID = `id: examplumab
name: examplumab
inn: examplumab
names: [EXA]
atc:
  code: L01FX99
  source: test
doseKinds:
  - kind: flat
    source: test
ranges:
  - unit: mg
    amount: { low: 100, high: 200 }
    source: test
`;

describe('the lexicon in guideline-src/lexicon', () => {
  const lexicon = realLexicon();

  it('loads without diagnostics', () => {
    expect(lexicon.diagnostics).toEqual([]);
  });

  it('has an entry for every drug named in chapter 13', () => {
    expect(lexicon.drugs.map((d) => d.id)).toEqual(expect.arrayContaining(CHAPTER_DRUGS));
  });

  it('names each file after its entry id', () => {
    for (const file of readLexiconFiles()) {
      const entry = lexicon.drugs.find((e) => e.position.file === file.path);
      expect(file.path.endsWith(`/${entry?.id}.yaml`), file.path).toBe(true);
    }
  });

  it('keeps the source and position of every fact', () => {
    for (const drug of lexicon.drugs) {
      expect(drug.atc?.source, drug.id).toBeTruthy();
      for (const fact of [...drug.doseKinds, ...drug.ranges]) {
        expect(fact.source, drug.id).toBeTruthy();
        expect(fact.position.file).toBe(drug.position.file);
        expect(fact.position.start.line).toBeGreaterThan(1);
      }
    }
  });

  it('keeps pegylated liposomal doxorubicin apart from doxorubicin', () => {
    const pld = lexicon.drugs.find((d) => d.id === 'doxorubicin-pegylated-liposomal');
    expect(pld?.names).toContain('liposomalt doxorubicin');
    expect(pld?.ranges.every((range) => range.amount.high <= 50)).toBe(true);
  });
});

describe('loadLexicon on broken files', () => {
  function load(text: string, path = 'lexicon/examplumab.yaml') {
    return loadLexicon([{ path, text }, { path: 'lexicon/zz-valid.yaml', text: VALID.replaceAll('examplumab', 'validumab').replace('[EXA]', '[VAL]') }]);
  }

  it('loads a valid file', () => {
    const result = loadLexicon([{ path: 'lexicon/examplumab.yaml', text: VALID }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.drugs[0]).toMatchObject({ id: 'examplumab', names: ['EXA'], position: { file: 'lexicon/examplumab.yaml', start: { line: 1, column: 1 } } });
    expect(result.drugs[0]?.ranges[0]?.position.start).toEqual({ line: 12, column: 5, offset: 152 });
  });

  it.each([
    ['malformed YAML', 'id: [unclosed\nname: x', 'lexicon-yaml-syntax', 2],
    ['an unknown key', VALID.replace('inn: examplumab', 'inn: examplumab\ndosage: 5'), 'lexicon-unknown-key', 4],
    ['a __proto__ key', VALID.replace('inn: examplumab', 'inn: examplumab\n__proto__: { polluted: true }'), 'lexicon-forbidden-key', 4],
    ['a nested constructor key', VALID.replace('    source: test\nranges', '    source: test\n    constructor: x\nranges'), 'lexicon-forbidden-key', 11],
    ['a range without source', VALID.replace('    amount: { low: 100, high: 200 }\n    source: test\n', '    amount: { low: 100, high: 200 }\n'), 'lexicon-missing-source', 12],
    ['an ATC fact without source', VALID.replace('  code: L01FX99\n  source: test\n', '  code: L01FX99\n'), 'lexicon-missing-source', 6],
    ['an empty source', VALID.replace('  - kind: flat\n    source: test', '  - kind: flat\n    source:'), 'lexicon-missing-source', 10],
    ['a wrong ATC code', VALID.replace('L01FX99', 'L1FX99'), 'lexicon-invalid-value', 6],
    ['a reversed range', VALID.replace('{ low: 100, high: 200 }', '{ low: 300, high: 200 }'), 'lexicon-invalid-value', 13],
    ['a unit outside the declared kinds', VALID.replace('unit: mg\n', 'unit: mg/m2\n'), 'lexicon-invalid-value', 12],
    ['a duplicate key', VALID.replace('inn: examplumab', 'inn: examplumab\ninn: again'), 'lexicon-yaml-syntax', 4],
  ])('reports %s with its line, and still loads the other file', (_what, text, ruleId, line) => {
    const result = load(text);
    expect(result.diagnostics.map((d) => [d.ruleId, d.file, d.line])).toContainEqual([ruleId, 'lexicon/examplumab.yaml', line]);
    expect(result.drugs.map((d) => d.id)).toContain('validumab');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports a name already used by another drug, pointing at the name', () => {
    const result = load(VALID.replace('[EXA]', '[VAL]'));
    expect(result.diagnostics).toEqual([
      { ruleId: 'lexicon-duplicate-name', message: 'Name `VAL` of `validumab` is already a name of `examplumab`', file: 'lexicon/zz-valid.yaml', line: 4, column: 9, offset: expect.any(Number) },
    ]);
    expect(result.drugs.find((d) => d.id === 'validumab')?.names).toEqual([]);
  });

  it('reads the role and the brands, and matches brands like names', () => {
    const result = loadLexicon([{ path: 'lexicon/examplumab.yaml', text: VALID.replace('names: [EXA]', 'role: supportive\nnames: [EXA]\nbrands: [Examplix]') }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.drugs[0]).toMatchObject({ role: 'supportive', brands: ['Examplix'] });
    const clash = load(VALID.replace('names: [EXA]', 'names: [EXA]\nbrands: [VAL]'));
    expect(clash.diagnostics.map((d) => [d.ruleId, d.file])).toEqual([['lexicon-duplicate-name', 'lexicon/zz-valid.yaml']]);
  });

  it('reports a role outside the four and reads the entry without it', () => {
    const result = loadLexicon([{ path: 'lexicon/examplumab.yaml', text: VALID.replace('inn: examplumab', 'inn: examplumab\nrole: cytostatic') }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['lexicon-invalid-value', 4]]);
    expect(result.drugs[0]?.role).toBeNull();
  });

  it('reports a duplicate id and keeps the first file', () => {
    const result = loadLexicon([{ path: 'a.yaml', text: VALID }, { path: 'b.yaml', text: VALID.replace('[EXA]', '[OTHER]') }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.file])).toEqual([['lexicon-duplicate-id', 'b.yaml']]);
    expect(result.drugs).toHaveLength(1);
  });

  it('rejects a regimen in the lexicon: regimens are defined in the guideline Markdown', () => {
    const regimen = 'id: foo-bar\nkind: regimen\nname: FooBar\n';
    const result = loadLexicon([{ path: 'foo-bar.yaml', text: regimen }]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['lexicon-invalid-value']);
  });

  it.each(['', '- a list', 'just text', '~', 'id: 5'])('never throws on %j', (text) => {
    expect(() => loadLexicon([{ path: 'x.yaml', text }])).not.toThrow();
    expect(loadLexicon([{ path: 'x.yaml', text }]).diagnostics.length).toBeGreaterThan(0);
  });
});
