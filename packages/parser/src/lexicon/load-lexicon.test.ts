import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../guideline-sources.js';
import { readGuidelineSources } from '../read/read-project.js';
import { loadLexicon, type LoadedLexicon } from './read-lexicon.js';

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
  let files: SourceFile[] = [];
  let lexicon: LoadedLexicon;
  beforeAll(async () => {
    const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
    files = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources.lexicon;
    lexicon = loadLexicon(files);
  });

  it('fits the lexicon schema and loads without findings', () => {
    expect(lexicon.diagnostics).toEqual([]);
  });

  it('includes every drug named in chapter 13', () => {
    expect(lexicon.drugs.map((d) => d.id)).toEqual(expect.arrayContaining(CHAPTER_DRUGS));
  });

  it('names each file after its entry id (the substance index holds many)', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.yaml'))) {
      const entry = lexicon.drugs.find((e) => e.position.file === file.path);
      expect(file.path.endsWith(`/${entry?.id}.yaml`), file.path).toBe(true);
    }
  });

  it('keeps the source and the position of every fact, down to the ATC code itself', () => {
    for (const drug of lexicon.drugs) {
      const file = files.find((f) => f.path === drug.position.file)!;
      expect(drug.atc.source, drug.id).toBeTruthy();
      expect(file.text.slice(drug.atc.codePosition.start.offset, drug.atc.codePosition.end.offset), drug.id).toBe(drug.atc.code);
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

  it('loads a valid file, with the role and brand names, each fact at its place', () => {
    const result = loadLexicon([{ path: 'lexicon/examplumab.yaml', text: `${VALID}role: antineoplastic\nbrands: [Exampla]\n` }]);
    expect(result.diagnostics).toEqual([]);
    expect(result.drugs[0]).toMatchObject({ id: 'examplumab', names: ['EXA'], brands: ['Exampla'], role: 'antineoplastic', position: { file: 'lexicon/examplumab.yaml', start: { line: 1, column: 1 } } });
    expect(result.drugs[0]?.ranges[0]?.position.start).toEqual({ line: 12, column: 5, offset: 152 });
    expect(result.drugs[0]?.atc.codePosition.start).toEqual({ line: 6, column: 9, offset: 74 });
  });

  it.each([
    ['malformed YAML', 'id: [unclosed\nname: x', 'yaml-syntax', 2, 1],
    ['an ATC fact that is a number', VALID.replace(/atc:\n {2}code: L01FX99\n {2}source: test/, 'atc: 12'), 'schema:type', 5, 6],
    ['an unknown key', VALID.replace('inn: examplumab', 'inn: examplumab\ndosage: 5'), 'schema:additionalProperties', 4, 1],
    ['a duplicate key', VALID.replace('inn: examplumab', 'inn: examplumab\ninn: again'), 'yaml-syntax', 4, 1],
    ['a __proto__ key', VALID.replace('inn: examplumab', 'inn: examplumab\n__proto__: { polluted: true }'), 'yaml-forbidden-key', 4, 1],
    ['a nested constructor key', VALID.replace('    source: test\nranges', '    source: test\n    constructor: x\nranges'), 'yaml-forbidden-key', 11, 5],
    ['a range without source', VALID.replace('    amount: { low: 100, high: 200 }\n    source: test\n', '    amount: { low: 100, high: 200 }\n'), 'schema:required', 12, 5],
    ['an ATC fact without source', VALID.replace('  code: L01FX99\n  source: test\n', '  code: L01FX99\n'), 'schema:required', 6, 3],
    ['an empty source', VALID.replace('  - kind: flat\n    source: test', '  - kind: flat\n    source:'), 'schema:type', 10, 12],
    ['a wrong ATC code', VALID.replace('L01FX99', 'L1FX99'), 'schema:pattern', 6, 9],
    ['a reversed range', VALID.replace('{ low: 100, high: 200 }', '{ low: 300, high: 200 }'), 'lexicon-invalid-value', 12, 5],
    ['a unit outside the declared kinds', VALID.replace('unit: mg\n', 'unit: mg/m2\n'), 'lexicon-invalid-value', 12, 5],
    ['a role that does not exist', `${VALID}role: cytostatic\n`, 'schema:enum', 15, 7],
  ])('reports %s at its line and column, and still loads the other file', (_what, text, ruleId, line, column) => {
    const result = load(text);
    expect(result.diagnostics.map((d) => [d.ruleId, d.source?.file, d.source?.start.line, d.source?.start.column])).toContainEqual([ruleId, 'lexicon/examplumab.yaml', line, column]);
    expect(result.drugs.map((d) => d.id)).toContain('validumab');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('says what an ATC fact must be, in Swedish and English', () => {
    const [finding] = load(VALID.replace(/atc:\n {2}code: L01FX99\n {2}source: test/, 'atc: 12')).diagnostics;
    expect(finding?.message).toEqual({
      sv: '`atc` ska vara ett objekt med `code` och `source`, inte talet `12`.',
      en: '`atc` must be an object with `code` and `source`, not the number `12`.',
    });
  });

  it('leaves out a fact that breaks the schema and keeps the entry', () => {
    const result = load(VALID.replace('unit: mg\n', 'unit: mg/m3\n'));
    expect(result.drugs.find((d) => d.id === 'examplumab')?.ranges).toEqual([]);
  });

  it('reports a name already used by another drug, pointing at the name', () => {
    const result = load(VALID.replace('[EXA]', '[VAL]'));
    expect(result.diagnostics.map((d) => [d.ruleId, d.message.en, d.source?.file, d.source?.start.line, d.source?.start.column])).toEqual([
      ['lexicon-duplicate-name', 'Name `VAL` of `validumab` is already a name of `examplumab`.', 'lexicon/zz-valid.yaml', 4, 9],
    ]);
    expect(result.drugs.find((d) => d.id === 'validumab')?.names).toEqual([]);
  });

  it('treats a brand name as a name that no other drug may have', () => {
    const result = load(`${VALID}brands: [VAL]\n`);
    expect(result.diagnostics.map((d) => [d.ruleId, d.source?.file])).toEqual([['lexicon-duplicate-name', 'lexicon/zz-valid.yaml']]);
  });

  it('reports a duplicate id and keeps the first file', () => {
    const result = loadLexicon([{ path: 'a.yaml', text: VALID }, { path: 'b.yaml', text: VALID.replace('[EXA]', '[OTHER]') }]);
    expect(result.diagnostics.map((d) => [d.ruleId, d.source?.file])).toEqual([['lexicon-duplicate-id', 'b.yaml']]);
    expect(result.drugs).toHaveLength(1);
  });

  it('rejects a regimen in the lexicon: regimens are defined in the guideline Markdown', () => {
    const regimen = 'id: foo-bar\nkind: regimen\nname: FooBar\n';
    const result = loadLexicon([{ path: 'foo-bar.yaml', text: regimen }]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['schema:required', 'schema:required', 'schema:const']);
    expect(result.drugs).toEqual([]);
  });

  it.each(['', '- a list', 'just text', '~', 'id: 5'])('never throws on %j', (text) => {
    expect(() => loadLexicon([{ path: 'x.yaml', text }])).not.toThrow();
    expect(loadLexicon([{ path: 'x.yaml', text }]).diagnostics.length).toBeGreaterThan(0);
  });
});
